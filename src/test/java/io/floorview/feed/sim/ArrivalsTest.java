package io.floorview.feed.sim;

import static io.floorview.feed.sim.SimRuns.TUESDAY;
import static io.floorview.feed.sim.SimRuns.startOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.EventType;
import io.floorview.domain.event.FeedEvent;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Calls arrive as a Poisson process following the curve. Bounds are four standard deviations of a Poisson
 * count (the variance equals the mean): a correct simulator fails one in about 16,000 times per check, and
 * since the seeds are fixed, the outcome never changes from run to run.
 */
class ArrivalsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final long HOUR = 3_600_000L;

    @Test
    void thePeakHourBringsThePoissonNumberOfCalls() {
        long start = startOf(TUESDAY, NEW_YORK);
        long from = start + 10 * HOUR;
        long to = start + 11 * HOUR;
        double expectedSum = 0;
        long countSum = 0;
        for (long seed = 1; seed <= 20; seed++) {
            SimulatorConfig config = SimulatorConfig.defaults(seed, NEW_YORK);
            double expected = arrivals(config).expectedCalls(from, to);
            long count = arrivalsBetween(SimRuns.until(config, start, to), from, to);
            assertThat((double) count).as("seed %d", seed).isBetween(expected - 4 * Math.sqrt(expected),
                    expected + 4 * Math.sqrt(expected));
            expectedSum += expected;
            countSum += count;
        }
        assertThat(expectedSum / 20).as("mean peak-hour calls").isBetween(150.0, 350.0);
        assertThat((double) countSum).isBetween(expectedSum - 4 * Math.sqrt(expectedSum),
                expectedSum + 4 * Math.sqrt(expectedSum));
    }

    @Test
    void everyHourOfTheDayFollowsTheCurveInTheCentersOwnZone() {
        long start = startOf(TUESDAY, NEW_YORK);
        double[] expected = new double[24];
        long[] counted = new long[24];
        for (long seed = 1; seed <= 8; seed++) {
            SimulatorConfig config = SimulatorConfig.defaults(seed, NEW_YORK);
            Arrivals arrivals = arrivals(config);
            List<FeedEvent> events = SimRuns.day(config, TUESDAY);
            for (int h = 0; h < 24; h++) {
                expected[h] += arrivals.expectedCalls(start + h * HOUR, start + (h + 1) * HOUR);
                counted[h] += arrivalsBetween(events, start + h * HOUR, start + (h + 1) * HOUR);
            }
        }
        double chiSquare = 0;
        for (int h = 0; h < 24; h++) {
            chiSquare += Math.pow(counted[h] - expected[h], 2) / expected[h];
        }
        // 24 hours: the 99.99th percentile of chi-square with 24 degrees of freedom is about 56
        assertThat(chiSquare).isLessThan(56);
        assertThat(counted[3]).as("night").isPositive().isLessThan(counted[10] / 10);
        assertThat(counted[12]).as("lunch dip").isLessThan(counted[10]).isLessThan(counted[15]);
        assertThat(counted[20]).as("evening").isLessThan(counted[16]);
    }

    @Test
    void theCurveIsQuietAtNightButNeverSilentWithTwoPeaksAndALunchDip() {
        ArrivalCurve curve = new ArrivalCurve(NEW_YORK, 1000);
        DayOfWeek tue = DayOfWeek.TUESDAY;
        double peak = curve.callsPerHour(tue, 10.5);
        assertThat(curve.callsPerHour(tue, 3.5)).isPositive().isLessThan(peak * 0.05);
        assertThat(curve.callsPerHour(tue, 6.5)).isLessThan(curve.callsPerHour(tue, 7.5));
        assertThat(curve.callsPerHour(tue, 7.5)).isLessThan(curve.callsPerHour(tue, 9));
        assertThat(curve.callsPerHour(tue, 12.75)).isLessThan(peak).isLessThan(curve.callsPerHour(tue, 15.5));
        assertThat(curve.callsPerHour(tue, 20)).isLessThan(curve.callsPerHour(tue, 17));
        assertThat(curve.callsPerHour(DayOfWeek.SUNDAY, 10.5)).isLessThan(peak / 2);
        assertThat(curve.maxCallsPerHour()).isGreaterThanOrEqualTo(curve.callsPerHour(DayOfWeek.MONDAY, 10.5));
    }

    @Test
    void callRateAndAgentsScaleTheVolume() {
        SimulatorConfig base = SimulatorConfig.defaults(5, NEW_YORK);
        long start = startOf(TUESDAY, NEW_YORK);
        double one = arrivals(base).expectedCalls(start, start + 24 * HOUR);
        double twice = arrivals(base.withCallRate(2)).expectedCalls(start, start + 24 * HOUR);
        assertThat(twice).isCloseTo(2 * one, org.assertj.core.data.Offset.offset(one * 1e-9));
        assertThat(one).as("a weekday of the default center").isBetween(1_800.0, 2_800.0);
        double bigger = arrivals(base.withAgents(72)).expectedCalls(start, start + 24 * HOUR);
        assertThat(bigger / one).isBetween(1.7, 2.3);
    }

    @Test
    void surgesAreShortRushesOnOneQueueAndTheSameForTheSameDay() {
        SimulatorConfig config = SimulatorConfig.defaults(5, NEW_YORK);
        int total = 0;
        for (int d = 0; d < 60; d++) {
            LocalDate day = TUESDAY.plusDays(d);
            List<Arrivals.Surge> surges = arrivals(config).surges(day);
            assertThat(arrivals(config).surges(day)).isEqualTo(surges);
            for (Arrivals.Surge s : surges) {
                assertThat(s.endMs() - s.startMs()).isBetween(60_000L, 45 * 60_000L);
                assertThat(s.factor()).isBetween(1.8, 3.0);
                assertThat(s.queue()).isBetween(0, 2);
                assertThat(Instant.ofEpochMilli(s.startMs()).atZone(NEW_YORK).toLocalDate()).isEqualTo(day);
            }
            total += surges.size();
        }
        assertThat(total).isBetween(20, 90);
    }

    private static Arrivals arrivals(SimulatorConfig config) {
        List<QueueSpec> queues = QueueCatalog.build(config);
        return new Arrivals(config, new ArrivalCurve(config, Roster.build(config, queues)), queues);
    }

    /** Calls that reached the center in [from, to): first entered or refused at the door. */
    static long arrivalsBetween(List<FeedEvent> events, long from, long to) {
        Set<String> seen = new HashSet<>();
        long n = 0;
        for (FeedEvent e : events) {
            boolean arrival = e.type() == EventType.CALL_REJECTED || e.type() == EventType.CALL_ENTERED;
            if (arrival && seen.add(e.callId()) && e.ts() >= from && e.ts() < to) {
                n++;
            }
        }
        return n;
    }
}
