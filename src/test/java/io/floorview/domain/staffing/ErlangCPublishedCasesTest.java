package io.floorview.domain.staffing;

import static io.floorview.domain.staffing.Published.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published Erlang C worked examples of shared/data/erlang/published-cases.md, each to the precision it
 * was published with (half a unit of its last digit). Blank cells were not published.
 */
class ErlangCPublishedCasesTest {

    @ParameterizedTest(name = "{0}: A = {1}, N = {2}")
    @CsvSource(nullValues = "", value = {
            // id,  A,     N,     AHT, t,    Pw,         SL,         ASA,     occupancy
            // Call Centre Helper "Erlang C Formula – Made Simple"; R package ErlangC; pyworkforce tests
            "E1,    10,    11,    180, 20,   0.6821182,  0.3896138,  122.78,  ",
            "E1,    10,    12,    180, 20,   0.4493882,  0.640158,   40.44,   ",
            "E1,    10,    13,    180, 20,   0.2852705,  0.7955948,  17.12,   ",
            "E1,    10,    14,    180, 20,   0.1741319,  0.88835,    7.8359,  0.7142857",
            // pyworkforce test_over_occupancy_erlangc
            "E2,    10,    15,    180, 19.8, 0.102,      0.941,      ,        0.667",
            // perehinik/call-center-tools tests
            "E4,    123,   132,   180, 20,   0.3211,     ,           ,        ",
            "E5,    12345, 12421, 180, 20,   0.3812,     ,           ,        ",
            "E6,    123,   130,   300, 20,   0.4244,     0.7339,     18.19,   0.946",
            // a public calculator's test file
            "E10,   10,    12,    300, 30,   0.44939,    0.63207,    ,        ",
            "E11,   0.2,   1,     60,  20,   ,           0.847,      ,        ",
            // derived: the right N in B(N, A); B(24, 20) gives 0.261
            "N1,    20,    25,    180, 20,   0.2091,     ,           ,        ",
    })
    void publishedCase(String id, double traffic, int agents, double aht, double t, String pw, String sl, String asa,
                       String occupancy) {
        QueueFigures f = new ErlangC(traffic, aht, t).evaluate(agents);

        assertThat(f.agents()).isEqualTo(agents);
        if (pw != null) {
            assertMatches(id + " probability of waiting", f.probabilityOfWaiting(), pw);
        }
        if (sl != null) {
            assertMatches(id + " service level", f.serviceLevel(), sl);
        }
        if (asa != null) {
            assertMatches(id + " ASA", f.asaSec(), asa);
        }
        if (occupancy != null) {
            assertMatches(id + " occupancy", f.occupancy(), occupancy);
        }
    }

    @Test
    void e10ErlangBOfTwelveAgentsUnderTenErlangs() {
        assertMatches("Erlang B", ErlangB.blocking(12, 10), "0.119739");
    }

    @Test
    void n1UsesErlangBOfNAgentsNotNMinusOne() {
        double right = ErlangC.probabilityOfWaiting(25, 20);
        double b24 = ErlangB.blocking(24, 20);
        double offByOne = 25 * b24 / (25 - 20 * (1 - b24));

        assertMatches("C(25, 20)", right, "0.2091");
        assertMatches("the off-by-one answer", offByOne, "0.261");
    }

    @ParameterizedTest(name = "A = {0}, N = {1}")
    @CsvSource({"1000, 900", "1, 1", "10, 10", "10.5, 10"})
    void e7UnstableQueuesWaitAlwaysAndHaveNoFiniteAsa(double traffic, int agents) {
        QueueFigures f = new ErlangC(traffic, 180, 20).evaluate(agents);

        assertThat(f.probabilityOfWaiting()).isEqualTo(1);
        assertThat(f.serviceLevel()).isZero();
        assertThat(f.asaSec()).isInfinite();
        assertThat(f.stable()).isFalse();
        assertThat(f.occupancy()).as("no agent is busier than all the time").isEqualTo(1);
        assertThat(ErlangC.probabilityOfWaiting(agents, traffic)).isEqualTo(1);
    }

    @Test
    void e5LargeTrafficStaysStableAcrossTheWholeRecursion() {
        double b = ErlangB.blocking(12421, 12345);

        assertThat(b).isBetween(0.0, 1.0);
        assertMatches("E5", ErlangC.probabilityOfWaiting(12421, 12345), "0.3812");
    }
}
