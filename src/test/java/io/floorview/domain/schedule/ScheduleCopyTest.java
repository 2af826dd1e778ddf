package io.floorview.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ScheduleCopyTest {

    private static final long M = 60_000L;
    private static final long H = 60 * M;
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private static long at(LocalDate d, int h, int m) {
        return d.atTime(h, m).atZone(ROME).toInstant().toEpochMilli();
    }

    private static Supplier<String> ids() {
        AtomicInteger n = new AtomicInteger();
        return () -> "n" + n.incrementAndGet();
    }

    @Test
    void copyingADayKeepsWallClockTimesAcrossADaylightSavingChangeAndReplacesTheTarget() {
        LocalDate sat = LocalDate.of(2026, 3, 28);
        LocalDate sun = sat.plusDays(1); // clocks go forward at 02:00
        Schedule draft = new Schedule(ActivityCodes.defaults(), List.of(
                // 22:00 Saturday to 06:00 Sunday on the wall clock: 7 hours, as the clocks go forward in the night
                new ScheduleItem("s", "ann", "shift", at(sat, 22, 0), at(sun, 6, 0) - at(sat, 22, 0)),
                new ScheduleItem("b", "ann", "break", at(sat, 23, 0), 15 * M),
                new ScheduleItem("old", "ann", "shift", at(sun, 9, 0), 8 * H)));
        List<ItemChange> changes = ScheduleCopy.copyDays(draft, List.of("ann"), sat, sun, 1, ROME, ids());
        assertThat(changes).extracting(ItemChange::kind).containsExactly(ItemChange.Kind.DELETE,
                ItemChange.Kind.INSERT, ItemChange.Kind.INSERT);
        assertThat(changes.get(0).before().id()).isEqualTo("old");
        assertThat(draft.items("ann").get(0).durationMs()).isEqualTo(7 * H);
        // copied to 22:00 Sunday to 06:00 Monday: the same wall-clock times, 8 real hours; the break at 23:00
        assertThat(changes.subList(1, 3)).extracting(c -> c.after().startMs(), c -> c.after().durationMs())
                .containsExactly(tuple(at(sun, 22, 0), 8 * H), tuple(at(sun, 23, 0), 15 * M));
    }

    @Test
    void aTemplateOnAWeeklyPatternGivesEachAgentTheShiftWithItsActivitiesOnTheChosenDays() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        ShiftTemplate day = ShiftTemplate.defaults().get(1); // 09:00 for 8.5 h, breaks at +2 h and +6:15, lunch +4 h
        Schedule draft = new Schedule(ActivityCodes.defaults(), List.of());
        List<ItemChange> changes = ScheduleCopy.applyPattern(draft, List.of("ann", "bob"), day, monday,
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), ROME, ids());
        assertThat(changes).hasSize(2 * 2 * 4);
        assertThat(changes.subList(0, 4)).extracting(c -> c.after().agent(), c -> c.after().code(),
                c -> c.after().startMs(), c -> c.after().durationMs()).containsExactly(
                tuple("ann", "shift", at(monday, 9, 0), 510 * M),
                tuple("ann", "break", at(monday, 11, 0), 15 * M),
                tuple("ann", "lunch", at(monday, 13, 0), 30 * M),
                tuple("ann", "break", at(monday, 15, 15), 15 * M));
        assertThat(changes.get(4).after().startMs()).isEqualTo(at(monday.plusDays(2), 9, 0));
        Schedule applied = new Schedule(ActivityCodes.defaults(), changes.stream().map(ItemChange::after).toList());
        assertThat(new ScheduleRules(RuleLimits.DEFAULT, ROME).checkAll(applied)).isEmpty();
    }
}
