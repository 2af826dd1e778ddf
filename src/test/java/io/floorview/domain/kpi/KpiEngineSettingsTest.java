package io.floorview.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Settings change today's figures at once, because the engine keeps waits by the second rather than a count
 * for one threshold. Uses the shared set of {@link KpiEngineFormulasTest}: answered after 0.4, 3, 8, 12, 15,
 * 19.999, 20, 20.001, 45, 90 s; abandoned after 4.999, 5, 40 s; 2 overflowed.
 */
class KpiEngineSettingsTest {

    private static final CenterSettings UTC = CenterSettings.defaults(ZoneOffset.UTC);

    private static CallFigures sales(Timeline t) {
        return t.snapshot().queue("sales").orElseThrow().today();
    }

    @ParameterizedTest(name = "T = {0} s: {1}/{2}")
    @CsvSource({
            // A≤T over A + Ab − ShortAb = 12
            // no wait is 0 ms
            "0,    0, 12",
            // 0.4, 3, 8
            "10,   3, 12",
            // the default: 7 (20 s exactly counts)
            "20,   7, 12",
            // + 20.001, 45
            "45,   9, 12",
            // every answer
            "3600, 10, 12",
    })
    void changingAQueuesThresholdChangesTodaysServiceLevelAtOnce(int threshold, long num, long den) {
        Timeline t = KpiEngineFormulasTest.sharedSet(UTC).at("10:00");
        assertThat(sales(t).serviceLevel()).isCloseTo(7.0 / 12, within(1e-12));

        t.engine().setSettings(UTC.withQueue("sales", QueueSettings.DEFAULT.withObjective(threshold, 80)), t.now());

        assertThat(sales(t).serviceLevel()).isCloseTo((double) num / den, within(1e-12));
        assertThat(t.snapshot().queue("sales").orElseThrow().settings().slThresholdSec()).isEqualTo(threshold);
    }

    @Test
    void changingAQueuesFormulaChangesTodaysServiceLevelAtOnce() {
        Timeline t = KpiEngineFormulasTest.sharedSet(UTC).at("10:00");

        t.engine().setSettings(UTC.withQueue("sales",
                QueueSettings.DEFAULT.withSlFormula(ServiceLevelFormula.ABANDONS_WITHIN_T_MET)), t.now());

        // (A≤T + Ab≤T) / (A + Ab) = (7 + 2) / 13
        assertThat(sales(t).serviceLevel()).isCloseTo(9.0 / 13, within(1e-12));
        // the counts did not move
        assertThat(sales(t).offered()).isEqualTo(15);
    }

    @Test
    void changingTheShortAbandonThresholdChangesShortAbandonsAtOnce() {
        Timeline t = KpiEngineFormulasTest.sharedSet(UTC).at("10:00");

        t.engine().setSettings(new CenterSettings(ZoneOffset.UTC, LocalTime.MIDNIGHT, 10, QueueSettings.DEFAULT,
                Map.of()), t.now());

        // S = 10 s: 4.999 s and 5 s are short now
        assertThat(sales(t).shortAbandoned()).isEqualTo(2);
        // 7 / (10 + 3 − 2) = 7/11
        assertThat(sales(t).serviceLevel()).isCloseTo(7.0 / 11, within(1e-12));
        // (3 − 2) / (15 − 2) = 1/13
        assertThat(sales(t).abandonRate()).isCloseTo(1.0 / 13, within(1e-12));
    }

    @Test
    void theObjectiveAnnouncedByThePhoneSystemAppliesToAQueueWithoutItsOwnSettings() {
        Timeline t = KpiEngineFormulasTest.sharedSet(UTC);
        // the phone system says: sales aims at 90 % within 45 s
        t.at("09:30").configured("sales", "Sales line", 45, 90);
        t.at("09:31").entered("s1", "support");
        t.at("09:31:30").answered("s1", "support", "bob");

        FloorSnapshot s = t.snapshotAt("10:00");

        QueueKpis sales = s.queue("sales").orElseThrow();
        assertThat(sales.name()).isEqualTo("Sales line");
        assertThat(sales.settings().slThresholdSec()).isEqualTo(45);
        assertThat(sales.settings().slTargetPercent()).isEqualTo(90.0);
        // the formulas stay the supervisor's defaults
        assertThat(sales.settings().slFormula()).isEqualTo(ServiceLevelFormula.SHORT_ABANDONS_EXCLUDED);
        // A≤45 = 9 → 9 / 12
        assertThat(sales.today().serviceLevel()).isCloseTo(9.0 / 12, within(1e-12));
        // support announced nothing: defaults, 20 s; 30 s wait → 0 / 1
        QueueKpis support = s.queue("support").orElseThrow();
        assertThat(support.settings()).isEqualTo(QueueSettings.DEFAULT);
        assertThat(support.name()).isEqualTo("support");
        assertThat(support.today().serviceLevel()).isEqualTo(0.0);
        // all queues use the defaults, 20 s: A = 10 + 1, A≤T = 7 + 0 → 7 / (11 + 3 − 1) = 7/13
        assertThat(s.center().settings()).isEqualTo(QueueSettings.DEFAULT);
        assertThat(s.center().today().serviceLevel()).isCloseTo(7.0 / 13, within(1e-12));
    }

