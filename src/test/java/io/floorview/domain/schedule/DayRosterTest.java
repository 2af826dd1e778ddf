package io.floorview.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who works on a business day and when, from the schedule's blocks. */
class DayRosterTest {

    private static final long M = 60_000L;
    private static final long H = 60 * M;
    /** The business day runs from 06:00 to 06:00. */
    private static final long DAY = Instant.parse("2026-11-23T06:00:00Z").toEpochMilli();

    @Test
    void listsTheDaysAgentsByShiftStartWithTheirShiftFromFirstWorkingBlockToLast() {
        Schedule s = new Schedule(ActivityCodes.defaults(), List.of(
                new ScheduleItem("e1", "eli", "shift", DAY + 9 * H, 8 * H),       // 15:00-23:00
                new ScheduleItem("d1", "dana", "shift", DAY + 3 * H, 4 * H),      // 09:00-13:00
                new ScheduleItem("d2", "dana", "lunch", DAY + 7 * H, H),          // 13:00-14:00
                new ScheduleItem("d3", "dana", "shift", DAY + 8 * H, 3 * H),      // 14:00-17:00
                new ScheduleItem("d4", "dana", "late", DAY + 3 * H, 30 * M),      // time off: not the shift
                new ScheduleItem("f1", "finn", "vacation", DAY + 2 * H, 8 * H),   // time off only: no shift
                new ScheduleItem("y1", "yan", "shift", DAY - 8 * H, 8 * H),       // yesterday's night shift
                new ScheduleItem("t1", "tom", "shift", DAY + 24 * H, 8 * H)));    // tomorrow's
        Map<String, Agent> agents = Map.of(
                "dana", new Agent("dana", "Dana Moss", "North", List.of("sales")),
                "finn", new Agent("finn", "Finn Roy", "", List.of()));

        List<DayRoster.Entry> roster = DayRoster.of(s, agents, DAY, DAY + 24 * H);

        assertThat(roster).extracting(DayRoster.Entry::agent).containsExactly("dana", "eli", "finn");
        DayRoster.Entry dana = roster.get(0);
        assertThat(dana.name()).isEqualTo("Dana Moss");
        assertThat(dana.team()).isEqualTo("North");
        assertThat(dana.queues()).containsExactly("sales");
        assertThat(dana.shiftStartMs()).isEqualTo(DAY + 3 * H);
        assertThat(dana.shiftEndMs()).isEqualTo(DAY + 11 * H);
        assertThat(dana.onShiftAt(DAY + 3 * H)).isTrue();
        assertThat(dana.onShiftAt(DAY + 11 * H)).isFalse();
        DayRoster.Entry eli = roster.get(1);
        assertThat(eli.name()).as("not on the roster: known by id").isEqualTo("eli");
        assertThat(eli.team()).isEmpty();
        DayRoster.Entry finn = roster.get(2);
        assertThat(finn.hasShift()).isFalse();
        assertThat(finn.onShiftAt(DAY + 3 * H)).isFalse();
    }

    @Test
    void anEmptyScheduleHasNobody() {
        assertThat(DayRoster.of(new Schedule(ActivityCodes.defaults(), List.of()), Map.of(), DAY, DAY + 24 * H))
                .isEmpty();
    }
}
