package io.floorview.domain.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Erlang A against an independent computation of the same queue (its birth–death chain solved state by
 * state), against Erlang C in the limit of infinite patience, and on overloaded queues where Erlang C has
 * no answer. {@link ErlangASimulationTest} checks the service level and ASA against a simulated queue.
 */
class ErlangATest {

    /** Pw and P(abandon) straight from the stationary distribution of the chain, truncated far out. */
    private record Chain(double waiting, double abandon, double meanWait) {

        static Chain solve(double traffic, int agents, double aht, double patience) {
            double lambda = traffic / aht;
            int states = agents + 20_000;
            double[] p = new double[states];
            p[0] = 1;
            double sum = 1;
            for (int k = 1; k < states; k++) {
                double death = k <= agents ? k / aht : agents / aht + (k - agents) / patience;
                p[k] = p[k - 1] * lambda / death;
                sum += p[k];
            }
            double wait = 0;
            double queue = 0;
            for (int k = agents; k < states; k++) {
                wait += p[k] / sum;
                queue += (k - agents) * p[k] / sum;
            }
            // abandons per second = queue / patience; Little: mean wait of all calls = queue / λ
            return new Chain(wait, queue / patience / lambda, queue / lambda);
        }
    }

    @ParameterizedTest(name = "A = {0}, N = {1}, AHT {2} s, patience {3} s")
    @CsvSource({"10, 11, 180, 60", "10, 9, 180, 120", "10, 14, 180, 300", "10, 1, 180, 30", "0.2, 1, 60, 45",
            "50, 40, 240, 90", "123, 130, 300, 600", "123, 100, 300, 10", "400, 420, 200, 1"})
    void agreesWithTheBirthDeathChainSolvedStateByState(double traffic, int agents, double aht, double patience) {
        QueueFigures f = new ErlangA(traffic, aht, patience, 20).evaluate(agents);
        Chain chain = Chain.solve(traffic, agents, aht, patience);

        assertThat(f.probabilityOfWaiting()).isCloseTo(chain.waiting(), within(1e-10));
        assertThat(f.probabilityOfAbandon()).isCloseTo(chain.abandon(), within(1e-10));
        assertThat(f.occupancy()).isCloseTo(traffic * (1 - chain.abandon()) / agents, within(1e-10));
        // mean wait of all calls = P(answered)·ASA + mean wait of those who hang up, which is less than the first
        assertThat(f.asaSec() * (1 - f.probabilityOfAbandon())).isLessThanOrEqualTo(chain.meanWait() + 1e-9);
    }

    @ParameterizedTest(name = "A = {0}, N = {1}, AHT {2} s, t = {3} s")
    @CsvSource({"10, 14, 180, 20", "10, 11, 180, 20", "123, 130, 300, 20", "0.2, 1, 60, 20", "12345, 12421, 180, 20"})
    void tendsToErlangCAsPatienceGrowsWithoutBound(double traffic, int agents, double aht, double t) {
        QueueFigures c = new ErlangC(traffic, aht, t).evaluate(agents);
        double previousGap = Double.POSITIVE_INFINITY;
        for (double patience : new double[] {1e2, 1e4, 1e6, 1e8, 1e10}) {
            QueueFigures a = new ErlangA(traffic, aht, patience, t).evaluate(agents);
            double gap = Math.max(Math.abs(a.probabilityOfWaiting() - c.probabilityOfWaiting()),
                    Math.max(Math.abs(a.serviceLevel() - c.serviceLevel()),
                            Math.abs(a.asaSec() - c.asaSec()) / c.asaSec()));
            assertThat(gap).as("patience %s s", patience).isLessThanOrEqualTo(previousGap);
            assertThat(a.probabilityOfAbandon()).isLessThan(aht * 100 / patience);
            previousGap = gap;
        }
        assertThat(previousGap).as("at a patience of 1e10 s").isLessThan(1e-6);
        QueueFigures far = new ErlangA(traffic, aht, 1e10, t).evaluate(agents);
        assertThat(far.occupancy()).isCloseTo(c.occupancy(), within(1e-6));
    }

