package io.floorview.domain.kpi;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** The center's day: the time zone it runs in and when its day starts (to the minute). */
public record CenterDay(ZoneId zone, LocalTime dayStart) {

    public CenterDay {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dayStart, "dayStart");
        dayStart = dayStart.truncatedTo(ChronoUnit.MINUTES);
    }

    /** The day of {@code settings}. */
    public static CenterDay of(CenterSettings settings) {
        return new CenterDay(settings.zone(), settings.dayStart());
    }

    /** {@code settings} with this day's zone and start. */
    public CenterSettings applyTo(CenterSettings settings) {
        return new CenterSettings(zone, dayStart, settings.shortAbandonSec(), settings.defaults(), settings.queues());
    }

    /** A day start written as HH:MM (00:00 to 23:59), or empty when it is not one. */
    public static Optional<LocalTime> parseDayStart(String text) {
        if (text == null || !text.trim().matches("\\d{1,2}:\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(text.trim().length() == 4 ? "0" + text.trim() : text.trim(),
                    DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(java.time.format.ResolverStyle.STRICT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The day start as HH:MM. */
    public String dayStartText() {
        return dayStart.format(DateTimeFormatter.ofPattern("HH:mm"));
    }
}
