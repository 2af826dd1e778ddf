package io.floorview.feed.asterisk.ami;

/** Waits between reconnection attempts: {@code first}, then doubling up to {@code max}; reset once connected. */
final class Backoff {

    private final long firstMs;
    private final long maxMs;
    private long nextMs;

    Backoff(long firstMs, long maxMs) {
        if (firstMs <= 0 || maxMs < firstMs) {
            throw new IllegalArgumentException("backoff must start above 0 and stay under its maximum");
        }
        this.firstMs = firstMs;
        this.maxMs = maxMs;
        this.nextMs = firstMs;
    }

    /** The wait before the next attempt; each call doubles the following one, up to the maximum. */
    long next() {
        long d = nextMs;
        nextMs = Math.min(maxMs, nextMs * 2);
        return d;
    }

    void reset() {
        nextMs = firstMs;
    }
}
