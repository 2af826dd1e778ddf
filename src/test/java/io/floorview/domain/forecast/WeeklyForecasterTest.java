package io.floorview.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The weighted mean of the same interval over the last N weeks, with missing weeks and outliers set aside. */
class WeeklyForecasterTest {

    /** A week with {@code offered} calls, all handled in {@code aht} seconds each. */
    private static WeekCounts week(int weeksAgo, long offered, double aht) {
        return new WeekCounts(weeksAgo, offered, offered, offered * aht);
    }

    @Test
    void theSameWeekAfterWeekForecastsItself() {
        List<WeekCounts> history = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            history.add(week(k, 120, 200));
        }
        IntervalForecast f = new WeeklyForecaster(6).forecast(history).orElseThrow();

        assertThat(f.offered()).isCloseTo(120, within(1e-12));
        assertThat(f.ahtSec()).isCloseTo(200, within(1e-12));
        assertThat(f.weeksUsed()).isEqualTo(6);
        assertThat(f.outlierWeeks()).isEmpty();
    }

    @Test
    void recentWeeksWeighMore() {
        // weights 3, 2, 1: (3·30 + 2·20 + 1·10) / 6
        IntervalForecast f = new WeeklyForecaster(3)
                .forecast(List.of(week(1, 30, 100), week(2, 20, 100), week(3, 10, 100))).orElseThrow();

        assertThat(f.offered()).isCloseTo(140.0 / 6, within(1e-12));
    }

    @Test
    void aMissingWeekIsLeftOutNotCountedAsZeroCalls() {
        // week 2 missing: (3·30 + 1·10) / (3 + 1)
        IntervalForecast f = new WeeklyForecaster(3).forecast(List.of(week(1, 30, 100), week(3, 10, 100))).orElseThrow();

        assertThat(f.offered()).isCloseTo(25, within(1e-12));
        assertThat(f.weeksUsed()).isEqualTo(2);
    }

    @Test
    void weeksOlderThanTheWindowAreIgnored() {
        IntervalForecast f = new WeeklyForecaster(2)
                .forecast(List.of(week(1, 40, 100), week(2, 40, 100), week(3, 4000, 100))).orElseThrow();

        assertThat(f.offered()).isCloseTo(40, within(1e-12));
        assertThat(f.weeksUsed()).isEqualTo(2);
    }

    @Test
    void anOutlierWeekIsSetAsideAndNamed() {
        // four weeks ago a storm: 500 calls against about 100
        List<WeekCounts> history = List.of(week(1, 100, 180), week(2, 104, 180), week(3, 98, 180), week(4, 500, 600),
                week(5, 101, 180), week(6, 99, 180));
        IntervalForecast f = new WeeklyForecaster(6).forecast(history).orElseThrow();

        double expected = (6 * 100 + 5 * 104 + 4 * 98 + 2 * 101 + 1 * 99) / 18.0;
        assertThat(f.offered()).isCloseTo(expected, within(1e-12));
        assertThat(f.ahtSec()).as("the storm's long calls are set aside with it").isCloseTo(180, within(1e-9));
        assertThat(f.outlierWeeks()).containsExactly(4);
        assertThat(f.weeksUsed()).isEqualTo(5);
    }

    @Test
    void ordinaryNoiseIsNeverAnOutlier() {
        // counts near 9 wobble by about √9 = 3 from week to week; none of these is unusual
        List<WeekCounts> history = List.of(week(1, 9, 100), week(2, 9, 100), week(3, 9, 100), week(4, 9, 100),
                week(5, 16, 100), week(6, 3, 100));
        IntervalForecast f = new WeeklyForecaster(6).forecast(history).orElseThrow();

        assertThat(f.outlierWeeks()).isEmpty();
    }

    @Test
    void withFewerThanFourWeeksNothingIsCalledAnOutlier() {
        IntervalForecast f = new WeeklyForecaster(6)
                .forecast(List.of(week(1, 100, 100), week(2, 100, 100), week(3, 900, 100))).orElseThrow();

        assertThat(f.outlierWeeks()).isEmpty();
        assertThat(f.offered()).isCloseTo((6 * 100 + 5 * 100 + 4 * 900) / 15.0, within(1e-12));
    }

    @Test
    void ahtIsWeightedByTheCallsHandledNotAveragedWeekByWeek() {
        // last week 100 calls of 300 s, the week before 10 calls of 100 s; weights 2 and 1
        IntervalForecast f = new WeeklyForecaster(2)
                .forecast(List.of(week(1, 100, 300), week(2, 10, 100))).orElseThrow();

        assertThat(f.ahtSec()).isCloseTo((2 * 100 * 300.0 + 10 * 100.0) / (2 * 100 + 10), within(1e-9));
    }

    @Test
    void noHistoryNoForecast() {
        assertThat(new WeeklyForecaster(6).forecast(List.of())).isEmpty();
        assertThat(new WeeklyForecaster(2).forecast(List.of(week(5, 10, 100)))).isEmpty();
        IntervalForecast quiet = new WeeklyForecaster(2).forecast(List.of(week(1, 0, 0))).orElseThrow();
        assertThat(quiet.offered()).isZero();
        assertThat(quiet.ahtSec()).as("no call handled, no handle time to forecast").isNull();
    }

    @Test
    void aDayIsForecastIntervalByInterval() {
        var day = new WeeklyForecaster(2).forecastDay(List.of(
                List.of(week(1, 10, 100), week(2, 10, 100)),
                List.of(),
                List.of(week(1, 30, 120))));

        assertThat(day).hasSize(3);
        assertThat(day.get(0).orElseThrow().offered()).isCloseTo(10, within(1e-12));
        assertThat(day.get(1)).isEmpty();
        assertThat(day.get(2).orElseThrow().ahtSec()).isCloseTo(120, within(1e-12));
    }

    @Test
    void badHistoryIsRefused() {
        WeeklyForecaster f = new WeeklyForecaster(6);
        assertThatThrownBy(() -> f.forecast(List.of(week(1, 10, 100), week(1, 12, 100))))
                .hasMessageContaining("week 1 ago is given twice");
        assertThatThrownBy(() -> week(0, 10, 100)).hasMessageContaining("weeksAgo must be 1");
        assertThatThrownBy(() -> new WeekCounts(1, -1, 0, 0)).hasMessageContaining("call counts must be 0 or more");
        assertThatThrownBy(() -> new WeekCounts(1, 1, 0, 50)).hasMessageContaining("0 s with no call handled");
        assertThatThrownBy(() -> new WeeklyForecaster(0)).hasMessageContaining("look back 1 to 52 weeks");
    }
}
