package io.floorview.ui.schedule;

import static io.floorview.ui.schedule.PlannedDay.BREAK;
import static io.floorview.ui.schedule.PlannedDay.DAY;
import static io.floorview.ui.schedule.PlannedDay.H;
import static io.floorview.ui.schedule.PlannedDay.LUNCH;
import static io.floorview.ui.schedule.PlannedDay.M;
import static io.floorview.ui.schedule.PlannedDay.MONDAY;
import static io.floorview.ui.schedule.PlannedDay.SHIFT;
import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.schedule.ItemChange;
import io.floorview.domain.schedule.ScheduleItem;
import io.floorview.service.schedule.ScheduleService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The schedule editor as a team leader uses it: drag, keys, undo/redo, refusals, warnings, publish, CSV. */
@ExtendWith(ApplicationExtension.class)
class ScheduleViewTest {

    @TempDir
    static Path dir;
    private static final AtomicInteger DB = new AtomicInteger();
    private ScheduleService service;
    private ScheduleViewModel model;

    @Start
    void start(Stage stage) {
        service = PlannedDay.service(dir.resolve("s" + DB.incrementAndGet() + ".db"));
        AtomicInteger ids = new AtomicInteger();
        model = PlannedDay.model(service);
        model.setIds(() -> "n" + ids.incrementAndGet());
        ScheduleView view = new ScheduleView(model);
        Scene scene = new Scene(view, 1280, 780);
        scene.getStylesheets().add(getClass().getResource("/io/floorview/ui/floorview.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.reload();
    }

    private ScheduleItem draft(String id) {
        return service.draftSchedule(Instant.ofEpochMilli(DAY - 24 * H), Instant.ofEpochMilli(DAY + 48 * H)).items()
                .stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    private TimelineRow row(FxRobot robot, String agent) {
        return robot.lookup("#row-" + agent).queryAs(TimelineRow.class);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#schedule-status").queryAs(Label.class).getText();
    }

    private void dragBy(FxRobot robot, String itemId, long ms) {
        double px = ms * row(robot, "a1").pxPerMs();
        robot.drag("#item-" + itemId).moveBy(px, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingABreakMovesItSnappedToTheStep(FxRobot robot) {
        dragBy(robot, "b1", 30 * M); // 15-minute steps
        assertThat(draft("b1").startMs()).isEqualTo(DAY + 11 * H + 30 * M);

        robot.interact(() -> model.snapMinutesProperty().set(5));
        dragBy(robot, "b1", -10 * M); // 5-minute steps (a pixel is about two minutes)
        assertThat(draft("b1").startMs()).isEqualTo(DAY + 11 * H + 20 * M);
        assertThat(draft("b1").durationMs()).isEqualTo(15 * M);
        assertThat(status(robot)).isEqualTo("Block moved.");
    }

    /** Presses on the shift's label band (clear of its breaks) and drops it on {@code agent}'s row, same time. */
    private void dragOntoRow(FxRobot robot, String itemId, String agent, double dxPx) {
        Node bar = robot.lookup("#item-" + itemId).query();
        javafx.geometry.Bounds from = bar.localToScreen(bar.getLayoutBounds());
        javafx.geometry.Bounds to = robot.lookup("#row-" + agent).query().localToScreen(
                robot.lookup("#row-" + agent).query().getLayoutBounds());
        double x = from.getMinX() + 20;
        double y = from.getMinY() + 6;
        robot.moveTo(new javafx.geometry.Point2D(x, y)).press(javafx.scene.input.MouseButton.PRIMARY);
        robot.moveTo(new javafx.geometry.Point2D(x + dxPx / 2, (y + to.getCenterY()) / 2));
        robot.moveTo(new javafx.geometry.Point2D(x + dxPx, to.getCenterY()));
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean inRow(FxRobot robot, String itemId, String agent) {
        return robot.lookup("#row-" + agent).query().lookup("#item-" + itemId) != null;
    }

    @Test
    void draggingAShiftOntoAnotherAgentsRowMovesItWithItsBreaksAndUndoBringsItBack(FxRobot robot) {
        dragOntoRow(robot, "s1", "a2", row(robot, "a1").pxPerMs() * 60 * M); // an hour later, on Bob's row

        assertThat(inRow(robot, "s1", "a2")).as("the shift is on Bob's row").isTrue();
        assertThat(inRow(robot, "b1", "a2")).as("its break went along").isTrue();
        assertThat(inRow(robot, "s1", "a1")).as("and is gone from Ann's").isFalse();
        assertThat(draft("s1")).isEqualTo(new ScheduleItem("s1", "a2", "shift", DAY + 10 * H, 8 * H));
        assertThat(draft("l1")).isEqualTo(new ScheduleItem("l1", "a2", "lunch", DAY + 14 * H, 30 * M));
        assertThat(status(robot)).isEqualTo("Moved to Bob Ray (3 block(s)).");
        assertThat(robot.lookup(".drop-target").tryQuery()).as("no row is left marked").isEmpty();

        robot.clickOn("#schedule-undo");
        assertThat(inRow(robot, "s1", "a1")).isTrue();
        assertThat(inRow(robot, "l1", "a1")).isTrue();
        assertThat(inRow(robot, "s1", "a2")).isFalse();
        assertThat(draft("s1")).isEqualTo(SHIFT);
        assertThat(draft("b1")).isEqualTo(BREAK);
        assertThat(status(robot)).isEqualTo("Undone.");
    }

    @Test
    void aShiftDroppedOnAnAgentAlreadyWorkingThenIsRefusedWithTheReasonAndGoesBack(FxRobot robot) {
        ScheduleItem bobs = new ScheduleItem("s2", "a2", "shift", DAY + 13 * H, 8 * H);
        service.save("maria", List.of(ItemChange.insert(bobs)));
        robot.interact(model::reload);

        dragOntoRow(robot, "s1", "a2", 0);

        assertThat(status(robot)).isEqualTo("Not saved: Bob Ray already has Shift Mon 23 Nov 13:00–21:00 at that"
                + " time.");
        assertThat(robot.lookup("#schedule-status").queryAs(Label.class).getStyleClass()).contains("level-error");
        assertThat(draft("s1")).isEqualTo(SHIFT);
        assertThat(draft("b1")).isEqualTo(BREAK);
        assertThat(draft("s2")).isEqualTo(bobs);
        Node bar = robot.lookup("#item-s1").query();
        assertThat(inRow(robot, "s1", "a1")).isTrue();
        assertThat(bar.getTranslateY()).as("the bar is back in Ann's row").isZero();
        assertThat(bar.getLayoutX()).isCloseTo(row(robot, "a1").xAt(SHIFT.startMs()),
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(robot.lookup("#schedule-undo").queryButton().isDisabled()).isTrue();
    }

    @Test
    void moveToAgentFromTheContextMenuAndTheMKey(FxRobot robot) {
        Node bar = robot.lookup("#item-s1").query();
        javafx.geometry.Bounds b = bar.localToScreen(bar.getLayoutBounds());
        // a right-click on the shift, as the platform reports it (headless Monocle sends no menu events itself)
        javafx.geometry.Point2D scene = bar.localToScene(20, 6);
        robot.interact(() -> bar.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                b.getMinX() + 20, b.getMinY() + 6, false, new javafx.scene.input.PickResult(bar, scene.getX(),
                scene.getY()))));
        robot.clickOn("Move to agent\u2026");
        javafx.scene.control.ComboBox<?> who = robot.lookup("#schedule-move-agent").queryComboBox();
        assertThat(who.getItems()).hasSize(1);
        assertThat(who.getConverter().toString(cast(who.getValue()))).isEqualTo("Bob Ray \u00b7 Team South");
        assertThat(robot.lookup(".dialog-pane .label").queryAll().stream().map(n -> ((Label) n).getText()))
                .anyMatch(t -> t.startsWith("Shift 09:00\u201317:00 keeps its time."));
        robot.clickOn("OK");
        assertThat(draft("s1").agent()).isEqualTo("a2");
        assertThat(draft("b1").agent()).isEqualTo("a2");
        assertThat(inRow(robot, "s1", "a2")).isTrue();

        // and back by keyboard: the shift is still selected; M, then Enter on the dialog
        assertThat(model.selectedItemProperty().get()).isEqualTo("s1");
        robot.clickOn("#item-s1", javafx.scene.input.MouseButton.PRIMARY);
        robot.type(KeyCode.M);
        assertThat(robot.lookup("#schedule-move-agent").queryComboBox().getValue()).isNotNull();
        robot.type(KeyCode.ENTER);
        assertThat(draft("s1")).isEqualTo(SHIFT);
        assertThat(draft("l1")).isEqualTo(LUNCH);
        assertThat(inRow(robot, "s1", "a1")).isTrue();
    }

    @Test
    void aShiftsLabelIsNeverUnderItsBreaksInTheDayOrTheWeek(FxRobot robot) {
        // a sickness from 09:00 to 10:00 covers the start of the shift: the label goes after it
        service.save("maria", List.of(ItemChange.insert(new ScheduleItem("x1", "a1", "sick", DAY + 9 * H, H))));
        robot.interact(model::reload);
        Label caption = (Label) robot.lookup("#item-s1").queryAs(Label.class).getGraphic();
        assertThat(caption.getText()).isEqualTo("Shift 09:00\u201317:00");
        assertClear(robot, caption, "b1", "l1", "x1");

        // the week view: a shift is a few pixels an hour, room for its start time
        service.save("maria", List.of(ItemChange.delete(new ScheduleItem("x1", "a1", "sick", DAY + 9 * H, H))));
        robot.clickOn("#schedule-span-week");
        caption = (Label) robot.lookup("#item-s1").queryAs(Label.class).getGraphic();
        assertThat(caption.isVisible()).isTrue();
        assertThat(caption.getText()).isIn("09:00\u201317:00", "09:00");
        assertThat(robot.lookup("#item-s1").queryAs(Label.class).getText()).isEqualTo("Shift 09:00\u201317:00");
        assertClear(robot, caption, "b1", "l1");
    }

    /** The caption's text shows whole and no other bar is drawn over it. */
    private static void assertClear(FxRobot robot, Label caption, String... others) {
        javafx.geometry.Bounds c = caption.localToScene(caption.getLayoutBounds());
        assertThat(caption.getWidth()).isGreaterThanOrEqualTo(new javafx.scene.text.Text(caption.getText()) {
            {
                setFont(caption.getFont());
            }
        }.getLayoutBounds().getWidth());
        for (String id : others) {
            Node n = robot.lookup("#item-" + id).query();
            javafx.geometry.Bounds o = n.localToScene(n.getLayoutBounds());
            boolean over = c.getMinX() < o.getMaxX() && o.getMinX() < c.getMaxX() && c.getMinY() < o.getMaxY()
                    && o.getMinY() < c.getMaxY(); // touching edges is fine
            assertThat(over).as(id + " over the label").isFalse();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    @Test
    void insertAndDeleteByKeyboard(FxRobot robot) {
        TimelineRow bob = row(robot, "a2");
        robot.clickOn(bob); // Bob's empty row: selects Bob
        assertThat(model.selectedAgentProperty().get()).isEqualTo("a2");
        robot.type(KeyCode.INSERT);
        ScheduleItem added = draft("n1");
        assertThat(added).isEqualTo(new ScheduleItem("n1", "a2", "break", DAY + 9 * H, 15 * M));
        assertThat(robot.lookup("#item-n1").tryQuery()).isPresent();
        assertThat(model.selectedItemProperty().get()).isEqualTo("n1");
        // a break with no shift under it is allowed, with the warning next to it
        assertThat(robot.lookup("#warn-n1").tryQuery()).isPresent();

        robot.type(KeyCode.DELETE);
        assertThat(draft("n1")).isNull();
        assertThat(robot.lookup("#item-n1").tryQuery()).isEmpty();
    }

    @Test
    void arrowKeysMoveAndUndoRedoTakeItBackAndForth(FxRobot robot) {
        robot.clickOn("#item-b1");
        robot.type(KeyCode.RIGHT);
        assertThat(draft("b1").startMs()).isEqualTo(DAY + 11 * H + 15 * M);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertThat(draft("b1").endMs()).isEqualTo(DAY + 11 * H + 45 * M);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(draft("b1").endMs()).isEqualTo(DAY + 11 * H + 30 * M);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(draft("b1")).isEqualTo(BREAK);
        assertThat(robot.lookup("#schedule-undo").queryButton().isDisabled()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(draft("b1").startMs()).isEqualTo(DAY + 11 * H + 15 * M);
        robot.clickOn("#schedule-redo");
        assertThat(draft("b1").endMs()).isEqualTo(DAY + 11 * H + 45 * M);
        assertThat(status(robot)).isEqualTo("Redone.");
    }

    @Test
    void anInvalidEditIsRefusedWithTheReasonAndNothingChanges(FxRobot robot) {
        robot.clickOn("#item-b1");
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT); // a 15-minute break made 0 long
        assertThat(status(robot)).isEqualTo("Not saved: a block must end after it starts.");
        assertThat(draft("b1")).isEqualTo(BREAK);

        // someone else moves the lunch; this editor still shows the old one
        service.save("luca", List.of(ItemChange.update(LUNCH, LUNCH.movedTo(DAY + 14 * H))));
        dragBy(robot, "l1", 30 * M);
        assertThat(status(robot)).contains("Not saved: the block was changed by someone else");
        assertThat(draft("l1").startMs()).isEqualTo(DAY + 14 * H);
        assertThat(model.item("l1")).as("the editor now shows the lunch where it is").map(ScheduleItem::startMs)
                .contains(DAY + 14 * H);
        assertThat(robot.lookup("#schedule-status").queryAs(Label.class).getStyleClass()).contains("level-error");
    }

    @Test
    void anOverlapIsWarnedNextToTheBlock(FxRobot robot) {
        assertThat(robot.lookup("#warn-b1").tryQuery()).isEmpty();
        dragBy(robot, "b1", 2 * H + 5 * M); // 13:00-13:15, over the lunch
        assertThat(draft("b1").startMs()).isEqualTo(DAY + 13 * H);
        Node badge = robot.lookup("#warn-b1").query();
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getAccessibleText()).isEqualTo("Overlaps another block of the same layer by 0:15 h");
        assertThat(robot.lookup("#item-b1").query().getStyleClass()).contains("has-warning");
        assertThat(status(robot)).contains("rule warning");
        assertThat(model.warningList()).hasSize(2);
    }

    @Test
    void publishMakesTheDraftThePublishedSchedule(FxRobot robot) {
        assertThat(robot.lookup("#schedule-draft-state").queryAs(Label.class).getText())
                .isEqualTo("Draft has unpublished changes");
        robot.clickOn("#item-b1").type(KeyCode.RIGHT);
        robot.clickOn("#schedule-publish");
        assertThat(service.publishedSchedule(Instant.ofEpochMilli(DAY), Instant.ofEpochMilli(DAY + 24 * H))
                .scheduledAt("a1", DAY + 11 * H + 20 * M)).map(ScheduleItem::code).contains("break");
        assertThat(robot.lookup("#schedule-draft-state").queryAs(Label.class).getText()).isEqualTo("Draft = published");
        assertThat(robot.lookup("#schedule-publish").queryButton().isDisabled()).isTrue();
        assertThat(status(robot)).isEqualTo("Published: 3 blocks are now the schedule adherence and staffing use.");
    }

    @Test
    void historyShowsWhoChangedWhatAndRestorePutsItBack(FxRobot robot) {
        robot.clickOn("#item-b1").type(KeyCode.RIGHT);
        javafx.scene.control.ListView<?> history = robot.lookup("#schedule-history").queryListView();
        assertThat(history.getItems()).hasSize(4);
        robot.interact(() -> history.getSelectionModel().select(0));
        robot.clickOn("#schedule-restore");
        assertThat(draft("b1")).isEqualTo(BREAK);
        assertThat(status(robot)).isEqualTo("Block restored as it was before that change.");
    }

    @Test
    void csvRoundTripAndABadFileImportsNothing(FxRobot robot) throws Exception {
        Path file = dir.resolve("day-" + DB.get() + ".csv");
        robot.interact(() -> model.exportCsv(file));
        assertThat(Files.readAllLines(file)).containsExactly("agent,activity,start,end",
                "a1,shift,2026-11-23T09:00:00Z,2026-11-23T17:00:00Z",
                "a1,break,2026-11-23T11:00:00Z,2026-11-23T11:15:00Z",
                "a1,lunch,2026-11-23T13:00:00Z,2026-11-23T13:30:00Z");
        // wipe the day, import it back: the same blocks (new ids)
        service.save("maria", List.of(ItemChange.delete(SHIFT), ItemChange.delete(BREAK), ItemChange.delete(LUNCH)));
        robot.interact(() -> model.importCsv(file));
        assertThat(status(robot)).isEqualTo("Imported 3 blocks from " + file.getFileName() + ".");
        assertThat(service.draftSchedule(Instant.ofEpochMilli(DAY), Instant.ofEpochMilli(DAY + 24 * H)).items())
                .extracting(ScheduleItem::agent, ScheduleItem::code, ScheduleItem::startMs, ScheduleItem::durationMs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "shift", SHIFT.startMs(), SHIFT.durationMs()),
                        org.assertj.core.groups.Tuple.tuple("a1", "break", BREAK.startMs(), BREAK.durationMs()),
                        org.assertj.core.groups.Tuple.tuple("a1", "lunch", LUNCH.startMs(), LUNCH.durationMs()));

        Path bad = dir.resolve("bad-" + DB.get() + ".csv");
        Files.writeString(bad, "agent,activity,start,end\n"
                + "a2,shift,2026-11-24T09:00:00Z,2026-11-24T17:00:00Z\n"
                + "zz,shift,2026-11-24T09:00:00Z,2026-11-24T17:00:00Z\n"
                + "a2,break,2026-11-24T11:00,2026-11-24T11:15:00Z\n");
        robot.interact(() -> model.importCsv(bad));
        assertThat(status(robot)).isEqualTo("Nothing imported: 2 bad row(s). Line 3: agent 'zz' is not on the roster; "
                + "Line 4: '2026-11-24T11:00' is not a time like 2026-11-23T09:00+01:00");
        assertThat(service.draftSchedule(Instant.ofEpochMilli(DAY + 24 * H), Instant.ofEpochMilli(DAY + 48 * H))
                .items()).isEmpty();
    }

    @Test
    void activityCodesAreEditedInADialogAndABlankNameIsRefusedThere(FxRobot robot) {
        robot.clickOn("#schedule-codes");
        javafx.scene.control.TextField name = robot.lookup("#schedule-code-name").queryAs(
                javafx.scene.control.TextField.class);
        assertThat(name.getText()).isEqualTo("Shift");
        robot.doubleClickOn(name).eraseText(5);
        robot.clickOn("OK");
        assertThat(robot.lookup("#schedule-code-error").queryAs(Label.class).getText())
                .isEqualTo("A code needs a name, and a grace of 0 to 240 minutes.");
        assertThat(service.activityCodes().require("shift").name()).isEqualTo("Shift");

        robot.clickOn(name).write("Day shift");
        robot.clickOn("#schedule-code-paid"); // shifts are paid: now unpaid
        robot.clickOn("OK");
        var shift = service.activityCodes().require("shift");
        assertThat(shift.name()).isEqualTo("Day shift");
        assertThat(shift.paid()).isFalse();
        assertThat(status(robot)).isEqualTo("Activity code Day shift saved.");
        assertThat(robot.lookup("#item-s1").queryAs(Label.class).getText()).startsWith("Day shift 09:00");
    }

    @Test
    void anOvernightShiftShowsOnBothDaysAndWholeInTheWeek(FxRobot robot) {
        service.save("maria", List.of(ItemChange.insert(new ScheduleItem("n1", "a2", "shift", DAY + 22 * H, 8 * H))));
        robot.interact(model::reload);
        assertThat(robot.lookup("#item-n1").queryAs(Label.class).getText()).isEqualTo("Shift 22:00\u201306:00 \u2192");
        robot.clickOn("#schedule-next");
        assertThat(model.dayProperty().get()).isEqualTo(MONDAY.plusDays(1));
        assertThat(robot.lookup("#item-n1").queryAs(Label.class).getText()).isEqualTo("\u2190 Shift 22:00\u201306:00");
        robot.clickOn("#schedule-span-week");
        assertThat(robot.lookup("#item-n1").queryAs(Label.class).getText()).isEqualTo("Shift 22:00\u201306:00");
        assertThat(robot.lookup("#item-s1").tryQuery()).isPresent();
    }
}
