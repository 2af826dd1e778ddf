package io.floorview.feed.asterisk.queuelog;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * How Floorview reads a queue_log.
 *
 * @param zone             the zone of date-times written without an offset (the database form); Asterisk
 *                         writes local time unless {@code queue_log_realtime_use_gmt=yes}
 * @param wrapUpMs         the after-call work each agent does after a call, as queues.conf's
 *                         {@code wrapuptime}: queue_log has no wrap-up event. 0 (the default) ends the wrap-up
 *                         with the call
 * @param wrapUpMsByQueue  per-queue exceptions to {@code wrapUpMs}
 * @param overflowWindowMs how long after a caller leaves a queue unanswered (timeout, empty, key) an
 *                         ENTERQUEUE of the same call into another queue still counts as where it went
 * @param setAsideKept     how many set-aside lines a summary keeps in full (all are counted)
 */
public record QueueLogOptions(ZoneId zone, long wrapUpMs, Map<String, Long> wrapUpMsByQueue, long overflowWindowMs,
                              int setAsideKept) {

    public static final long DEFAULT_OVERFLOW_WINDOW_MS = 5_000;

    public QueueLogOptions {
        Objects.requireNonNull(zone, "zone");
        wrapUpMsByQueue = wrapUpMsByQueue == null ? Map.of() : Map.copyOf(wrapUpMsByQueue);
        if (wrapUpMs < 0 || wrapUpMsByQueue.values().stream().anyMatch(v -> v < 0)) {
            throw new IllegalArgumentException("a wrap-up time cannot be negative");
        }
        if (overflowWindowMs < 0) {
            throw new IllegalArgumentException("the overflow window cannot be negative");
        }
        if (setAsideKept < 0) {
            throw new IllegalArgumentException("setAsideKept cannot be negative");
        }
    }

    /** The system's zone, no wrap-up time, a 5-second overflow window, the first 100 set-aside lines kept. */
    public static QueueLogOptions defaults() {
        return new QueueLogOptions(ZoneId.systemDefault(), 0, Map.of(), DEFAULT_OVERFLOW_WINDOW_MS, 100);
    }

    public QueueLogOptions withZone(ZoneId z) {
        return new QueueLogOptions(z, wrapUpMs, wrapUpMsByQueue, overflowWindowMs, setAsideKept);
    }

    public QueueLogOptions withWrapUpMs(long ms) {
        return new QueueLogOptions(zone, ms, wrapUpMsByQueue, overflowWindowMs, setAsideKept);
    }

    public QueueLogOptions withSetAsideKept(int n) {
        return new QueueLogOptions(zone, wrapUpMs, wrapUpMsByQueue, overflowWindowMs, n);
    }

    /** The wrap-up time after a call of {@code queue}. */
    public long wrapUpMs(String queue) {
        Long v = queue == null ? null : wrapUpMsByQueue.get(queue);
        return v != null ? v : wrapUpMs;
    }
}
