package io.floorview.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Moving a block to another agent: what goes with it, and when the other agent is busy. */
class HandOverTest {

    private static final long H = 3_600_000L;
    private static final long M = 60_000L;
    private static final long MON = LocalDate.of(2026, 11, 23).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    private static final ActivityCodes CODES = ActivityCodes.defaults();

    private static final ScheduleItem SHIFT = new ScheduleItem("s", "ann", "shift", MON + 9 * H, 8 * H);
    private static final ScheduleItem BREAK = new ScheduleItem("b", "ann", "break", MON + 11 * H, 15 * M);
    private static final ScheduleItem LUNCH = new ScheduleItem("l", "ann", "lunch", MON + 13 * H, 30 * M);
    private static final ScheduleItem SICK = new ScheduleItem("x", "ann", "sick", MON + 15 * H, 2 * H);
    /** Ann's meeting the evening before: not part of the shift. */
    private static final ScheduleItem EVE = new ScheduleItem("m", "ann", "meeting", MON - 2 * H, H);

    private static Schedule schedule(ScheduleItem... items) {
        return new Schedule(CODES, List.of(items));
    }

    @Test
    void aShiftTakesTheActivitiesThatStartWithinItAlongButNotTimeOff() {
        List<ItemChange> changes = HandOver.changes(schedule(SHIFT, BREAK, LUNCH, SICK, EVE), SHIFT, "bob",
                MON + 10 * H);
        assertThat(changes).extracting(c -> c.before().id()).containsExactly("s", "b", "l");
        assertThat(changes).extracting(ItemChange::after).containsExactly(
                new ScheduleItem("s", "bob", "shift", MON + 10 * H, 8 * H),
                new ScheduleItem("b", "bob", "break", MON + 12 * H, 15 * M),
                new ScheduleItem("l", "bob", "lunch", MON + 14 * H, 30 * M));
    }

    @Test
    void aBreakOrTimeOffGoesAloneAndStayingPutIsNoChange() {
        assertThat(HandOver.changes(schedule(SHIFT, BREAK), BREAK, "bob", BREAK.startMs()))
                .containsExactly(ItemChange.update(BREAK, new ScheduleItem("b", "bob", "break", BREAK.startMs(),
                        15 * M)));
        assertThat(HandOver.changes(schedule(SHIFT, SICK), SICK, "bob", SICK.startMs())).hasSize(1);
        assertThat(HandOver.changes(schedule(SHIFT, BREAK), SHIFT, "ann", SHIFT.startMs())).isEmpty();
    }

    @Test
    void aBlockHandedIntoAnOverlapOfItsLayerIsRefusedAndOtherwiseSaved() {
        ScheduleItem bobs = new ScheduleItem("t", "bob", "shift", MON + 16 * H, 8 * H);
        Map<String, ScheduleItem> stored = new HashMap<>();
        for (ScheduleItem i : List.of(SHIFT, BREAK, LUNCH, bobs)) {
            stored.put(i.id(), i);
        }
        ScheduleEdits.AgentBlocks blocks = (agent, from, to) -> stored.values().stream()
                .filter(i -> i.agent().equals(agent) && i.startMs() < to && i.endMs() > from).toList();
        List<ItemChange> onto = HandOver.changes(schedule(SHIFT, BREAK, LUNCH), SHIFT, "bob", SHIFT.startMs());

        assertThatThrownBy(() -> ScheduleEdits.apply(id -> Optional.ofNullable(stored.get(id)), blocks, CODES,
                a -> true, onto)).isInstanceOfSatisfying(EditRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(EditRefused.Reason.AGENT_BUSY);
                    assertThat(e.itemId()).isEqualTo("s");
                    assertThat(e.args()).containsExactly("bob", "Shift", Long.toString(bobs.startMs()),
                            Long.toString(bobs.endMs()));
                });

        // the same move with Bob's shift handed to Ann in the same batch (a swap) leaves nobody double-booked
        List<ItemChange> swap = new java.util.ArrayList<>(onto);
        ScheduleItem bobsToAnn = new ScheduleItem("t", "ann", "shift", bobs.startMs(), 8 * H);
        swap.add(ItemChange.update(bobs, bobsToAnn));
        assertThat(ScheduleEdits.apply(id -> Optional.ofNullable(stored.get(id)), blocks, CODES, a -> true, swap))
                .containsEntry("t", Optional.of(bobsToAnn))
                .containsEntry("s", Optional.of(new ScheduleItem("s", "bob", "shift", SHIFT.startMs(), 8 * H)));

        // a shift next to Bob's (not overlapping) is fine, and so is a break over Bob's shift (another layer)
        assertThat(ScheduleEdits.apply(id -> Optional.ofNullable(stored.get(id)), blocks, CODES, a -> true,
                HandOver.changes(schedule(SHIFT, BREAK, LUNCH), SHIFT, "bob", MON + 8 * H)))
                .containsEntry("s", Optional.of(new ScheduleItem("s", "bob", "shift", MON + 8 * H, 8 * H)));
        assertThat(ScheduleEdits.apply(id -> Optional.ofNullable(stored.get(id)), blocks, CODES, a -> true,
                HandOver.changes(schedule(SHIFT, BREAK), BREAK, "bob", MON + 17 * H))).hasSize(1);
    }
}
