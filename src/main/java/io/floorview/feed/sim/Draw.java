package io.floorview.feed.sim;

import java.util.SplittableRandom;

/**
 * The random draws the simulator needs, written out here rather than taken from the JDK's defaults so
 * that a seed gives the same floor on every Java version.
 */
final class Draw {

    private Draw() {
    }

    /** A standard normal deviate (Box–Muller). */
    static double gaussian(SplittableRandom r) {
        double u1 = 1.0 - r.nextDouble(); // in (0, 1]
        double u2 = r.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** An exponential deviate with the given mean. */
    static double exponential(SplittableRandom r, double mean) {
        return -mean * Math.log(1.0 - r.nextDouble());
    }

    /** A log-normal duration in ms with the given median; {@code sigma} is the spread of its logarithm. */
    static long lognormalMs(SplittableRandom r, double medianMs, double sigma) {
        return Math.max(1, Math.round(medianMs * Math.exp(sigma * gaussian(r))));
    }

    /** A uniform duration in [{@code lowMs}, {@code highMs}]. */
    static long uniformMs(SplittableRandom r, long lowMs, long highMs) {
        return lowMs + Math.round(r.nextDouble() * (highMs - lowMs));
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** An index drawn with probability proportional to {@code weights[i]}, never one marked in {@code skip} (may be null). */
    static int weighted(SplittableRandom r, double[] weights, boolean[] skip) {
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (skip == null || !skip[i]) {
                total += weights[i];
            }
        }
        double x = r.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (skip != null && skip[i]) {
                continue;
            }
            last = i;
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return last;
    }

    /** Shuffles {@code items} in place (Fisher–Yates). */
    static <T> void shuffle(SplittableRandom r, java.util.List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            java.util.Collections.swap(items, i, r.nextInt(i + 1));
        }
    }
}
