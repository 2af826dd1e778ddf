package io.floorview.domain.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * How the center counts its day: its time zone, when its day starts, the short-abandon threshold, and the
 * settings of each queue (queues without their own use {@link #defaults()}).
 *
 * @param shortAbandonSec an abandon after less than this many seconds of wait is a short abandon
 * @param queues          per-queue settings set by the supervisor; they win over what the feed announces
 */
public record CenterSettings(ZoneId zone, LocalTime dayStart, int shortAbandonSec, QueueSettings defaults,
                             Map<String, QueueSettings> queues) {

    public CenterSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dayStart, "dayStart");
        Objects.requireNonNull(defaults, "defaults");
        queues = Map.copyOf(Objects.requireNonNull(queues, "queues"));
        if (shortAbandonSec < 0 || shortAbandonSec > WaitHistogram.MAX_SECONDS) {
            throw new IllegalArgumentException("short-abandon threshold must be 0.." + WaitHistogram.MAX_SECONDS
                    + " seconds, not " + shortAbandonSec);
        }
    }

    public static CenterSettings defaults(ZoneId zone) {
        return new CenterSettings(zone, LocalTime.MIDNIGHT, 5, QueueSettings.DEFAULT, Map.of());
    }

    /** The settings of {@code queue}: the supervisor's own, else the defaults. */
    public QueueSettings queue(String queue) {
        return queues.getOrDefault(queue, defaults);
    }

    public boolean hasOwnSettings(String queue) {
        return queues.containsKey(queue);
    }

    public CenterSettings withQueue(String queue, QueueSettings settings) {
        var copy = new java.util.HashMap<>(queues);
        copy.put(queue, settings);
        return new CenterSettings(zone, dayStart, shortAbandonSec, defaults, copy);
    }

    /**
     * The business day that {@code epochMs} belongs to: a day runs from {@link #dayStartMs(LocalDate) its start}
     * to the next day's start, so {@code dayStartMs(d) <= epochMs < dayStartMs(d + 1)} always holds, also on
     * days when the clocks change around the day start.
     */
    public LocalDate businessDay(long epochMs) {
        LocalDate day = Instant.ofEpochMilli(epochMs).atZone(zone).toLocalDate();
        while (epochMs < dayStartMs(day)) {
            day = day.minusDays(1);
        }
        while (epochMs >= dayStartMs(day.plusDays(1))) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** When {@code day} starts, epoch milliseconds (daylight-saving gaps resolved the java.time way). */
    public long dayStartMs(LocalDate day) {
        return day.atTime(dayStart).atZone(zone).toInstant().toEpochMilli();
    }
}
