package io.floorview.domain.staffing;

/**
 * Erlang C (the M/M/N queue): Poisson arrivals, exponential handle times, N agents, callers who wait as
 * long as it takes.
 *
 * <pre>
 *   C      = N·B / (N − A(1 − B))        for N &gt; A, else 1      (B = Erlang B of N agents, A Erlangs)
 *   SL(t)  = 1 − C·e^(−(N − A)·t / AHT)
 *   ASA    = C·AHT / (N − A)
 *   occupancy = A / N
 * </pre>
 *
 * With N ≤ A the queue grows without bound: every call waits ({@code C = 1}), none is answered within any
 * threshold ({@code SL = 0}), the average wait is infinite and every agent is busy all the time
 * (occupancy 1).
 */
public final class ErlangC implements QueueModel {

    private final double traffic;
    private final double ahtSec;
    private final double thresholdSec;

    /**
     * @param traffic      offered traffic in Erlangs (calls × AHT / interval)
     * @param ahtSec       average handle time in seconds
     * @param thresholdSec the service-level threshold t in seconds
     */
    public ErlangC(double traffic, double ahtSec, double thresholdSec) {
        Checks.traffic(traffic);
        Checks.aht(ahtSec);
        Checks.threshold(thresholdSec);
        this.traffic = traffic;
        this.ahtSec = ahtSec;
        this.thresholdSec = thresholdSec;
    }

    @Override
    public QueueModelKind kind() {
        return QueueModelKind.ERLANG_C;
    }

    @Override
    public double traffic() {
        return traffic;
    }

    @Override
    public QueueFigures evaluate(int agents) {
        return figures(agents, ErlangB.blocking(Checks.agents(agents), traffic));
    }

    /** The probability of waiting, C(N, A). */
    public static double probabilityOfWaiting(int agents, double traffic) {
        return waiting(agents, traffic, ErlangB.blocking(Checks.agents(agents), traffic));
    }

    /** The figures for {@code agents} agents given Erlang B for that many agents (as a search carries it). */
    QueueFigures figures(int agents, double erlangB) {
        if (traffic == 0) {
            return new QueueFigures(kind(), 0, agents, 0, 1, 0, 0, 0);
        }
        if (agents <= traffic) {
            return new QueueFigures(kind(), traffic, agents, 1, 0, Double.POSITIVE_INFINITY, 1, 0);
        }
        double c = waiting(agents, traffic, erlangB);
        double spare = agents - traffic;
        double sl = 1 - c * Math.exp(-spare * thresholdSec / ahtSec);
        double asa = c * ahtSec / spare;
        return new QueueFigures(kind(), traffic, agents, c, sl, asa, traffic / agents, 0);
    }

    private static double waiting(int n, double a, double b) {
        if (a == 0) {
            return 0;
        }
        if (n <= a) {
            return 1;
        }
        return n * b / (n - a * (1 - b));
    }
}
