package io.floorview.domain.qa.sampling;

import java.time.Instant;
import java.util.Objects;

/**
 * What to sample: {@code perAgent} calls of every agent within {@code [from, to)}, drawn with {@code seed}.
 * The same plan on the same calls always picks the same calls, so a sample can be shown to be fair and
 * drawn again.
 */
public record SamplingPlan(int perAgent, Instant from, Instant to, long seed) {

    /** More than this many calls per agent and period is no longer a sample. */
    public static final int MAX_PER_AGENT = 1000;

    public SamplingPlan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (perAgent < 1 || perAgent > MAX_PER_AGENT) {
            throw new IllegalArgumentException("calls per agent must be 1.." + MAX_PER_AGENT + ", not " + perAgent);
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the period must end after it starts (" + from + " – " + to + ")");
        }
    }

    /** The sub-period (0 .. perAgent − 1) that {@code at}, within the period, falls in. */
    int stratum(Instant at) {
        long span = to.toEpochMilli() - from.toEpochMilli();
        long offset = at.toEpochMilli() - from.toEpochMilli();
        return (int) Math.min(perAgent - 1, offset * perAgent / span);
    }

    boolean covers(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
