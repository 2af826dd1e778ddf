package io.floorview.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.ItemChange;
import io.floorview.domain.schedule.RuleLimits;
import io.floorview.domain.schedule.ScheduleItem;
import io.floorview.service.schedule.ScheduleService;
import io.floorview.store.Database;
import io.floorview.store.schedule.ScheduleRepository;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import io.floorview.ui.schedule.ScheduleViewModel.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model's Move to agent verb, without a toolkit: one saved batch, undone and redone whole. */
class ScheduleViewModelMoveTest {

    private static final long H = 3_600_000L;
    private static final long M = 60_000L;
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final long DAY = Instant.parse("2026-11-23T00:00:00Z").toEpochMilli();
    private static final ScheduleItem SHIFT = new ScheduleItem("s1", "a1", "shift", DAY + 9 * H, 8 * H);
    private static final ScheduleItem BREAK = new ScheduleItem("b1", "a1", "break", DAY + 11 * H, 15 * M);
    private static final ScheduleItem LUNCH = new ScheduleItem("l1", "a1", "lunch", DAY + 13 * H, 30 * M);

    @TempDir
    Path dir;
    private ScheduleService service;
    private ScheduleViewModel model;

    @BeforeEach
    void open() {
        service = new ScheduleService(new ScheduleRepository(Database.open(dir.resolve("s.db"))), ZoneOffset.UTC,
                RuleLimits.DEFAULT, () -> DAY + 8 * H);
        service.saveAgents(List.of(new Agent("a1", "Ann Lee", "Team North", List.of("sales")),
                new Agent("a2", "Bob Ray", "Team South", List.of("support")),
                new Agent("a3", "Cleo Park", "Team South", List.of("support"))), "user");
        service.save("maria", List.of(ItemChange.insert(SHIFT), ItemChange.insert(BREAK), ItemChange.insert(LUNCH)));
        model = new ScheduleViewModel(service, UiExecutor.sameThread(),
                new ScheduleTexts(new Messages(Locale.ENGLISH), ZoneOffset.UTC), "maria", MONDAY);
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
