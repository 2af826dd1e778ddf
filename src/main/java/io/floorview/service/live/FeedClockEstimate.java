package io.floorview.service.live;

/**
 * The console's idea of the feed's time now, from the last time the feed told it (an event or a heartbeat)
 * and the real time passed since, at the feed's rate. Before the feed has said anything, and while it
 * is not connected, it stays where the feed last was. Thread-safe.
 */
public final class FeedClockEstimate {

    private final java.util.function.LongSupplier nanoTime;
    private long feedMs = -1;
    private long atNanos;
    private double rate = 1.0;
    private boolean running;

    public FeedClockEstimate(java.util.function.LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    public FeedClockEstimate() {
        this(System::nanoTime);
    }

    /** The feed said its time is {@code ts}; time only moves forward. */
    public synchronized void observe(long ts, double feedRate) {
        long now = estimateLocked();
        if (ts >= now || feedMs < 0) {
            feedMs = ts;
            atNanos = nanoTime.getAsLong();
        }
        if (feedRate > 0) {
            rate = feedRate;
        }
    }

    /** Whether the feed's clock is running (connected) or stopped at its last reading. */
    public synchronized void setRunning(boolean isRunning) {
        if (running && !isRunning) {
            feedMs = estimateLocked();
            atNanos = nanoTime.getAsLong();
        } else if (!running && isRunning && feedMs >= 0) {
            atNanos = nanoTime.getAsLong();
        }
        running = isRunning;
    }

    /** The feed's time now, or {@code fallback} when the feed never said. */
    public synchronized long now(long fallback) {
        return feedMs < 0 ? fallback : estimateLocked();
    }

    private long estimateLocked() {
        if (feedMs < 0) {
            return -1;
        }
        if (!running) {
            return feedMs;
        }
        return feedMs + (long) ((nanoTime.getAsLong() - atNanos) / 1_000_000.0 * rate);
    }
}
