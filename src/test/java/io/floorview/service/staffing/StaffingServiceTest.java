package io.floorview.service.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.staffing.Shrinkage;
import io.floorview.domain.staffing.StaffingGoal;
import io.floorview.service.staffing.StaffingService.IntervalLoad;
import io.floorview.store.ForecastEditStore;
import io.floorview.domain.forecast.ForecastEdit;
import io.floorview.store.RollupCoverage;
import io.floorview.store.RollupStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day's forecast from a real cache filled with known calls, hand-checked; edits; staffing per interval. */
class StaffingServiceTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23); // a Monday
    private static final int SLOT_0900 = 36; // 09:00 in 15-minute intervals from midnight
    private static final StaffingParameters P8020 = new StaffingParameters(StaffingGoal.serviceLevel(80, 20), null,
            Shrinkage.NONE);

    @TempDir
    Path dir;

    private static long at(LocalDate d, int h, int m, ZoneId zone) {
        return d.atTime(h, m).atZone(zone).toInstant().toEpochMilli();
    }

    private static StaffingService service(ForecastCache cache, CenterSettings settings, long nowMs,
                                           ScheduledAgents scheduled) {
        return new StaffingService(new RollupStore(cache.db), new RollupCoverage(cache.db),
                new ForecastEditStore(cache.db), settings, () -> nowMs, scheduled, 6);
    }

    /** Three Mondays in the cache at 09:00: 10, 8 and 6 calls of 120, 150 and 100 s; and today so far. */
    private ForecastCache threeMondays() {
        ForecastCache cache = new ForecastCache(dir, CenterSettings.defaults(UTC), at(DAY.minusWeeks(3), 0, 0, UTC));
        cache.block(at(DAY.minusWeeks(3), 9, 0, UTC), "sales", 6, 80, 20)
                .block(at(DAY.minusWeeks(2), 9, 0, UTC), "sales", 8, 130, 20)
                .block(at(DAY.minusWeeks(1), 9, 0, UTC), "sales", 10, 100, 20)
                .block(at(DAY.minusWeeks(1), 9, 2, UTC), "support", 50, 60, 0)
                .block(at(DAY, 9, 0, UTC), "sales", 12, 100, 20);
        return cache;
    }

    @Test
    void forecastsFromTheSameWeekdayWeightedByRecencyAndSaysHowManyWeeksItHad() {
        try (ForecastCache cache = threeMondays()) {
            StaffingService s = service(cache, CenterSettings.defaults(UTC), at(DAY, 12, 0, UTC), null);
            DayForecast f = s.forecast(DAY, new QueueSelection(List.of("sales")), 15);

            assertThat(f.rows()).hasSize(96);
            ForecastRow nine = f.rows().get(SLOT_0900);
            assertThat(nine.startMs()).isEqualTo(at(DAY, 9, 0, UTC));
            // weights 6, 5, 4 for 1, 2, 3 weeks ago: (6·10 + 5·8 + 4·6) / 15 = 124 / 15 = 8.27
            assertThat(nine.history().offered()).isCloseTo(124.0 / 15, within(1e-12));
            assertThat(nine.calls()).isEqualByComparingTo("8.3");
            // handle time 6·1200 + 5·1200 + 4·600 = 15600 s over 6·10 + 5·8 + 4·6 = 124 calls = 125.8 s
            assertThat(nine.history().ahtSec()).isCloseTo(15600.0 / 124, within(1e-9));
            assertThat(nine.ahtSec()).isEqualByComparingTo("126");
            assertThat(nine.history().weeksUsed()).isEqualTo(3);
            assertThat(nine.actualOffered()).isEqualTo(12);
            // no rollup at 09:15 in any week: no forecast, not a forecast of zero
            assertThat(f.rows().get(SLOT_0900 + 1).history()).isNull();
            assertThat(f.rows().get(SLOT_0900 + 1).calls()).isNull();

            assertThat(f.basis()).isEqualTo(new HistoryBasis(HistoryBasis.Method.SAME_WEEKDAY, 3, 6,
                    at(DAY.minusWeeks(3), 9, 0, UTC)));
            assertThat(f.basis().complete()).isFalse();
            assertThat(f.firstOpenSlot()).isEqualTo(48); // 12:00
            assertThat(f.observedPercent()).isCloseTo((12 / 8.3 - 1) * 100, within(1e-9));
            assertThat(s.queues(DAY)).containsExactly("sales", "support");
        }
    }

    @Test
    void thirtyMinuteIntervalsAndTheWholeCenterAddUpTheBuckets() {
        try (ForecastCache cache = threeMondays()) {
            StaffingService s = service(cache, CenterSettings.defaults(UTC), at(DAY, 12, 0, UTC), null);
            DayForecast half = s.forecast(DAY, new QueueSelection(List.of("sales")), 30);
            assertThat(half.rows()).hasSize(48);
            assertThat(half.rows().get(18).calls()).isEqualByComparingTo("8.3");

            // the center: last week's 50 support calls join the 10 sales calls → (6·60 + 5·8 + 4·6) / 15 = 28.27
            DayForecast all = s.forecast(DAY, QueueSelection.allQueues(), 15);
            assertThat(all.rows().get(SLOT_0900).calls()).isEqualByComparingTo("28.3");
            DayForecast both = s.forecast(DAY, new QueueSelection(List.of("support", "sales")), 15);
            assertThat(both.rows().get(SLOT_0900).calls()).isEqualByComparingTo("28.3");
            assertThat(both.queues().key()).isEqualTo("sales,support");
        }
    }

    @Test
    void withoutAnEarlierSameWeekdayItFallsBackToTheLastDays() {
        try (ForecastCache cache = new ForecastCache(dir, CenterSettings.defaults(UTC), at(DAY.minusDays(2), 0, 0, UTC))) {
            cache.block(at(DAY.minusDays(2), 9, 0, UTC), "sales", 4, 100, 20)
                    .block(at(DAY.minusDays(1), 9, 0, UTC), "sales", 10, 100, 20);
            StaffingService s = service(cache, CenterSettings.defaults(UTC), at(DAY, 8, 0, UTC), null);
            DayForecast f = s.forecast(DAY, QueueSelection.allQueues(), 15);

            assertThat(f.basis().method()).isEqualTo(HistoryBasis.Method.RECENT_DAYS);
            assertThat(f.basis().periodsUsed()).isEqualTo(2);
            // yesterday weighs 6, the day before 5: (6·10 + 5·4) / 11 = 7.27
            assertThat(f.rows().get(SLOT_0900).calls()).isEqualByComparingTo("7.3");
            assertThat(f.rows().get(SLOT_0900).ahtSec()).isEqualByComparingTo("120");
            assertThat(f.observedPercent()).isNull();
        }
    }

    @Test
    void anEmptyCacheGivesEveryIntervalWithoutAForecastAndSaysWhy() {
        try (ForecastCache cache = new ForecastCache(dir, CenterSettings.defaults(UTC), at(DAY, 0, 0, UTC))) {
            StaffingService s = service(cache, CenterSettings.defaults(UTC), at(DAY, 8, 0, UTC), null);
            DayForecast f = s.forecast(DAY, QueueSelection.allQueues(), 30);
            assertThat(f.basis()).isEqualTo(new HistoryBasis(HistoryBasis.Method.NONE, 0, 6, null));
            assertThat(f.rows()).hasSize(48).allSatisfy(r -> assertThat(r.calls()).isNull());
            assertThat(s.staff(StaffingService.loads(f), 30, P8020))
                    .allSatisfy(i -> assertThat(i.gap()).isEqualTo(IntervalStaffing.Gap.NO_FORECAST));
        }
    }

    @Test
    void editsAreSavedReadBackAndRemovedAndABadSaveWritesNothing() {
        try (ForecastCache cache = threeMondays()) {
            StaffingService s = service(cache, CenterSettings.defaults(UTC), at(DAY, 12, 0, UTC), null);
            QueueSelection sales = new QueueSelection(List.of("sales"));
            s.saveEdits(DAY, sales, 15, Map.of(SLOT_0900, new ForecastEdit(new BigDecimal("20"), null),
                    40, new ForecastEdit(new BigDecimal("5.5"), new BigDecimal("200"))));

            DayForecast f = s.forecast(DAY, sales, 15);
            assertThat(f.rows().get(SLOT_0900).calls()).isEqualByComparingTo("20");
            assertThat(f.rows().get(SLOT_0900).ahtSec()).isEqualByComparingTo("126"); // still the history's
            assertThat(f.rows().get(40).calls()).isEqualByComparingTo("5.5");
            assertThat(f.rows().get(40).ahtSec()).isEqualByComparingTo("200");
            // edits belong to their queues and interval length
            assertThat(s.forecast(DAY, QueueSelection.allQueues(), 15).rows().get(40).calls()).isNull();
            assertThat(s.forecast(DAY, sales, 30).rows().get(20).calls()).isNull();

            assertThatThrownBy(() -> s.saveEdits(DAY, sales, 15, Map.of(SLOT_0900, new ForecastEdit(null, null),
                    96, new ForecastEdit(BigDecimal.ONE, null)))).isInstanceOf(IllegalArgumentException.class);
            assertThat(s.forecast(DAY, sales, 15).rows().get(SLOT_0900).calls()).isEqualByComparingTo("20");

            s.saveEdits(DAY, sales, 15, Map.of(SLOT_0900, new ForecastEdit(null, null)));
            assertThat(s.forecast(DAY, sales, 15).rows().get(SLOT_0900).calls()).isEqualByComparingTo("8.3");
        }
    }

    @Test
    void staffsEachIntervalOrSaysWhyNot() {
        try (ForecastCache cache = threeMondays()) {
            StaffingService s = service(cache, CenterSettings.defaults(UTC), at(DAY, 12, 0, UTC), null);
            List<IntervalStaffing> r = s.staff(List.of(
                    new IntervalLoad(0, new BigDecimal("100"), new BigDecimal("180")),
                    new IntervalLoad(1, new BigDecimal("3"), null),
                    new IntervalLoad(2, BigDecimal.ZERO, null),
                    new IntervalLoad(3, null, null)), 30,
                    new StaffingParameters(StaffingGoal.serviceLevel(80, 20), null, new Shrinkage(new BigDecimal("0.30"))));
            // the published case E1: 14 agents, 20 to schedule
            assertThat(r.get(0).agents()).isEqualTo(14);
            assertThat(r.get(0).scheduledHeads()).isEqualTo(20);
            assertThat(r.get(1).gap()).isEqualTo(IntervalStaffing.Gap.NO_AHT);
            assertThat(r.get(2).agents()).isZero();
            assertThat(r.get(3).gap()).isEqualTo(IntervalStaffing.Gap.NO_FORECAST);

            List<IntervalStaffing> a = s.staff(List.of(new IntervalLoad(0, new BigDecimal("100"), new BigDecimal("180"))),
                    30, new StaffingParameters(StaffingGoal.serviceLevel(80, 20), 60.0, Shrinkage.NONE));
            assertThat(a.get(0).agents()).isEqualTo(12); // Erlang A, patience 60 s (docs/staffing.md)
        }
    }

    @Test
    void asksTheScheduleForTheDaysIntervals() {
        try (ForecastCache cache = threeMondays()) {
            List<Object> asked = new ArrayList<>();
            ScheduledAgents fake = (start, interval, count, queues) -> {
                asked.add(queues);
                asked.add(start);
                asked.add(interval);
                asked.add(count);
                return Optional.of(new double[count]);
            };
            StaffingService s = service(cache, CenterSettings.defaults(UTC), at(DAY, 12, 0, UTC), fake);
            assertThat(s.scheduledAgents(DAY, new QueueSelection(List.of("sales")), 30)).hasValueSatisfying(v -> assertThat(v).hasSize(48));
            assertThat(asked).containsExactly(java.util.Set.of("sales"), Instant.ofEpochMilli(at(DAY, 0, 0, UTC)), Duration.ofMinutes(30), 48);
            assertThat(service(cache, CenterSettings.defaults(UTC), 0, null).scheduledAgents(DAY, QueueSelection.allQueues(), 30)).isEmpty();
        }
    }

    @Test
    void onTheDayTheClocksGoBackHistoryFollowsTheLocalClock() {
        ZoneId rome = ZoneId.of("Europe/Rome");
        LocalDate back = LocalDate.of(2026, 10, 25); // 25 hours: clocks go from 03:00 back to 02:00
        CenterSettings settings = new CenterSettings(rome, LocalTime.MIDNIGHT, 5,
                CenterSettings.defaults(rome).defaults(), Map.of());
        try (ForecastCache cache = new ForecastCache(dir, settings, at(back.minusWeeks(1), 0, 0, rome))) {
            cache.block(at(back.minusWeeks(1), 9, 0, rome), "sales", 7, 100, 20);
            StaffingService s = service(cache, settings, at(back, 0, 0, rome), null);
            DayForecast f = s.forecast(back, QueueSelection.allQueues(), 15);
            assertThat(f.rows()).hasSize(100);
            // 09:00 local is the 41st interval of this day (one hour more before it)
            assertThat(f.rows().get(40).startMs()).isEqualTo(at(back, 9, 0, rome));
            assertThat(f.rows().get(40).calls()).isEqualByComparingTo("7.0");
            assertThat(f.rows().get(36).calls()).isNull();
        }
    }
}
