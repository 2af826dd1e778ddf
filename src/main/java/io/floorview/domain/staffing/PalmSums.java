package io.floorview.domain.staffing;

/**
 * The sums over the queue of an Erlang A (M/M/N+M) system. With {@code x = Nμ/θ} and {@code y = λ/θ}, the
 * stationary probability of N + j calls in the system is {@code π_N·q_j} with
 * {@code q_j = Π_{i=1..j} y/(x+i)}, and a call that arrives to find j callers queueing ahead of it is answered
 * with probability {@code x/(x+j+1)}, after a mean wait (if answered) of {@code H_j/θ},
 * {@code H_j = Σ_{m=1..j+1} 1/(x+m)}. This class returns
 *
 * <pre>
 *   total         Σ q_j                        (Garnett–Mandelbaum–Reiman's A(x, y))
 *   abandoned     Σ q_j · (j+1)/(x+j+1)
 *   answeredWait  Σ q_j · x/(x+j+1) · H_j
 * </pre>
 *
 * all multiplied by {@code e^(−logScale)}. The terms rise while {@code y > x+j+1} and fall after, so the sum
 * starts at the largest term (found with {@link Rising}: no walk up from j = 0 however overloaded the queue),
 * scaled to 1, and walks both ways until the rest is below a relative 1e-17. Nothing overflows, whatever the
 * traffic, and the number of terms grows like √y, not like y.
 */
record PalmSums(double logScale, double total, double abandoned, double answeredWait) {

    private static final double EPS = 1e-17;

    static PalmSums of(double x, double y) {
        long peak = y - x > 1 ? (long) Math.floor(y - x) : 0;
        double logScale = peak == 0 ? 0 : peak * Math.log(y) - Rising.logRising(x, peak);
        double hPeak = Rising.harmonic(x, peak + 1);
        Acc up = new Acc();
        double q = 1;
        double h = hPeak;
        for (long j = peak; ; j++) {
            double d = x + j + 1;
            up.add(q, x / d, (j + 1) / d, h);
            double r = y / d;
            if (r < 1) {
                // the terms after this one fall at least as fast as r, and H grows by less than 1/(x+j+2) a step
                double rest = q * r / (1 - r);
                double waitRest = rest * (h + 1 / ((1 - r) * (x + j + 2)));
                if (rest <= EPS * up.total && waitRest <= EPS * up.wait) {
                    break;
                }
            }
            q *= r;
            h += 1 / (x + j + 2);
        }
        Acc down = new Acc();
        q = 1;
        h = hPeak;
        for (long j = peak - 1; j >= 0; j--) {
            double d = x + j + 1;
            q *= d / y;
            h -= 1 / (d + 1);
            down.add(q, x / d, (j + 1) / d, h);
            // below the peak the terms fall at least as fast as (x+j)/y going down, and H falls too
            double r = (x + j) / y;
            double rest = q * r / (1 - r);
            if (rest <= EPS * (up.total + down.total) && rest * h <= EPS * (up.wait + down.wait)) {
                break;
            }
        }
        return new PalmSums(logScale, up.total + down.total, up.abandoned + down.abandoned, up.wait + down.wait);
    }

    /** Running sums that share their terms. */
    private static final class Acc {
        double total;
        double abandoned;
        double wait;

        void add(double q, double answeredShare, double abandonedShare, double h) {
            total += q;
            abandoned += q * abandonedShare;
            wait += q * answeredShare * h;
        }
    }
}