    @ParameterizedTest(name = "A = {0}, N = {1}, AHT {2} s, patience {3} s")
    @CsvSource({"1000, 900, 180, 60", "1, 1, 180, 60", "10, 10, 180, 60", "10, 1, 180, 60", "12345, 10000, 180, 600",
            "12345, 12345, 180, 1e6", "12345, 6000, 60, 3600", "50000, 100, 300, 86400", "0.2, 1, 60, 1e9"})
    void givesFiniteAnswersWhereErlangCHasNone(double traffic, int agents, double aht, double patience) {
        QueueFigures f = new ErlangA(traffic, aht, patience, 20).evaluate(agents);

        assertThat(f.probabilityOfWaiting()).isBetween(0.0, 1.0);
        assertThat(f.probabilityOfAbandon()).isBetween(0.0, 1.0);
        assertThat(f.serviceLevel()).isBetween(0.0, 1.0);
        assertThat(f.occupancy()).isBetween(0.0, 1.0);
        assertThat(f.asaSec()).isFinite().isGreaterThanOrEqualTo(0);
        assertThat(f.stable()).isTrue();
        if (agents < traffic) {
            // at most N/A of the calls can be answered
            assertThat(f.probabilityOfAbandon()).isGreaterThanOrEqualTo(1 - agents / traffic - 1e-9);
            assertThat(f.serviceLevel()).isLessThanOrEqualTo(agents / traffic + 1e-9);
        }
    }

    @Test
    void aHeavilyOverloadedQueueLosesTheCallsItCannotCarry() {
        // 1000 Erlangs on 900 agents: about a tenth of the callers must hang up; the rest are answered quickly
        QueueFigures f = new ErlangA(1000, 180, 60, 20).evaluate(900);

        assertThat(f.probabilityOfAbandon()).isCloseTo(0.1003, within(0.0001));
        assertThat(f.occupancy()).isCloseTo(0.9997, within(0.0001));
        assertThat(f.probabilityOfWaiting()).isCloseTo(0.9661, within(0.0001));
        assertThat(f.asaSec()).isCloseTo(6.25, within(0.01));
    }

    @ParameterizedTest(name = "A = {0}, patience {1} s")
    @CsvSource({"10, 60", "10, 600", "123, 30", "0.2, 20"})
    void serviceLevelRisesAndWaitsAndAbandonsFallAsAgentsAreAdded(double traffic, double patience) {
        ErlangA model = new ErlangA(traffic, 180, patience, 20);
        QueueFigures previous = model.evaluate(1);
        for (int n = 2; n <= traffic * 2 + 10; n++) {
            QueueFigures f = model.evaluate(n);
            assertThat(f.serviceLevel()).as("SL at N = %d", n).isGreaterThanOrEqualTo(previous.serviceLevel());
            assertThat(f.asaSec()).as("ASA at N = %d", n).isLessThanOrEqualTo(previous.asaSec());
            assertThat(f.probabilityOfAbandon()).as("abandon at N = %d", n)
                    .isLessThanOrEqualTo(previous.probabilityOfAbandon());
            assertThat(f.probabilityOfWaiting()).as("wait at N = %d", n)
                    .isLessThanOrEqualTo(previous.probabilityOfWaiting());
            assertThat(f.occupancy()).as("occupancy at N = %d", n).isLessThanOrEqualTo(previous.occupancy());
            previous = f;
        }
    }

    @ParameterizedTest(name = "A = {0}, N = {1}")
    @CsvSource({"10, 11", "10, 8", "123, 130"})
    void withAZeroThresholdOnlyCallsAnsweredAtOnceMeetIt(double traffic, int agents) {
        QueueFigures f = new ErlangA(traffic, 180, 90, 0).evaluate(agents);

        assertThat(f.serviceLevel()).isCloseTo(1 - f.probabilityOfWaiting(), within(1e-12));
    }

    @Test
    void noCallsNoWaits() {
        QueueFigures f = new ErlangA(0, 180, 60, 20).evaluate(3);

        assertThat(f.probabilityOfWaiting()).isZero();
        assertThat(f.serviceLevel()).isEqualTo(1);
        assertThat(f.asaSec()).isZero();
        assertThat(f.occupancy()).isZero();
    }

    @Test
    void withNoAgentEveryCallerHangsUp() {
        QueueFigures f = new ErlangA(10, 180, 60, 20).evaluate(0);

        assertThat(f.probabilityOfAbandon()).isEqualTo(1);
        assertThat(f.serviceLevel()).isZero();
        assertThat(f.stable()).isFalse();
    }
}
