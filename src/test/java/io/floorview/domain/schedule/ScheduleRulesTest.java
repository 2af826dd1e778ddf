package io.floorview.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.floorview.domain.schedule.RuleWarning.Kind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleRulesTest {

    private static final long H = 3_600_000L;
    private static final long M = 60_000L;
    private static final long D = 24 * H;
    /** Monday 2026-11-23 00:00 UTC. */
    private static final long MON = LocalDate.of(2026, 11, 23).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    private static final ScheduleRules RULES = new ScheduleRules(RuleLimits.DEFAULT, ZoneOffset.UTC);

    private static ScheduleItem item(String id, String code, long start, long duration) {
        return new ScheduleItem(id, "ann", code, start, duration);
    }

    private static List<RuleWarning> check(ScheduleItem... items) {
        return RULES.check(new Schedule(ActivityCodes.defaults(), List.of(items)), "ann");
    }

    @Test
    void aCleanDayHasNoWarnings() {
        assertThat(check(item("s", "shift", MON + 8 * H, 8 * H + 30 * M),
                item("b", "break", MON + 10 * H, 15 * M),
                item("l", "lunch", MON + 12 * H, 30 * M))).isEmpty();
    }

    @Test
    void overlappingBlocksOfOneLayerWarnOnBoth() {
        // break 10:00-10:15 and lunch 10:10-10:40 share 5 minutes; the shift under them is another layer
        assertThat(check(item("s", "shift", MON + 8 * H, 8 * H),
                item("b", "break", MON + 10 * H, 15 * M),
                item("l", "lunch", MON + 10 * H + 10 * M, 30 * M)))
                .extracting(RuleWarning::itemId, RuleWarning::kind, RuleWarning::otherItemId, RuleWarning::valueMs)
                .containsExactly(tuple("b", Kind.OVERLAP, "l", 5 * M), tuple("l", Kind.OVERLAP, "b", 5 * M));
    }

    @Test
    void aBreakOutsideItsShiftWarnsButOvertimeNextToItDoesNot() {
        // shift 08:00-16:00; break 15:50-16:05 sticks out by 5 minutes; overtime 16:05-17:05 is on-queue work
        assertThat(check(item("s", "shift", MON + 8 * H, 8 * H),
                item("b", "break", MON + 15 * H + 50 * M, 15 * M),
                item("o", "overtime", MON + 16 * H + 5 * M, H)))
                .extracting(RuleWarning::itemId, RuleWarning::kind).containsExactly(tuple("b", Kind.OUTSIDE_SHIFT));
    }

    @Test
    void aBreakSpanningTwoTouchingShiftsIsWithinThem() {
        assertThat(check(item("s1", "shift", MON + 8 * H, 4 * H), item("s2", "shift", MON + 12 * H, 4 * H),
                item("b", "break", MON + 11 * H + 55 * M, 15 * M))).isEmpty();
    }

    @Test
    void tooLittleRestBetweenShiftsWarnsOnTheLaterShift() {
        // Monday 14:00-22:00, Tuesday 07:00-15:00: 9 hours' rest, less than 11
        assertThat(check(item("mon", "shift", MON + 14 * H, 8 * H), item("tue", "shift", MON + D + 7 * H, 8 * H)))
                .extracting(RuleWarning::itemId, RuleWarning::kind, RuleWarning::otherItemId, RuleWarning::valueMs,
                        RuleWarning::limitMs)
                .containsExactly(tuple("tue", Kind.SHORT_REST, "mon", 9 * H, 11 * H));
        // Tuesday 09:00 instead: exactly 11 hours is enough
        assertThat(check(item("mon", "shift", MON + 14 * H, 8 * H), item("tue", "shift", MON + D + 9 * H, 8 * H)))
                .isEmpty();
    }

    @Test
    void dailyHoursCountShiftAndOvertimeLessUnpaidLunch() {
        // 08:00-18:30 shift (10.5 h) less a 30-minute unpaid lunch = 10 h: at the limit, no warning
        assertThat(check(item("s", "shift", MON + 8 * H, 10 * H + 30 * M), item("l", "lunch", MON + 12 * H, 30 * M)))
                .isEmpty();
        // plus 30 minutes of overtime after it: 10.5 h worked
        assertThat(check(item("s", "shift", MON + 8 * H, 10 * H + 30 * M), item("l", "lunch", MON + 12 * H, 30 * M),
                item("o", "overtime", MON + 18 * H + 30 * M, 30 * M)))
                .extracting(RuleWarning::itemId, RuleWarning::kind, RuleWarning::valueMs, RuleWarning::limitMs,
                        RuleWarning::day)
                .containsExactly(tuple("s", Kind.DAILY_HOURS, 10 * H + 30 * M, 10 * H, LocalDate.of(2026, 11, 23)));
    }

    @Test
    void anOvernightShiftCountsForTheDayItStartsOn() {
        // Monday 22:00 to Tuesday 08:30 (10.5 h), and nothing else: Monday has 10.5 h, Tuesday none
        assertThat(check(item("n", "shift", MON + 22 * H, 10 * H + 30 * M)))
                .extracting(RuleWarning::kind, RuleWarning::day)
                .containsExactly(tuple(Kind.DAILY_HOURS, LocalDate.of(2026, 11, 23)));
    }

    @Test
    void weeklyHoursWarnOnTheShiftThatPassesTheLimit() {
        // six 8.5-hour shifts Monday to Saturday, 08:00-16:30: 8.5, 17, 25.5, 34, 42.5, 51 h; Saturday passes 48
        List<ScheduleItem> items = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            items.add(item("d" + d, "shift", MON + d * D + 8 * H, 8 * H + 30 * M));
        }
        assertThat(check(items.toArray(ScheduleItem[]::new)))
                .extracting(RuleWarning::itemId, RuleWarning::kind, RuleWarning::valueMs, RuleWarning::day)
                .containsExactly(tuple("d5", Kind.WEEKLY_HOURS, 51 * H, LocalDate.of(2026, 11, 23)));
        // the next Monday starts a new week
        items.set(5, item("d5", "shift", MON + 7 * D + 8 * H, 8 * H + 30 * M));
        assertThat(check(items.toArray(ScheduleItem[]::new))).isEmpty();
    }

    @Test
    void daysFollowTheCentersTimeZoneAcrossADaylightSavingChange() {
        // Rome, Sunday 2026-03-29 (clocks go forward at 02:00): a shift 20:00 Saturday to 06:00 Sunday lasts 9 h
        ZoneId rome = ZoneId.of("Europe/Rome");
        long sat20 = LocalDate.of(2026, 3, 28).atTime(20, 0).atZone(rome).toInstant().toEpochMilli();
        long sun06 = LocalDate.of(2026, 3, 29).atTime(6, 0).atZone(rome).toInstant().toEpochMilli();
        assertThat(sun06 - sat20).isEqualTo(9 * H);
        List<RuleWarning> w = new ScheduleRules(new RuleLimits(java.time.Duration.ofHours(8),
                java.time.Duration.ofHours(48), java.time.Duration.ofHours(11)), rome)
                .check(new Schedule(ActivityCodes.defaults(), List.of(item("n", "shift", sat20, sun06 - sat20))), "ann");
        assertThat(w).extracting(RuleWarning::kind, RuleWarning::valueMs, RuleWarning::day)
                .containsExactly(tuple(Kind.DAILY_HOURS, 9 * H, LocalDate.of(2026, 3, 28)));
    }

    @Test
    void editsAreRefusedWithTheReasonAndTheFirstBadChangeStopsTheBatch() {
        ActivityCodes codes = ActivityCodes.defaults();
        ScheduleItem s = item("s", "shift", MON + 8 * H, 8 * H);
        Map<String, ScheduleItem> stored = Map.of("s", s);
        var lookup = (java.util.function.Function<String, Optional<ScheduleItem>>) id ->
                Optional.ofNullable(stored.get(id));

        assertThat(ScheduleEdits.apply(lookup, codes, "ann"::equals,
                List.of(ItemChange.update(s, s.movedTo(MON + 9 * H)), ItemChange.insert(item("b", "break", MON, M)))))
                .containsExactly(Map.entry("s", Optional.of(s.movedTo(MON + 9 * H))),
                        Map.entry("b", Optional.of(item("b", "break", MON, M))));
        assertRefused(lookup, List.of(ItemChange.insert(item("s", "shift", MON, H))), EditRefused.Reason.DUPLICATE_ID);
        assertRefused(lookup, List.of(ItemChange.update(s.movedTo(MON), s)), EditRefused.Reason.STALE);
        assertRefused(lookup, List.of(ItemChange.insert(item("x", "party", MON, H))), EditRefused.Reason.UNKNOWN_CODE);
        assertRefused(lookup, List.of(ItemChange.insert(item("x", "shift", MON, 16 * H + M))),
                EditRefused.Reason.TOO_LONG);
        assertRefused(lookup, List.of(ItemChange.insert(item("x", "lunch", MON, 12 * H + M))),
                EditRefused.Reason.TOO_LONG);
        assertThat(ScheduleEdits.apply(lookup, codes, "ann"::equals,
                List.of(ItemChange.insert(item("x", "vacation", MON, 5 * D))))).hasSize(1);
        // a change after an earlier change to the same block in the batch is checked against that one
        assertRefused(lookup, List.of(ItemChange.update(s, s.movedTo(MON + H)), ItemChange.update(s, s)),
                EditRefused.Reason.STALE);
    }

    private static void assertRefused(java.util.function.Function<String, Optional<ScheduleItem>> lookup,
                                      List<ItemChange> changes, EditRefused.Reason reason) {
        assertThatThrownBy(() -> ScheduleEdits.apply(lookup, ActivityCodes.defaults(), "ann"::equals, changes))
                .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
