package io.floorview.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.KpiEngine;
import io.floorview.service.actions.ActionOutcome;
import io.floorview.service.actions.AgentAction;
import io.floorview.service.actions.SupervisorActions;
import io.floorview.ui.common.Messages;
import io.floorview.ui.shell.MainWindow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The agent board as a supervisor uses it: sort, filter, search, and act on an agent. */
@ExtendWith(ApplicationExtension.class)
class AgentBoardTest {

    private static final long NOW = Instant.parse("2026-11-23T12:00:00Z").toEpochMilli();

    private DashboardViewModel model;
    private MainWindow window;
    private final List<AgentAction> asked = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<ActionOutcome>> pending = new CopyOnWriteArrayList<>();
    private final List<FeedEvent> events = new ArrayList<>();

    @Start
    void start(Stage stage) {
        model = new DashboardViewModel(new Messages(Locale.ENGLISH), ZoneOffset.UTC);
        SupervisorActions actions = action -> {
            asked.add(action);
            CompletableFuture<ActionOutcome> f = new CompletableFuture<>();
            pending.add(f);
            return f;
        };
        model.board().setActions(actions, "maria", Platform::runLater);
        window = new MainWindow(model);
        Screens.open(stage, window);
    }

    private void floor() {
        long t = NOW - 3_600_000;
        long seq = 0;
        events.add(new FeedEvent.AgentLoggedIn(++seq, t, "a1", "Ann Lee", "North", List.of("sales")));
        events.add(new FeedEvent.AgentLoggedIn(++seq, t, "a2", "Bob Rossi", "South", List.of("billing")));
        events.add(new FeedEvent.AgentLoggedIn(++seq, t, "a3", "Carla Diaz", "North", List.of("sales", "billing")));
        events.add(new FeedEvent.AgentStateChanged(++seq, NOW - 30_000, "a1", AgentState.ON_CALL, null, "c1"));
        // Bob has been in wrap-up for 6 minutes: critical, and stuck
        events.add(new FeedEvent.AgentStateChanged(++seq, NOW - 360_000, "a2", AgentState.WRAP_UP, null, null));
        events.add(new FeedEvent.AgentStateChanged(++seq, NOW - 120_000, "a3", AgentState.NOT_READY, "lunch", null));
        show(NOW);
    }

