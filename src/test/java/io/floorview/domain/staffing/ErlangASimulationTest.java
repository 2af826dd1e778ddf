package io.floorview.domain.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Erlang A's service level (answered within t, out of all calls) and ASA (of answered calls) against a
 * simulated M/M/N+M queue served first come, first served: an independent check of the formulas for the
 * figures the birth–death chain does not give directly. Fixed seed, a million calls.
 */
class ErlangASimulationTest {

    private record Simulated(double waiting, double abandon, double serviceLevel, double asa) {
    }

    private static Simulated simulate(double traffic, int agents, double aht, double patience, double t, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double lambda = traffic / aht;
        PriorityQueue<Double> free = new PriorityQueue<>();
        for (int i = 0; i < agents; i++) {
            free.add(0.0);
        }
        int calls = 1_000_000;
        long waited = 0;
        long abandoned = 0;
        long metTarget = 0;
        long answered = 0;
        double waitOfAnswered = 0;
        double now = 0;
        for (int i = 0; i < calls; i++) {
            now += exponential(random, 1 / lambda);
            double willWait = exponential(random, patience);
            // first come, first served: the caller takes the first agent to come free, if still there by then
            double start = Math.max(now, free.peek());
            double wait = start - now;
            if (wait > 0) {
                waited++;
            }
            if (wait > willWait) {
                abandoned++;
                continue;
            }
            free.poll();
            free.add(start + exponential(random, aht));
            answered++;
            waitOfAnswered += wait;
            if (wait <= t) {
                metTarget++;
            }
        }
        return new Simulated((double) waited / calls, (double) abandoned / calls, (double) metTarget / calls,
                waitOfAnswered / answered);
    }

    private static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    @ParameterizedTest(name = "A = {0}, N = {1}, AHT {2} s, patience {3} s, t = {4} s")
    @CsvSource({"10, 11, 180, 60, 20", "10, 9, 180, 120, 20", "10, 14, 180, 300, 20", "40, 36, 120, 30, 10",
            "5, 7, 300, 200, 60"})
    void matchesASimulatedQueue(double traffic, int agents, double aht, double patience, double t) {
        QueueFigures f = new ErlangA(traffic, aht, patience, t).evaluate(agents);
        Simulated sim = simulate(traffic, agents, aht, patience, t, 20_240_601);

        assertThat(f.probabilityOfWaiting()).isCloseTo(sim.waiting(), within(0.01));
        assertThat(f.probabilityOfAbandon()).isCloseTo(sim.abandon(), within(0.005));
        assertThat(f.serviceLevel()).isCloseTo(sim.serviceLevel(), within(0.01));
        assertThat(f.asaSec()).isCloseTo(sim.asa(), within(0.05 * sim.asa() + 0.05));
    }
}
