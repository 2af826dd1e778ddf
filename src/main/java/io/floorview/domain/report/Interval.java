package io.floorview.domain.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * How a report groups time. The first four are timelines (one row per interval of the range); the hour of
 * day and the day of week are profiles (every day's 09:00–10:00 together, every Monday together).
 */
public enum Interval {
    MINUTES_15("15m"),
    MINUTES_30("30m"),
    MINUTES_60("60m"),
    DAY("day"),
    HOUR_OF_DAY("hour"),
    DAY_OF_WEEK("weekday"),
    /** The whole range as one row. */
    PERIOD("period");

    private final String code;

    Interval(String code) {
        this.code = code;
    }

    /** The name on the command line: 15m, 30m, 60m, day, hour, weekday, period. */
    public String code() {
        return code;
    }

    public static Interval fromCode(String s) {
        for (Interval i : values()) {
            if (i.code.equalsIgnoreCase(s) || i.name().equalsIgnoreCase(s)) {
                return i;
            }
        }
        if ("1h".equalsIgnoreCase(s) || "hourly".equalsIgnoreCase(s)) {
            return MINUTES_60;
        }
        throw new IllegalArgumentException("'" + s + "' is not an interval; use 15m, 30m, 60m, day, hour (of day), "
                + "weekday or period");
    }

    /**
     * The key of the row a 15-minute bucket starting at {@code bucketMs} belongs to: for a timeline, the start
     * of the interval (epoch ms); for the hour of day, the hour (0–23); for the day of week, 1 (Monday) to 7;
     * for the period, 0.
     */
    public long keyOf(long bucketMs, ZoneId zone) {
        ZonedDateTime t = Instant.ofEpochMilli(bucketMs).atZone(zone);
        return switch (this) {
            case MINUTES_15 -> bucketMs;
            case MINUTES_30 -> t.truncatedTo(ChronoUnit.HOURS).plusMinutes(t.getMinute() / 30 * 30L)
                    .toInstant().toEpochMilli();
            case MINUTES_60 -> t.truncatedTo(ChronoUnit.HOURS).toInstant().toEpochMilli();
            case DAY -> t.toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli();
            case HOUR_OF_DAY -> t.getHour();
            case DAY_OF_WEEK -> t.getDayOfWeek().getValue();
            case PERIOD -> 0;
        };
    }

    /** Whether the row keys are instants (a timeline) rather than an hour or a weekday. */
    public boolean isTimeline() {
        return this == MINUTES_15 || this == MINUTES_30 || this == MINUTES_60 || this == DAY;
    }

    /** A row key as people read it: 2026-11-23 09:30, 2026-11-23, 09:00–10:00, Monday, or the period. */
    public String label(long key, ZoneId zone) {
        return switch (this) {
            case MINUTES_15, MINUTES_30, MINUTES_60 -> {
                ZonedDateTime t = Instant.ofEpochMilli(key).atZone(zone);
                yield t.toLocalDate() + " " + twoDigits(t.getHour()) + ":" + twoDigits(t.getMinute());
            }
            case DAY -> Instant.ofEpochMilli(key).atZone(zone).toLocalDate().toString();
            case HOUR_OF_DAY -> twoDigits(key) + ":00–" + twoDigits((key + 1) % 24) + ":00";
            case DAY_OF_WEEK -> DayOfWeek.of((int) key).toString().charAt(0)
                    + DayOfWeek.of((int) key).toString().substring(1).toLowerCase(java.util.Locale.ROOT);
            case PERIOD -> "period";
        };
    }

    /** 0–99 as two ASCII digits, whatever the default locale's digits are. */
    private static String twoDigits(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }

    /** The start of the day {@code date} in {@code zone}, epoch ms. */
    public static long startOf(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
