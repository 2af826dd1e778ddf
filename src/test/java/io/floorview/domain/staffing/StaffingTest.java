package io.floorview.domain.staffing;

import static io.floorview.domain.staffing.Published.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Required agents: the service-level and ASA targets, the occupancy cap and shrinkage, in that order. */
class StaffingTest {

    private static Load load(String calls, String periodSec, String ahtSec) {
        return new Load(new BigDecimal(calls), new BigDecimal(periodSec), new BigDecimal(ahtSec));
    }

    private static StaffingGoal goal(String percent, double thresholdSec) {
        return new StaffingGoal(new BigDecimal(percent), thresholdSec, null, null);
    }

    private static final Shrinkage THIRTY = new Shrinkage(new BigDecimal("0.30"));

    @Test
    void e1FourteenAgentsAndTwentyScheduled() {
        StaffingResult r = new Staffing(load("100", "1800", "180"), goal("80", 20), null, THIRTY).required();

        assertThat(r.agents()).isEqualTo(14);
        assertThat(r.scheduledAgents()).isEqualTo(20);
        assertThat(r.figures().model()).isEqualTo(QueueModelKind.ERLANG_C);
        assertThat(r.figures().traffic()).isEqualTo(10);
        assertMatches("E1 SL", r.figures().serviceLevel(), "0.88835");
        assertMatches("E1 ASA", r.figures().asaSec(), "7.8359");
        assertMatches("E1 occupancy", r.figures().occupancy(), "0.7142857");
    }

    @Test
    void e2TheOccupancyCapBinds() {
        StaffingGoal g = goal("80", 19.8).withMaxOccupancy(new BigDecimal("0.70"));
        StaffingResult r = new Staffing(load("100", "1800", "180"), g, null, THIRTY).required();

        assertThat(r.agents()).isEqualTo(15);
        assertThat(r.scheduledAgents()).isEqualTo(22);
        assertMatches("E2 SL", r.figures().serviceLevel(), "0.941");
        assertMatches("E2 occupancy", r.figures().occupancy(), "0.667");
        assertMatches("E2 Pw", r.figures().probabilityOfWaiting(), "0.102");
    }

    @Test
    void e11OneAgentSuffices() {
        StaffingResult r = new Staffing(load("6", "1800", "60"), goal("80", 20), null, Shrinkage.NONE).required();

        assertThat(r.agents()).isEqualTo(1);
        assertThat(r.scheduledAgents()).isEqualTo(1);
        assertMatches("E11 SL", r.figures().serviceLevel(), "0.847");
    }

    @ParameterizedTest(name = "ASA at most {0} s → {1} agents")
    @CsvSource({"100, 14", "8, 14", "7.8, 15", "3.7, 15", "3.6, 16", "0.5, 18", "0.3, 19"})
    void anAsaTargetCanAskForMoreAgentsThanTheServiceLevel(double maxAsa, int agents) {
        StaffingGoal g = goal("80", 20).withMaxAsa(maxAsa);
        StaffingResult r = new Staffing(load("100", "1800", "180"), g, null, Shrinkage.NONE).required();

        assertThat(r.agents()).isEqualTo(agents);
        assertThat(r.figures().asaSec()).isLessThanOrEqualTo(maxAsa);
    }

