package io.floorview.ui.common;

import java.text.NumberFormat;
import java.util.Locale;

/** How the console writes durations, counts and percentages, in the user's locale. */
public final class Formats {

    private final NumberFormat integer;
    private final NumberFormat percent;
    private final String undefined;

    public Formats(Locale locale, String undefined) {
        this.integer = NumberFormat.getIntegerInstance(locale);
        this.percent = NumberFormat.getNumberInstance(locale);
        this.percent.setMaximumFractionDigits(1);
        this.percent.setMinimumFractionDigits(1);
        this.undefined = undefined;
    }

    /** {@code 1234} → {@code 1,234}. */
    public String count(long n) {
        return integer.format(n);
    }

    /** A fraction as a percentage with one decimal ({@code 0.8123} → {@code 81.2 %}); undefined → the dash. */
    public String percent(Double fraction) {
        return fraction == null ? undefined : percent.format(fraction * 100) + " %";
    }

    /** A duration as {@code m:ss}, or {@code h:mm:ss} from an hour on; undefined → the dash. */
    public String duration(Double ms) {
        if (ms == null) {
            return undefined;
        }
        return duration(Math.round(ms));
    }

    public String duration(long ms) {
        long s = Math.max(0, (ms + 500) / 1000);
        long h = s / 3600;
        long m = s / 60 % 60;
        long sec = s % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
    }

    public String undefined() {
        return undefined;
    }
}