    private void show(long at) {
        KpiEngine engine = new KpiEngine(CenterSettings.defaults(ZoneOffset.UTC), at);
        events.forEach(engine::apply);
        FloorSnapshot s = engine.snapshot(at);
        Platform.runLater(() -> model.update(s));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<AgentRow> table(FxRobot robot) {
        return robot.lookup("#board-table").queryTableView();
    }

    private List<String> names(FxRobot robot) {
        return table(robot).getItems().stream().map(r -> r.nameProperty().get()).toList();
    }

    @Test
    void showsEveryAgentWithTimeInStateTickingOnTheFeedsClockAndFlagsTheStuck(FxRobot robot) {
        floor();
        assertThat(names(robot)).containsExactly("Ann Lee", "Bob Rossi", "Carla Diaz");
        AgentRow bob = model.board().row("a2");
        assertThat(bob.stateTextProperty().get()).isEqualTo("Wrap-up");
        assertThat(bob.timeTextProperty().get()).isEqualTo("6:00");
        assertThat(bob.levelProperty().get()).isEqualTo(Level.CRITICAL);
        assertThat(bob.flagsProperty().get()).isEqualTo("Stuck in wrap-up");
        assertThat(model.board().row("a3").reasonProperty().get()).isEqualTo("Lunch");
        assertThat(robot.lookup(".agent-critical").queryAll()).hasSize(1);

        show(NOW + 2_000);
        assertThat(bob.timeTextProperty().get()).isEqualTo("6:02");
        assertThat(model.board().row("a1").timeTextProperty().get()).isEqualTo("0:32");
    }

    @Test
    void sortsByAColumnFiltersByStateAndQueueAndSearchesByName(FxRobot robot) {
        floor();
        robot.clickOn("#board-col-time");  // ascending time in state
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot)).containsExactly("Ann Lee", "Carla Diaz", "Bob Rossi");
        robot.clickOn("#board-col-time");  // descending
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot)).containsExactly("Bob Rossi", "Carla Diaz", "Ann Lee");

        robot.clickOn("#board-search").write("carl");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot)).containsExactly("Carla Diaz");
        assertThat(robot.lookup("#board-count").queryAs(Label.class).getText()).isEqualTo("1 of 3 agents");
        robot.doubleClickOn("#board-search").eraseText(4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot)).hasSize(3);

        robot.interact(() -> model.board().stateFilterProperty().set(AgentState.WRAP_UP));
        assertThat(names(robot)).containsExactly("Bob Rossi");
        robot.interact(() -> model.board().stateFilterProperty().set(null));

        robot.clickOn("#queue-sales");  // the header's queue filters the board too
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot)).containsExactlyInAnyOrder("Ann Lee", "Carla Diaz");
    }

    @Test
    void aConfirmedActionShowsPendingThenConfirmedAndTheNewState(FxRobot robot) {
        floor();
        robot.clickOn(robot.lookup("#board-table .table-row-cell").nth(2).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).containsExactly(new AgentAction("a3", AgentAction.Kind.READY, null, "maria"));
        AgentRow carla = model.board().row("a3");
        assertThat(carla.actionStateProperty().get()).isEqualTo(AgentRow.ActionState.PENDING);
        assertThat(carla.actionTextProperty().get()).isEqualTo("Set ready: waiting for the phone system\u2026");

        // the simulator does it; the feed brings the agent's new state, which confirms the action
        events.add(new FeedEvent.AgentStateChanged(events.size() + 1, NOW + 1_000, "a3", AgentState.READY, null,
                null));
        show(NOW + 1_000);
        pending.get(0).complete(new ActionOutcome(asked.get(0), ActionOutcome.Status.CONFIRMED, "seq 7", 7));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(carla.actionStateProperty().get()).isEqualTo(AgentRow.ActionState.CONFIRMED);
        assertThat(carla.stateTextProperty().get()).isEqualTo("Ready");
        assertThat(robot.lookup("#board-last-action").queryAs(Label.class).getText())
                .isEqualTo("Carla Diaz: Set ready: confirmed");
    }

    @Test
    void aRefusedActionSaysWhyOnTheAgentsRow(FxRobot robot) throws Exception {
        floor();
        robot.clickOn(robot.lookup("#board-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("Break");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).containsExactly(new AgentAction("a1", AgentAction.Kind.NOT_READY, "break", "maria"));
        pending.get(0).complete(new ActionOutcome(asked.get(0), ActionOutcome.Status.REFUSED,
                "agent a1 is on a call", 0));
        WaitForAsyncUtils.waitForFxEvents();
        AgentRow ann = model.board().row("a1");
        assertThat(ann.actionStateProperty().get()).isEqualTo(AgentRow.ActionState.REFUSED);
        assertThat(ann.actionTextProperty().get())
                .isEqualTo("Set not ready (Break): refused \u2014 agent a1 is on a call");
        assertThat(ann.stateTextProperty().get()).as("nothing changed").isEqualTo("On call");
        Screens.save(robot.lookup("#board-table").query().getScene(), "board-refused");
    }

    @Test
    void withoutActionsAnActionFailsOutLoud(FxRobot robot) {
        floor();
        robot.interact(() -> {
            model.board().setActions(null, "maria", Runnable::run);
            model.board().request(model.board().row("a1"), AgentAction.Kind.LOG_OUT, null);
        });
        assertThat(model.board().row("a1").actionStateProperty().get()).isEqualTo(AgentRow.ActionState.FAILED);
        assertThat(model.board().row("a1").actionTextProperty().get()).contains("cannot send actions");
    }
    @Test
    void theCurrentCallShowsTheCallersNumberAndTheQueueWithTheCallIdInItsTooltip(FxRobot robot) throws Exception {
        long t = NOW - 3_600_000;
        long seq = 0;
        events.add(new FeedEvent.QueueConfigured(++seq, t, "sales", "Sales", 20, 80));
        events.add(new FeedEvent.AgentLoggedIn(++seq, t, "a1", "Ann Lee", "North", List.of("sales")));
        events.add(new FeedEvent.AgentLoggedIn(++seq, t, "a2", "Bob Rossi", "South", List.of("sales")));
        events.add(new FeedEvent.CallEntered(++seq, NOW - 45_000, "c-7f3a91", "sales", "+1 555 0100", 1));
        events.add(new FeedEvent.CallAnswered(++seq, NOW - 30_000, "c-7f3a91", "sales", "a1", 15_000));
        events.add(new FeedEvent.AgentStateChanged(++seq, NOW - 30_000, "a1", AgentState.ON_CALL, null, "c-7f3a91"));
        show(NOW);

        TableView<AgentRow> table = table(robot);
        javafx.scene.control.TableColumn<AgentRow, ?> call = table.getColumns().stream()
                .filter(c -> "board-col-call".equals(c.getId())).findFirst().orElseThrow();
        assertThat(call.getText()).isEqualTo("Current call");
        var cells = robot.lookup("#board-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() == call && c.getTableRow() != null
                        && c.getTableRow().getItem() != null)
                .toList();
        var ann = cells.stream().filter(c -> ((AgentRow) c.getTableRow().getItem()).id().equals("a1"))
                .findFirst().orElseThrow();
        assertThat(ann.getText()).isEqualTo("+1 555 0100 \u00b7 Sales");
        assertThat(ann.getTooltip()).isNotNull();
        assertThat(ann.getTooltip().getText()).isEqualTo("+1 555 0100 \u00b7 Sales\nCall id: c-7f3a91");
        var bob = cells.stream().filter(c -> ((AgentRow) c.getTableRow().getItem()).id().equals("a2"))
                .findFirst().orElseThrow();
        assertThat(bob.getText()).as("a ready agent is on no call").isEmpty();
        assertThat(bob.getTooltip()).isNull();
        Screens.save(table.getScene(), "board-current-call");

        // the call ends and its work is done: the column empties
        events.add(new FeedEvent.CallEnded(++seq, NOW + 1_000, "c-7f3a91", "sales", "a1", 31_000, 0,
                io.floorview.domain.event.HangupParty.CALLER));
        events.add(new FeedEvent.AgentStateChanged(++seq, NOW + 1_000, "a1", AgentState.WRAP_UP, null, "c-7f3a91"));
        show(NOW + 2_000);
        assertThat(model.board().row("a1").currentCallProperty().get()).isEqualTo("+1 555 0100 \u00b7 Sales");
        events.add(new FeedEvent.WrapUpEnded(++seq, NOW + 3_000, "c-7f3a91", "sales", "a1", 2_000));
        events.add(new FeedEvent.AgentStateChanged(++seq, NOW + 3_000, "a1", AgentState.READY, null, null));
        show(NOW + 4_000);
        assertThat(model.board().row("a1").currentCallProperty().get()).isEmpty();
        assertThat(model.board().row("a1").currentCallIdProperty().get()).isEmpty();
    }
}
