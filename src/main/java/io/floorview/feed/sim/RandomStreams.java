package io.floorview.feed.sim;

import java.util.SplittableRandom;

/**
 * One independent random stream per purpose, all derived from the configured seed, so that changing how
 * one part of the floor draws its numbers does not reshuffle every other part.
 */
final class RandomStreams {

    static final long ROSTER = 1;
    static final long SHIFTS = 2;
    static final long NIGHT_CREW = 3;
    static final long CALLERS = 4;
    static final long HANDLING = 5;
    static final long AGENTS = 6;
    static final long SURGES = 7;
    static final long ARRIVALS = 100;

    private final long seed;
    /** Arrivals of each queue: one stream per queue. */
    final SplittableRandom[] arrivals;
    /** Who calls: caller numbers, patience, key presses. */
    final SplittableRandom callers;
    /** How calls go once answered: talk, hold, wrap-up, transfers, recordings. */
    final SplittableRandom handling;
    /** How agents behave on the phone: ring times, missed rings. */
    final SplittableRandom agents;

    RandomStreams(long seed, int queues) {
        this.seed = seed;
        arrivals = new SplittableRandom[queues];
        for (int q = 0; q < queues; q++) {
            arrivals[q] = stream(seed, ARRIVALS + q, 0);
        }
        callers = stream(seed, CALLERS, 0);
        handling = stream(seed, HANDLING, 0);
        agents = stream(seed, AGENTS, 0);
    }

    /** The stream of {@code purpose} for one calendar day, independent of every other day. */
    SplittableRandom forDay(long purpose, long epochDay) {
        return stream(seed, purpose, epochDay);
    }

    static SplittableRandom stream(long seed, long purpose, long index) {
        return new SplittableRandom(mix(mix(seed ^ mix(purpose)) + index));
    }

    /** SplitMix64's finalizer: spreads neighbouring inputs over the whole range. */
    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
