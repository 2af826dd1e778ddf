package io.floorview.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Settings a supervisor can type refuse what the figures cannot honour, saying why. */
class SettingsValidationTest {

    private static final ServiceLevelFormula SL = ServiceLevelFormula.SHORT_ABANDONS_EXCLUDED;
    private static final AbandonRateFormula AB = AbandonRateFormula.SHORT_ABANDONS_EXCLUDED;

    @ParameterizedTest(name = "threshold {0} s")
    @ValueSource(ints = {-1, 3601, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void aThresholdOutsideZeroToAnHourIsRefused(int threshold) {
        assertThatThrownBy(() -> new QueueSettings(threshold, 80, SL, AB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("service-level threshold must be 0..3600 seconds, not " + threshold);
    }

    @ParameterizedTest(name = "threshold {0} s")
    @ValueSource(ints = {0, 1, 20, 3600})
    void aThresholdFromZeroToAnHourIsAccepted(int threshold) {
        assertThat(new QueueSettings(threshold, 80, SL, AB).slThresholdSec()).isEqualTo(threshold);
    }

    @ParameterizedTest(name = "target {0} %")
    @ValueSource(doubles = {-0.1, 100.01, 250, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aTargetOutsideZeroToAHundredPercentIsRefused(double target) {
        assertThatThrownBy(() -> new QueueSettings(20, target, SL, AB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("service-level target must be 0..100 %, not " + target);
    }

    @ParameterizedTest(name = "target {0} %")
    @ValueSource(doubles = {0, 80, 99.5, 100})
    void aTargetFromZeroToAHundredPercentIsAccepted(double target) {
        assertThat(new QueueSettings(20, target, SL, AB).slTargetPercent()).isEqualTo(target);
    }

    @Test
    void withObjectiveChecksTheNewObjectiveToo() {
        assertThatThrownBy(() -> QueueSettings.DEFAULT.withObjective(7200, 80))
                .hasMessageContaining("threshold must be 0..3600 seconds, not 7200");
        assertThatThrownBy(() -> QueueSettings.DEFAULT.withObjective(20, 101))
                .hasMessageContaining("target must be 0..100 %, not 101.0");
    }

    @Test
    void aQueueNeedsBothFormulas() {
        assertThatThrownBy(() -> new QueueSettings(20, 80, null, AB))
                .isInstanceOf(NullPointerException.class).hasMessage("slFormula");
        assertThatThrownBy(() -> new QueueSettings(20, 80, SL, null))
                .isInstanceOf(NullPointerException.class).hasMessage("abandonFormula");
    }

    @Test
    void theDefaultsAreTwentySecondsAndEightyPercentWithTheDefaultFormulas() {
        assertThat(QueueSettings.DEFAULT).isEqualTo(new QueueSettings(20, 80, SL, AB));
        CenterSettings cs = CenterSettings.defaults(ZoneId.of("Europe/Rome"));
        assertThat(cs.shortAbandonSec()).isEqualTo(5);
        assertThat(cs.dayStart()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(cs.defaults()).isEqualTo(QueueSettings.DEFAULT);
        assertThat(cs.queues()).isEmpty();
    }

    @ParameterizedTest(name = "short abandon {0} s")
    @ValueSource(ints = {-1, 3601})
    void aShortAbandonThresholdOutsideZeroToAnHourIsRefused(int seconds) {
        assertThatThrownBy(() -> new CenterSettings(ZoneOffset.UTC, LocalTime.MIDNIGHT, seconds,
                QueueSettings.DEFAULT, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("short-abandon threshold must be 0..3600 seconds, not " + seconds);
    }

    @ParameterizedTest(name = "short abandon {0} s")
    @ValueSource(ints = {0, 5, 3600})
    void aShortAbandonThresholdFromZeroToAnHourIsAccepted(int seconds) {
        assertThatCode(() -> new CenterSettings(ZoneOffset.UTC, LocalTime.MIDNIGHT, seconds, QueueSettings.DEFAULT,
                Map.of())).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "missing {0}")
    @CsvSource({"zone", "dayStart", "defaults", "queues"})
    void theCenterNeedsEveryPart(String missing) {
        assertThatThrownBy(() -> new CenterSettings(
                missing.equals("zone") ? null : ZoneOffset.UTC,
                missing.equals("dayStart") ? null : LocalTime.MIDNIGHT,
                5,
                missing.equals("defaults") ? null : QueueSettings.DEFAULT,
                missing.equals("queues") ? null : Map.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage(missing);
    }

    @Test
    void withQueueKeepsTheOtherQueuesAndTheDefaults() {
        QueueSettings sales = QueueSettings.DEFAULT.withObjective(30, 90);
        QueueSettings support = QueueSettings.DEFAULT.withSlFormula(ServiceLevelFormula.ANSWERED_ONLY);

        CenterSettings cs = CenterSettings.defaults(ZoneOffset.UTC).withQueue("sales", sales).withQueue("support",
                support);

        assertThat(cs.queue("sales")).isEqualTo(sales);
        assertThat(cs.queue("support")).isEqualTo(support);
        assertThat(cs.queue("billing")).isEqualTo(QueueSettings.DEFAULT);
        assertThat(cs.hasOwnSettings("sales")).isTrue();
        assertThat(cs.hasOwnSettings("billing")).isFalse();
    }

    @Test
    void aDayStartsAtTheDayStartInTheCentersZone() {
        CenterSettings cs = new CenterSettings(ZoneId.of("Asia/Kolkata"), LocalTime.of(7, 0), 5,
                QueueSettings.DEFAULT, Map.of());

        // 07:00 in Kolkata (UTC+05:30) is 01:30 UTC
        assertThat(cs.dayStartMs(LocalDate.parse("2026-03-10")))
                .isEqualTo(java.time.Instant.parse("2026-03-10T01:30:00Z").toEpochMilli());
    }
}