    @Test
    void theSupervisorsOwnQueueSettingsWinOverTheAnnouncedObjective() {
        Timeline t = KpiEngineFormulasTest.sharedSet(UTC);
        t.at("09:30").configured("sales", "Sales line", 45, 90);
        t.engine().setSettings(UTC.withQueue("sales", QueueSettings.DEFAULT.withObjective(10, 70)), t.now());
        // announced again later: still the supervisor's
        t.at("09:40").configured("sales", "Sales line", 30, 95);

        QueueKpis sales = t.snapshotAt("10:00").queue("sales").orElseThrow();

        assertThat(sales.settings().slThresholdSec()).isEqualTo(10);
        assertThat(sales.settings().slTargetPercent()).isEqualTo(70.0);
        // 0.4, 3, 8 within 10 s → 3 / 12
        assertThat(sales.today().serviceLevel()).isCloseTo(3.0 / 12, within(1e-12));
        assertThat(t.engine().settingsOf("sales").slThresholdSec()).isEqualTo(10);
    }

    @Test
    void aNewDefaultFormulaAppliesToQueuesFollowingTheAnnouncedObjective() {
        Timeline t = KpiEngineFormulasTest.sharedSet(UTC);
        t.at("09:30").configured("sales", "Sales line", 45, 90);

        // the supervisor switches the center's default formula to "answered only"
        QueueSettings answeredOnly = QueueSettings.DEFAULT.withSlFormula(ServiceLevelFormula.ANSWERED_ONLY);
        t.engine().setSettings(new CenterSettings(ZoneOffset.UTC, LocalTime.MIDNIGHT, 5, answeredOnly, Map.of()),
                t.now());

        QueueKpis sales = t.snapshotAt("10:00").queue("sales").orElseThrow();
        // the announced objective stays, the formula follows the defaults: A≤45 / A = 9 / 10
        assertThat(sales.settings()).isEqualTo(answeredOnly.withObjective(45, 90));
        assertThat(sales.today().serviceLevel()).isCloseTo(9.0 / 10, within(1e-12));
    }

    @Test
    void anAnnouncedObjectiveTheConsoleCannotUseIsIgnoredAndDoesNotStopTheFeed() {
        Timeline t = KpiEngineFormulasTest.sharedSet(UTC);
        t.at("09:30").configured("sales", "Sales line", 45, 90);
        // two hours is beyond what the console can measure, 150 % is no target: keep 45 s / 90 %
        t.at("09:31").configured("sales", "Sales", 7_200, 80);
        t.at("09:32").configured("sales", null, 30, 150);
        t.at("09:33").entered("s1", "sales");

        FloorSnapshot s = t.snapshotAt("10:00");

        QueueKpis sales = s.queue("sales").orElseThrow();
        assertThat(sales.settings().slThresholdSec()).isEqualTo(45);
        assertThat(sales.settings().slTargetPercent()).isEqualTo(90.0);
        // the name still follows the phone system
        assertThat(sales.name()).isEqualTo("Sales");
        // and the events after them were taken in
        assertThat(sales.waiting()).isEqualTo(1);
        assertThat(sales.today().offered()).isEqualTo(16);
    }

    @Test
    void aNewTimeZoneThatMovesTheDayStartsANewDay() {
        Timeline t = Timeline.utc("2026-03-10").at("20:00");
        t.start(UTC);
        t.at("23:00").entered("c1", "sales");
        t.at("23:00:10").answered("c1", "sales", "ann");
        t.at("23:30");

        // 23:30 UTC is 08:30 on the 11th in Tokyo
        t.engine().setSettings(CenterSettings.defaults(ZoneId.of("Asia/Tokyo")), t.now());

        FloorSnapshot s = t.snapshot();
        assertThat(s.day()).isEqualTo(LocalDate.parse("2026-03-11"));
        assertThat(s.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(s.center().today().answered()).isZero();
    }

    @Test
    void aNewDayStartThatKeepsTheDayKeepsItsCounts() {
        Timeline t = Timeline.utc("2026-03-10").at("07:00");
        t.start(UTC);
        t.at("09:00").entered("c1", "sales");
        t.at("09:00:10").answered("c1", "sales", "ann");
        t.at("10:00");

        // 10:00 is still the 10th with a 06:00 day start
        t.engine().setSettings(new CenterSettings(ZoneOffset.UTC, LocalTime.of(6, 0), 5, QueueSettings.DEFAULT,
                Map.of()), t.now());

        FloorSnapshot s = t.snapshot();
        assertThat(s.day()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(s.center().today().answered()).isEqualTo(1);
        // and the day now ends at 06:00 on the 11th
        assertThat(t.snapshotAt("2026-03-11T05:59").day()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(t.snapshotAt("2026-03-11T06:00").day()).isEqualTo(LocalDate.parse("2026-03-11"));
    }
}
