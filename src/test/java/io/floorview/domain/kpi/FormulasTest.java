package io.floorview.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every service-level and abandon-rate formula on one hand-worked set of calls, T = 20 s, S = 5 s:
 *
 * <pre>
 *   answered   A    = 10, of which A≤T = 7
 *   abandoned  Ab   = 3:  4.999 s (short, within T), 5 s (not short, within T), 40 s (over T)
 *              ShortAb = 1, Ab≤T = 2, Ab>T = 1
 *   overflowed O    = 2
 *   offered    Off  = 10 + 3 + 2 = 15
 * </pre>
 *
 * {@link KpiEngineFormulasTest} tells the same calls as a timeline and checks the engine agrees.
 */
class FormulasTest {

    static final long A_WITHIN = 7;
    static final long A = 10;
    static final long AB = 3;
    static final long SHORT_AB = 1;
    static final long AB_WITHIN = 2;
    static final long O = 2;
    static final long OFF = 15;

    @ParameterizedTest(name = "{0} = {1}/{2}")
    @CsvSource({
            // A≤T / (A + Ab − ShortAb) = 7 / (10 + 3 − 1) = 7/12
            "SHORT_ABANDONS_EXCLUDED,   7, 12",
            // A≤T / A = 7/10
            "ANSWERED_ONLY,             7, 10",
            // A≤T / (A + Ab) = 7 / 13
            "ABANDONS_AGAINST,          7, 13",
            // A≤T / (A + Ab>T) = 7 / (10 + 1) = 7/11
            "ABANDONS_WITHIN_T_IGNORED, 7, 11",
            // (A≤T + Ab≤T) / (A + Ab) = (7 + 2) / 13 = 9/13
            "ABANDONS_WITHIN_T_MET,     9, 13",
            // A≤T / (A + Ab − ShortAb + O) = 7 / (12 + 2) = 7/14
            "OVERFLOW_AGAINST,          7, 14",
    })
    void serviceLevelOfTheSharedSet(ServiceLevelFormula formula, long numerator, long denominator) {
        Double sl = formula.compute(A_WITHIN, A, AB, SHORT_AB, AB_WITHIN, O);

        assertThat(sl).isCloseTo((double) numerator / denominator, within(1e-12));
    }

    @ParameterizedTest(name = "{0} = {1}/{2}")
    @CsvSource({
            // (Ab − ShortAb) / (Off − ShortAb) = (3 − 1) / (15 − 1) = 2/14
            "SHORT_ABANDONS_EXCLUDED, 2, 14",
            // Ab / Off = 3/15
            "ALL_ABANDONS,            3, 15",
    })
    void abandonRateOfTheSharedSet(AbandonRateFormula formula, long numerator, long denominator) {
        assertThat(formula.compute(OFF, AB, SHORT_AB)).isCloseTo((double) numerator / denominator, within(1e-12));
    }

    @ParameterizedTest
    @EnumSource(ServiceLevelFormula.class)
    void withNoCallsTheServiceLevelIsUndefinedNotFull(ServiceLevelFormula formula) {
        assertThat(formula.compute(0, 0, 0, 0, 0, 0)).isNull();
    }

    @ParameterizedTest
    @EnumSource(AbandonRateFormula.class)
    void withNoCallsTheAbandonRateIsUndefined(AbandonRateFormula formula) {
        assertThat(formula.compute(0, 0, 0)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // only short abandons: A + Ab − ShortAb = 0 + 2 − 2 = 0 → undefined
            "SHORT_ABANDONS_EXCLUDED",
            // A = 0 → undefined, even with abandons
            "ANSWERED_ONLY",
    })
    void onlyCallsTheFormulaLeavesOutIsUndefined(ServiceLevelFormula formula) {
        // 2 abandons, both short (so within T too), nothing answered, nothing overflowed
        assertThat(formula.compute(0, 0, 2, 2, 2, 0)).isNull();
    }

    @Test
    void abandonsWithinTIgnoredIsUndefinedWhenEveryCallAbandonedWithinT() {
        // A + Ab>T = 0 + (2 − 2) = 0
        assertThat(ServiceLevelFormula.ABANDONS_WITHIN_T_IGNORED.compute(0, 0, 2, 0, 2, 0)).isNull();
    }

    @Test
    void abandonsAgainstWithNothingAnsweredIsZeroNotUndefined() {
        // 0 / (0 + 2) = 0 %: two callers gave up, the objective was missed for both
        assertThat(ServiceLevelFormula.ABANDONS_AGAINST.compute(0, 0, 2, 0, 0, 0)).isEqualTo(0.0);
    }

    @Test
    void overflowAgainstCountsOverflowAlone() {
        // 0 / (0 + 0 − 0 + 1) = 0 %: one call timed out of the queue
        assertThat(ServiceLevelFormula.OVERFLOW_AGAINST.compute(0, 0, 0, 0, 0, 1)).isEqualTo(0.0);
        // the default leaves overflow out entirely → undefined
        assertThat(ServiceLevelFormula.SHORT_ABANDONS_EXCLUDED.compute(0, 0, 0, 0, 0, 1)).isNull();
    }

    @Test
    void shortAbandonsOnlyGiveAnUndefinedDefaultAbandonRate() {
        // Off = 2, both short: (2 − 2) / (2 − 2) → undefined; Ab / Off = 2/2 = 100 %
        assertThat(AbandonRateFormula.SHORT_ABANDONS_EXCLUDED.compute(2, 2, 2)).isNull();
        assertThat(AbandonRateFormula.ALL_ABANDONS.compute(2, 2, 2)).isEqualTo(1.0);
    }

    @Test
    void everyFormulaShowsItsExpression() {
        assertThat(ServiceLevelFormula.SHORT_ABANDONS_EXCLUDED.expression()).isEqualTo("A≤T / (A + Ab − ShortAb)");
        assertThat(ServiceLevelFormula.OVERFLOW_AGAINST.expression()).isEqualTo("A≤T / (A + Ab − ShortAb + O)");
        assertThat(AbandonRateFormula.SHORT_ABANDONS_EXCLUDED.expression())
                .isEqualTo("(Ab − ShortAb) / (Off − ShortAb)");
        for (ServiceLevelFormula f : ServiceLevelFormula.values()) {
            assertThat(f.expression()).as(f.name()).contains("A≤T");
        }
    }
}
