package io.floorview.domain.staffing;

/**
 * Erlang A, Palm's M/M/N+M queue: Poisson arrivals, exponential handle times with mean AHT, N agents, and
 * callers whose patience is exponential with mean {@code patience}: a caller still queueing when it runs out
 * hangs up. Unlike Erlang C it has an answer for any number of agents, N ≤ A included, and it tends to
 * Erlang C as patience grows without bound.
 *
 * <p>The formulation is that of Garnett, Mandelbaum and Reiman, "Designing a Call Center with Impatient
 * Customers", Manufacturing &amp; Service Operations Management 4(3), 2002, Appendix, and of Mandelbaum and
 * Zeltyn, "The Palm/Erlang-A Queue, with Applications to Call Centers" (Technion, 2007). With
 * {@code μ = 1/AHT}, {@code θ = 1/patience}, {@code x = Nμ/θ}, {@code y = λ/θ}, B Erlang B of N agents and
 * {@code A(x, y) = Σ_{j≥0} Π_{i=1..j} y/(x+i) = x·e^y·y^(−x)·γ(x, y)} (γ the lower incomplete gamma function):
 *
 * <pre>
 *   π_N          = B / (1 + (A(x, y) − 1)·B)                     probability that exactly N calls are in the system
 *   P(wait)      = A(x, y)·π_N
 *   P(abandon)   = π_N · Σ_j q_j (j+1)/(x+j+1)                   = P(wait)·(1/(ρA(x,y)) + 1 − 1/ρ), ρ = A/N
 *   P(answered after more than t) = π_N·x·e^(−(Nμ+θ)t + y(1−e^(−θt)))·A(x+1, y·e^(−θt)) / (x+1)
 *   SL(t)        = 1 − P(abandon) − P(answered after more than t)      (an abandoned call has not met it)
 *   ASA          = π_N/θ · Σ_j q_j·x/(x+j+1)·Σ_{m=1..j+1} 1/(x+m) / (1 − P(abandon))   mean wait of answered calls
 *   occupancy    = A·(1 − P(abandon)) / N                           the answered load per agent
 * </pre>
 *
 * The tail term is Zeltyn and Mandelbaum's {@code ∫_t^∞ e^(−θv) f_V(v) dv} for the virtual wait V (the
 * M/M/n+G formulas of "Call centers with impatient customers: many-server asymptotics of the M/M/n+G queue",
 * Queueing Systems 51, 2005), with the integral turned into the incomplete-gamma series by {@code u = e^(−θv)}.
 * The abandon and wait sums are taken term by term over the callers queueing ahead (a caller with j ahead is
 * answered with probability x/(x+j+1) and waits {@code Σ 1/(Nμ + mθ)} on average if answered), so no result
 * comes from the difference of two nearly equal numbers. Every series is summed from its largest term in
 * scaled form ({@link PalmSums}); the gamma function is never evaluated on its own, so nothing overflows at
 * tens of thousands of Erlangs or for callers of any patience.
 */
public final class ErlangA implements QueueModel {

    private final double traffic;
    private final double ahtSec;
    private final double patienceSec;
    private final double thresholdSec;

    /**
     * @param traffic      offered traffic in Erlangs (calls × AHT / interval)
     * @param ahtSec       average handle time in seconds
     * @param patienceSec  mean caller patience in seconds (1/θ)
     * @param thresholdSec the service-level threshold t in seconds
     */
    public ErlangA(double traffic, double ahtSec, double patienceSec, double thresholdSec) {
        Checks.traffic(traffic);
        Checks.aht(ahtSec);
        Checks.patience(patienceSec);
        Checks.threshold(thresholdSec);
        this.traffic = traffic;
        this.ahtSec = ahtSec;
        this.patienceSec = patienceSec;
        this.thresholdSec = thresholdSec;
    }

    @Override
    public QueueModelKind kind() {
        return QueueModelKind.ERLANG_A;
    }

    @Override
    public double traffic() {
        return traffic;
    }

    @Override
    public QueueFigures evaluate(int agents) {
        Checks.agents(agents);
        if (traffic == 0) {
            return new QueueFigures(kind(), 0, agents, 0, 1, 0, 0, 0);
        }
        if (agents == 0) {
            // every caller queues and hangs up: no call is ever answered
            return new QueueFigures(kind(), traffic, 0, 1, 0, Double.POSITIVE_INFINITY, 0, 1);
        }
        double x = agents * patienceSec / ahtSec;
        double y = traffic * patienceSec / ahtSec;
        double b = ErlangB.blocking(agents, traffic);
        PalmSums q = PalmSums.of(x, y);
        // π_N·e^(logScale), so that π_N times a scaled sum is the true probability
        double k = b / ((1 - b) * Math.exp(-q.logScale()) + b * q.total());
        double wait = Math.min(1, k * q.total());
        double abandon = Math.min(1, k * q.abandoned());
        double answered = 1 - abandon;
        double asa = k * q.answeredWait() * patienceSec / answered;
        double late = answeredLate(agents, x, y, Math.log(k) - q.logScale());
        double sl = Math.max(0, Math.min(1, 1 - abandon - late));
        double occupancy = Math.min(1, traffic * answered / agents);
        return new QueueFigures(kind(), traffic, agents, wait, sl, asa, occupancy, abandon);
    }

    /** P(answered after more than t) = π_N·x/(x+1)·e^(−(Nμ+θ)t + y(1−e^(−θt)))·A(x+1, y·e^(−θt)). */
    private double answeredLate(int agents, double x, double y, double logPiN) {
        double thetaT = thresholdSec / patienceSec;
        PalmSums tail = PalmSums.of(x + 1, y * Math.exp(-thetaT));
        double log = logPiN - Math.log1p(1 / x)
                - (agents / ahtSec + 1 / patienceSec) * thresholdSec
                - y * Math.expm1(-thetaT)
                + Math.log(tail.total()) + tail.logScale();
        return Math.exp(log);
    }
}
