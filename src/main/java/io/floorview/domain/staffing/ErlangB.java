package io.floorview.domain.staffing;

/**
 * Erlang B, the share of calls an {@code n}-agent group with no queue would turn away, by the recursion
 * {@code B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1))}.
 *
 * <p>Every step stays between 0 and 1, so the recursion is stable for any traffic, unlike the textbook
 * {@code (A^N/N!) / Σ A^k/k!} whose powers and factorials overflow a double from about 170 agents.
 */
public final class ErlangB {

    private ErlangB() {
    }

    /** Erlang B of {@code servers} agents under {@code traffic} Erlangs. */
    public static double blocking(int servers, double traffic) {
        return ladder(traffic, servers).blocking();
    }

    /** The recursion climbed to {@code servers}; climb it further one agent at a time with {@link Ladder#up()}. */
    public static Ladder ladder(double traffic, int servers) {
        if (servers < 0) {
            throw new IllegalArgumentException("agents must be 0 or more, not " + servers);
        }
        if (!(traffic >= 0) || Double.isInfinite(traffic)) {
            throw new IllegalArgumentException("traffic must be 0 or more Erlangs, not " + traffic);
        }
        Ladder ladder = new Ladder(traffic);
        while (ladder.servers() < servers) {
            ladder.up();
        }
        return ladder;
    }

    /**
     * Erlang B carried from one number of agents to the next, so a search upwards costs one step per
     * agent tried instead of a fresh recursion from zero.
     */
    public static final class Ladder {

        private final double traffic;
        private int servers;
        private double blocking = 1;

        private Ladder(double traffic) {
            this.traffic = traffic;
        }

        /** One more agent. */
        public void up() {
            servers++;
            double ab = traffic * blocking;
            blocking = ab / (servers + ab);
        }

        public int servers() {
            return servers;
        }

        public double blocking() {
            return blocking;
        }
    }
}
