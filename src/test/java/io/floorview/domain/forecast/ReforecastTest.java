package io.floorview.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scaling the rest of the day by how far the morning ran from its forecast. */
class ReforecastTest {

    private static IntervalForecast calls(double offered) {
        return new IntervalForecast(offered, 180.0, 6, List.of());
    }

    @Test
    void theMorningRanTwelvePercentOverSoTheAfternoonIsRaisedTwelvePercent() {
        List<IntervalForecast> day = List.of(calls(100), calls(120), calls(140), calls(90));
        double percent = Reforecast.observedPercent(100 + 120, 246.4);

        assertThat(percent).isCloseTo(12, within(1e-9));
        List<IntervalForecast> again = Reforecast.byPercent(day, 2, percent);
        assertThat(again.get(0)).as("past intervals keep their forecast").isEqualTo(day.get(0));
        assertThat(again.get(1)).isEqualTo(day.get(1));
        assertThat(again.get(2).offered()).isCloseTo(156.8, within(1e-9));
        assertThat(again.get(3).offered()).isCloseTo(100.8, within(1e-9));
        assertThat(again.get(3).ahtSec()).as("handle time stays").isEqualTo(180.0);
    }

    @Test
    void aQuietMorningLowersTheRest() {
        List<IntervalForecast> again = Reforecast.byPercent(List.of(calls(100), calls(50)), 0, -20);

        assertThat(again.get(0).offered()).isCloseTo(80, within(1e-9));
        assertThat(again.get(1).offered()).isCloseTo(40, within(1e-9));
    }

    @Test
    void nothingForecastSoFarGivesNoChange() {
        assertThat(Reforecast.observedPercent(0, 12)).isZero();
    }

    @Test
    void impossibleChangesAreRefused() {
        assertThatThrownBy(() -> Reforecast.byPercent(List.of(calls(10)), 0, -150))
                .hasMessageContaining("−100 % or more");
        assertThatThrownBy(() -> Reforecast.byPercent(List.of(calls(10)), 2, 10))
                .hasMessageContaining("first interval to reforecast must be 0 to 1");
        assertThatThrownBy(() -> Reforecast.observedPercent(-1, 5)).hasMessageContaining("0 or more");
    }
}
