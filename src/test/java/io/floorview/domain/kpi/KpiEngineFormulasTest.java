package io.floorview.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.floorview.domain.event.OverflowReason;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The shared set of {@link FormulasTest}, told to the engine call by call. */
class KpiEngineFormulasTest {

    /**
     * One queue, "sales", one call after another from 09:00 (T = 20 s, S = 5 s):
     *
     * <pre>
     *   answered after 0.4, 3, 8, 12, 15, 19.999, 20 s   → 7 within T (20 s exactly counts)
     *   answered after 20.001, 45, 90 s                  → 3 over T
     *   abandoned after 4.999 s (short), 5 s (not short: 5 is not below 5), 40 s
     *   overflowed out of the center after 60 s (timeout) and 30 s (key press)
     * </pre>
     */
    static Timeline sharedSet(CenterSettings settings) {
        Timeline t = Timeline.utc("2026-03-10").at("08:00");
        t.start(settings);
        t.at("09:00");
        long[] answeredWaits = {400, 3_000, 8_000, 12_000, 15_000, 19_999, 20_000, 20_001, 45_000, 90_000};
        for (int i = 0; i < answeredWaits.length; i++) {
            t.answeredAfter("a" + i, "sales", "ann", answeredWaits[i]);
        }
        t.abandonedAfter("ab1", "sales", 4_999);
        t.abandonedAfter("ab2", "sales", 5_000);
        t.abandonedAfter("ab3", "sales", 40_000);
        t.overflowedAfter("o1", "sales", OverflowReason.TIMEOUT, 60_000);
        t.overflowedAfter("o2", "sales", OverflowReason.KEY, 30_000);
        return t;
    }

    @ParameterizedTest(name = "{0} = {1}/{2}")
    @CsvSource({
            "SHORT_ABANDONS_EXCLUDED,   7, 12",
            "ANSWERED_ONLY,             7, 10",
            "ABANDONS_AGAINST,          7, 13",
            "ABANDONS_WITHIN_T_IGNORED, 7, 11",
            "ABANDONS_WITHIN_T_MET,     9, 13",
            "OVERFLOW_AGAINST,          7, 14",
    })
    void eachServiceLevelFormulaOnTheSharedSet(ServiceLevelFormula formula, long num, long den) {
        CenterSettings settings = CenterSettings.defaults(ZoneOffset.UTC)
                .withQueue("sales", QueueSettings.DEFAULT.withSlFormula(formula));
        Timeline t = sharedSet(settings);

        CallFigures sales = t.snapshotAt("10:00").queue("sales").orElseThrow().today();

        // the hand-worked fractions are those of FormulasTest
        assertThat(sales.serviceLevel()).isCloseTo((double) num / den, within(1e-12));
    }

    @ParameterizedTest
    @EnumSource(AbandonRateFormula.class)
    void eachAbandonRateFormulaOnTheSharedSet(AbandonRateFormula formula) {
        QueueSettings qs = new QueueSettings(20, 80, ServiceLevelFormula.SHORT_ABANDONS_EXCLUDED, formula);
        Timeline t = sharedSet(CenterSettings.defaults(ZoneOffset.UTC).withQueue("sales", qs));

        CallFigures sales = t.snapshotAt("10:00").queue("sales").orElseThrow().today();

        // (3 − 1) / (15 − 1) = 2/14, or 3/15
        double expected = formula == AbandonRateFormula.ALL_ABANDONS ? 3.0 / 15 : 2.0 / 14;
        assertThat(sales.abandonRate()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void theSharedSetsCountsAndTimesForTheQueueAndForAllQueues() {
        FloorSnapshot s = sharedSet(CenterSettings.defaults(ZoneOffset.UTC)).snapshotAt("10:00");

        for (QueueKpis q : new QueueKpis[] {s.queue("sales").orElseThrow(), s.center()}) {
            CallFigures f = q.today();
            // 10 + 3 + 2
            assertThat(f.offered()).as(q.queue()).isEqualTo(15);
            assertThat(f.answered()).isEqualTo(10);
            assertThat(f.abandoned()).isEqualTo(3);
            // only 4.999 s is below 5 s
            assertThat(f.shortAbandoned()).isEqualTo(1);
            assertThat(f.overflowed()).isEqualTo(2);
            assertThat(f.overflowByReason().get(OverflowReason.TIMEOUT)).isEqualTo(1);
            assertThat(f.overflowByReason().get(OverflowReason.KEY)).isEqualTo(1);
            assertThat(f.overflowByReason().get(OverflowReason.FULL)).isZero();
            assertThat(f.rejected()).isZero();
            // default formula: 7/12
            assertThat(f.serviceLevel()).isCloseTo(7.0 / 12, within(1e-12));
            // default abandon rate: 2/14
            assertThat(f.abandonRate()).isCloseTo(2.0 / 14, within(1e-12));
            // (0.4 + 3 + 8 + 12 + 15 + 19.999 + 20 + 20.001 + 45 + 90) s / 10 = 233.4 s / 10 = 23.34 s
            assertThat(f.asaMs()).isCloseTo(23_340.0, within(1e-9));
            // (4.999 + 5 + 40) s / 3 = 49.999 s / 3
            assertThat(f.avgAbandonMs()).isCloseTo(49_999.0 / 3, within(1e-9));
            // the longest of all waits: answered after 90 s (the overflows waited 60 s and 30 s)
            assertThat(f.maxWaitMs()).isEqualTo(90_000);
            // nobody waits any more
            assertThat(q.waiting()).isZero();
            assertThat(q.longestWaitMs()).isZero();
        }
    }
}
