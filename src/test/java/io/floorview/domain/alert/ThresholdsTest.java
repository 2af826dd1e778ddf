package io.floorview.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdsTest {

    private final Thresholds t = Thresholds.DEFAULT;

    @ParameterizedTest
    @CsvSource({
        // waiting: warning at 5, critical at 10, band max(5 % of the level, 0.5)
        "WAITING, OK, 4, OK", "WAITING, OK, 5, WARNING", "WAITING, OK, 12, CRITICAL",
        "WAITING, WARNING, 4.6, WARNING", "WAITING, WARNING, 4, OK",
        "WAITING, CRITICAL, 9.6, CRITICAL", "WAITING, CRITICAL, 9, WARNING", "WAITING, CRITICAL, 2, OK",
        // service level: less is worse; warning below 80, critical below 70, band 4 / 3.5 points
        "SERVICE_LEVEL, OK, 80, OK", "SERVICE_LEVEL, OK, 79.9, WARNING", "SERVICE_LEVEL, OK, 60, CRITICAL",
        "SERVICE_LEVEL, WARNING, 82, WARNING", "SERVICE_LEVEL, WARNING, 84, OK",
        "SERVICE_LEVEL, CRITICAL, 72, CRITICAL", "SERVICE_LEVEL, CRITICAL, 74, WARNING",
        "SERVICE_LEVEL, CRITICAL, 90, OK"})
    void levelsRiseAtOnceAndFallOnlyPastTheBand(Metric m, AlertLevel was, double value, AlertLevel expected) {
        assertThat(t.next("*", m, was, value)).isEqualTo(expected);
    }

    @Test
    void aQueuesOwnLevelsWinOverTheDefaults() {
        Thresholds own = t.withQueue("sales", Metric.WAITING, new Threshold(2, 3));
        assertThat(own.of("sales", Metric.WAITING)).isEqualTo(new Threshold(2, 3));
        assertThat(own.of("billing", Metric.WAITING)).isEqualTo(new Threshold(5, 10));
        assertThat(own.withQueue("sales", Metric.WAITING, null).hasOwn("sales", Metric.WAITING)).isFalse();
    }

    @Test
    void levelsInTheWrongOrderAreRefusedWithAReason() {
        assertThatThrownBy(() -> t.withDefault(Metric.WAITING, new Threshold(10, 5)))
                .hasMessage("the critical level must not be below the warning level");
        assertThatThrownBy(() -> t.withDefault(Metric.SERVICE_LEVEL, new Threshold(70, 80)))
                .hasMessage("the critical level must not be above the warning level");
    }
}