    @Test
    void theOccupancyCapIsComparedInExactDecimals() {
        // 21 calls × 100 s in 1000 s is 2.1 Erlangs; 2.1 / 3 is exactly 0.7, but not in doubles
        assertThat(2.1 / 3 > 0.7).as("the trap").isTrue();
        StaffingGoal g = goal("70", 60).withMaxOccupancy(new BigDecimal("0.7"));
        StaffingResult r = new Staffing(load("21", "1000", "100"), g, null, Shrinkage.NONE).required();

        assertThat(r.agents()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} calls per {1} s, AHT {2} s, {3} % in {4} s")
    @CsvSource({"100, 1800, 180, 80, 20", "6, 1800, 60, 80, 20", "1230, 3600, 360, 90, 15", "5, 900, 600, 50, 0",
            "44444, 3600, 1000, 80, 20", "12345, 3600, 3600, 95, 30", "300, 1800, 200, 0, 20"})
    void erlangCRequiredIsTheFewestStableAgentsThatMeetTheTarget(String calls, String period, String aht,
                                                                 String percent, double t) {
        Load load = load(calls, period, aht);
        StaffingGoal g = goal(percent, t);
        StaffingResult r = new Staffing(load, g, null, Shrinkage.NONE).required();
        ErlangC c = new ErlangC(load.traffic(), load.ahtSeconds(), t);

        assertThat(r.figures().stable()).isTrue();
        assertThat(g.metBy(r.figures())).isTrue();
        QueueFigures fewer = c.evaluate(r.agents() - 1);
        assertThat(!fewer.stable() || !g.metBy(fewer)).as("one agent fewer").isTrue();
        assertThat(r.figures()).isEqualTo(c.evaluate(r.agents()));
    }

    @ParameterizedTest(name = "{0} calls per {1} s, AHT {2} s, patience {5} s, {3} % in {4} s, cap {6}")
    @CsvSource({"100, 1800, 180, 80, 20, 60, 1", "100, 1800, 180, 80, 20, 600, 0.85", "100, 1800, 180, 90, 10, 5, 1",
            "500, 900, 240, 80, 20, 120, 0.8", "6, 1800, 60, 80, 20, 30, 1", "1000, 1800, 300, 0, 20, 60, 1",
            "1000, 1800, 300, 60, 30, 60, 0.5"})
    void erlangARequiredIsTheSmallestThatAScanFromOneAgentFinds(String calls, String period, String aht,
                                                               String percent, double t, double patience, String cap) {
        Load load = load(calls, period, aht);
        StaffingGoal g = goal(percent, t).withMaxOccupancy(new BigDecimal(cap));
        StaffingResult r = new Staffing(load, g, patience, Shrinkage.NONE).required();
        ErlangA a = new ErlangA(load.traffic(), load.ahtSeconds(), patience, t);

        int scanned = 1;
        while (!g.metBy(a.evaluate(scanned))) {
            scanned++;
        }
        while (a.evaluate(scanned).occupancy() > g.maxOccupancy().doubleValue()) {
            scanned++;
        }
        assertThat(r.agents()).isEqualTo(scanned);
        assertThat(r.figures().model()).isEqualTo(QueueModelKind.ERLANG_A);
        assertThat(r.figures()).isEqualTo(a.evaluate(scanned));
    }

    @Test
    void impatientCallersNeedFewerAgentsForTheSameTargetButSomeHangUp() {
        Load load = load("100", "1800", "180");
        StaffingResult c = new Staffing(load, goal("80", 20), null, Shrinkage.NONE).required();
        StaffingResult a = new Staffing(load, goal("80", 20), 180.0, Shrinkage.NONE).required();

        assertThat(a.agents()).isLessThanOrEqualTo(c.agents());
        assertThat(a.figures().probabilityOfAbandon()).isPositive();
    }

    @Test
    void tensOfThousandsOfErlangsAreSearchedUpwardsFromTheFirstStableNumber() {
        // E5's traffic: 12345 Erlangs
        StaffingResult r = new Staffing(load("12345", "3600", "3600"), goal("80", 20), null, Shrinkage.NONE).required();
        ErlangC c = new ErlangC(12345, 3600, 20);

        assertThat(r.agents()).isBetween(12346, 12500);
        assertThat(r.figures().serviceLevel()).isGreaterThanOrEqualTo(0.8);
        assertThat(c.evaluate(r.agents() - 1).serviceLevel()).isLessThan(0.8);
        StaffingResult a = new Staffing(load("12345", "3600", "3600"), goal("80", 20), 120.0, Shrinkage.NONE).required();
        assertThat(a.figures().serviceLevel()).isGreaterThanOrEqualTo(0.8);
        assertThat(new ErlangA(12345, 3600, 120, 20).evaluate(a.agents() - 1).serviceLevel()).isLessThan(0.8);
    }

    @Test
    void noCallsNeedNoAgents() {
        StaffingResult r = new Staffing(load("0", "1800", "180"), goal("80", 20), null, THIRTY).required();

        assertThat(r.agents()).isZero();
        assertThat(r.scheduledAgents()).isZero();
        assertThat(r.figures().probabilityOfWaiting()).isZero();
    }

    @Test
    void evaluatingAGivenNumberOfAgentsAppliesShrinkageToIt() {
        StaffingResult r = new Staffing(load("100", "1800", "180"), goal("80", 20), null, THIRTY).evaluate(12);

        assertThat(r.agents()).isEqualTo(12);
        assertThat(r.scheduledAgents()).isEqualTo(18);
        assertMatches("E1 N=12 SL", r.figures().serviceLevel(), "0.640158");
        StaffingResult unstable = new Staffing(load("100", "1800", "180"), goal("80", 20), null, THIRTY).evaluate(9);
        assertThat(unstable.figures().stable()).isFalse();
        assertThatThrownBy(() -> new Staffing(load("100", "1800", "180"), goal("80", 20), null, THIRTY).evaluate(0))
                .hasMessageContaining("agents must be 1 to");
    }

    @Test
    void aServiceLevelOfAHundredPercentIsRefusedAsUnreachable() {
        Staffing s = new Staffing(load("100", "1800", "180"), goal("100", 20), null, Shrinkage.NONE);

        assertThatThrownBy(s::required).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100 % is never reached");
        assertThat(s.evaluate(14).agents()).as("a hundred percent is still a target to measure against").isEqualTo(14);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "calls -1         | -1  | 1800 | 180 | calls must be 0 or more, not -1",
            "an empty period  | 100 | 0    | 180 | the interval must be longer than 0 s",
            "AHT 0            | 100 | 1800 | 0   | average handle time must be more than 0 s, not 0 s",
            "a negative AHT   | 100 | 1800 | -3  | average handle time must be more than 0 s",
            "too much traffic | 2e9 | 1800 | 180 | the staffing maths stops at 1000000",
    })
    void aLoadThatMakesNoSenseIsRefused(String what, String calls, String period, String aht, String message) {
        assertThatThrownBy(() -> load(calls, period, aht)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aGoalThatMakesNoSenseIsRefused() {
        assertThatThrownBy(() -> goal("101", 20)).hasMessageContaining("target must be 0 to 100 %, not 101 %");
        assertThatThrownBy(() -> goal("-5", 20)).hasMessageContaining("target must be 0 to 100 %");
        assertThatThrownBy(() -> goal("80", -1)).hasMessageContaining("threshold must be 0 s or more");
        assertThatThrownBy(() -> goal("80", 20).withMaxAsa(0.0)).hasMessageContaining("must be more than 0 s");
        assertThatThrownBy(() -> goal("80", 20).withMaxOccupancy(BigDecimal.ZERO))
                .hasMessageContaining("occupancy cap must be more than 0 and at most 1");
        assertThatThrownBy(() -> goal("80", 20).withMaxOccupancy(new BigDecimal("1.2")))
                .hasMessageContaining("occupancy cap must be more than 0 and at most 1, not 1.2");
        assertThatThrownBy(() -> new Staffing(load("100", "1800", "180"), goal("80", 20), 0.0, Shrinkage.NONE))
                .hasMessageContaining("caller patience must be more than 0 s");
    }
}
