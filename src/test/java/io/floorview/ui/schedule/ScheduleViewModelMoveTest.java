package io.floorview.ui.schedule;

import static io.floorview.ui.schedule.PlannedDay.BREAK;
import static io.floorview.ui.schedule.PlannedDay.DAY;
import static io.floorview.ui.schedule.PlannedDay.H;
import static io.floorview.ui.schedule.PlannedDay.LUNCH;
import static io.floorview.ui.schedule.PlannedDay.M;
import static io.floorview.ui.schedule.PlannedDay.SHIFT;
import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.ItemChange;
import io.floorview.domain.schedule.ScheduleItem;
import io.floorview.service.schedule.ScheduleService;
import io.floorview.ui.schedule.ScheduleViewModel.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model's Move to agent verb, without a toolkit: one saved batch, undone and redone whole. */
class ScheduleViewModelMoveTest {

    @TempDir
    Path dir;
    private ScheduleService service;
    private ScheduleViewModel model;

    @BeforeEach
    void open() {
        service = PlannedDay.service(dir.resolve("s.db"),
                new Agent("a3", "Cleo Park", "Team South", List.of("support")));
        model = PlannedDay.model(service);
        model.reload();
    }

    private List<ScheduleItem> of(String agent) {
        return service.draftSchedule(Instant.ofEpochMilli(DAY), Instant.ofEpochMilli(DAY + 24 * H)).items(agent);
    }

    @Test
    void aShiftMovesWithItsBreaksSnappedAndUndoRedoTakeItBackAndForth() {
        model.moveToAgent("s1", "a2", DAY + 10 * H + 7 * M); // snaps to 10:00

        assertThat(of("a1")).isEmpty();
        assertThat(of("a2")).containsExactly(
                new ScheduleItem("s1", "a2", "shift", DAY + 10 * H, 8 * H),
                new ScheduleItem("b1", "a2", "break", DAY + 12 * H, 15 * M),
                new ScheduleItem("l1", "a2", "lunch", DAY + 14 * H, 30 * M));
        assertThat(model.statusProperty().get()).isEqualTo("Moved to Bob Ray (3 block(s)).");
        assertThat(model.draftProperty().get().items("a2")).hasSize(3);
        assertThat(model.selectedAgentProperty().get()).isEqualTo("a2");
        assertThat(model.canUndoProperty().get()).isTrue();

        model.undo();
        assertThat(of("a1")).containsExactly(SHIFT, BREAK, LUNCH);
        assertThat(of("a2")).isEmpty();
        model.redo();
        assertThat(of("a2")).extracting(ScheduleItem::id).containsExactly("s1", "b1", "l1");
    }

    @Test
    void aMoveOntoABusyAgentIsRefusedWithTheReasonAndNothingMoves() {
        ScheduleItem bobs = new ScheduleItem("s2", "a2", "shift", DAY + 12 * H, 8 * H);
        service.save("maria", List.of(ItemChange.insert(bobs)));
        model.reload();

        model.moveToAgent("s1", "a2", SHIFT.startMs());

        assertThat(model.statusLevelProperty().get()).isEqualTo(Level.ERROR);
        assertThat(model.statusProperty().get())
                .isEqualTo("Not saved: Bob Ray already has Shift Mon 23 Nov 12:00\u201320:00 at that time.");
        assertThat(of("a1")).containsExactly(SHIFT, BREAK, LUNCH);
        assertThat(of("a2")).containsExactly(bobs);
        assertThat(model.canUndoProperty().get()).as("nothing was done, so nothing to undo").isFalse();
    }

    @Test
    void theTargetsAreTheOtherAgentsAndTheOwnRowIsAPlainMove() {
        assertThat(model.moveTargets("s1")).extracting(Agent::id).containsExactly("a2", "a3");
        model.moveToAgent("b1", "a1", DAY + 12 * H);
        assertThat(of("a1")).contains(BREAK.movedTo(DAY + 12 * H), SHIFT);
        assertThat(model.statusProperty().get()).isEqualTo("Block moved.");
    }
}
