package io.floorview.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Within T" is {@code wait <= T}, "before S" is {@code wait < S}, both to the millisecond. */
class WaitHistogramTest {

    private static WaitHistogram of(long... waitsMs) {
        WaitHistogram h = new WaitHistogram();
        for (long w : waitsMs) {
            h.add(w);
        }
        return h;
    }

    @ParameterizedTest(name = "a wait of {0} ms: within {1} s = {2}, below {1} s = {3}, above {1} s = {4}")
    @CsvSource({
            // waitMs, seconds, atMost, below, above
            // exactly T counts as within T, and is not above it
            "20000,   20, 1, 0, 0",
            // one millisecond over T is out
            "20001,   20, 0, 0, 1",
            // one millisecond under T is in, and below it
            "19999,   20, 1, 1, 0",
            // exactly S is NOT a short abandon (wait < S); 4.999 s is
            "5000,     5, 1, 0, 0",
            "4999,     5, 1, 1, 0",
            "5001,     5, 0, 0, 1",
            // sub-second waits: 0 ms is within 0 s; 1 ms already is not
            "0,        0, 1, 0, 0",
            "1,        0, 0, 0, 1",
            "1,        1, 1, 1, 0",
            "999,      1, 1, 1, 0",
            "1000,     1, 1, 0, 0",
            // a negative wait (clock skew between phone-system hosts) reads as 0
            "-250,     0, 1, 0, 0",
            // the last whole second the histogram keeps apart
            "3599999, 3600, 1, 1, 0",
            "3600000, 3600, 1, 0, 0",
            // over an hour: 1 h 0 min 0.001 s is more than 3600 s
            "3600001, 3600, 0, 0, 1",
            // two hours is neither within an hour nor below it
            "7200000, 3600, 0, 0, 1",
            "7200000,   20, 0, 0, 1",
    })
    void oneWaitAgainstOneThreshold(long waitMs, int seconds, long atMost, long below, long above) {
        WaitHistogram h = of(waitMs);

        assertThat(h.countAtMost(seconds)).as("countAtMost(%d)", seconds).isEqualTo(atMost);
        assertThat(h.countBelow(seconds)).as("countBelow(%d)", seconds).isEqualTo(below);
        assertThat(h.countAbove(seconds)).as("countAbove(%d)", seconds).isEqualTo(above);
        assertThat(h.count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "of 0.3 s, 4.999 s, 5 s, 20 s, 20.001 s, 59 min, 2 h: within {0} s = {1}, below = {2}")
    @CsvSource({
            // seconds, atMost, below, above = 7 - atMost
            "0,    0, 0, 7",
            // 0.3 s
            "1,    1, 1, 6",
            // 0.3, 4.999, 5 within; only 0.3 and 4.999 below
            "5,    3, 2, 4",
            // + 20 within; 5 now below too (5 < 20) but 20 is not
            "20,   4, 3, 3",
            // + 20.001 s
            "21,   5, 5, 2",
            // + 59 min = 3540 s; below 3600 as well
            "3600, 6, 6, 1",
    })
    void manyWaitsAgainstEachThreshold(int seconds, long atMost, long below, long above) {
        WaitHistogram h = of(300, 4_999, 5_000, 20_000, 20_001, 3_540_000, 7_200_000);

        assertThat(h.countAtMost(seconds)).isEqualTo(atMost);
        assertThat(h.countBelow(seconds)).isEqualTo(below);
        assertThat(h.countAbove(seconds)).isEqualTo(above);
    }

    @Test
    void addAllSumsBothHistogramsAndClearEmptiesThem() {
        // 3 s and 25 s, plus 10 s and 2 h
        WaitHistogram a = of(3_000, 25_000);
        WaitHistogram b = of(10_000, 7_200_000);

        a.addAll(b);

        assertThat(a.count()).isEqualTo(4);
        // 3 s and 10 s within 20 s
        assertThat(a.countAtMost(20)).isEqualTo(2);
        // only 2 h is above an hour
        assertThat(a.countAbove(3600)).isEqualTo(1);
        // only 3 s below 5 s
        assertThat(a.countBelow(5)).isEqualTo(1);

        a.clear();
        assertThat(a.count()).isZero();
        assertThat(a.countAtMost(3600)).isZero();
        assertThat(a.countAbove(0)).isZero();
    }

    @Test
    void aThresholdPastAnHourIsRefusedRatherThanGuessed() {
        // beyond 3600 s the histogram no longer knows the waits by second: 2 h and 1 h 30 min share a bucket
        WaitHistogram h = of(5_400_000, 7_200_000);

        assertThatThrownBy(() -> h.countAtMost(6_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("up to 3600 s");
        assertThatThrownBy(() -> h.countBelow(3_601)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> h.countAbove(3_601)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeThresholdCountsNothingWithinAndEverythingAbove() {
        WaitHistogram h = of(0, 1_500);

        assertThat(h.countAtMost(-1)).isZero();
        assertThat(h.countBelow(-1)).isZero();
        assertThat(h.countAbove(-1)).isEqualTo(2);
    }

    @Test
    void anEmptyHistogramCountsNothing() {
        WaitHistogram h = new WaitHistogram();

        assertThat(h.countAtMost(20)).isZero();
        assertThat(h.countBelow(5)).isZero();
        assertThat(h.countAbove(20)).isZero();
    }
}
