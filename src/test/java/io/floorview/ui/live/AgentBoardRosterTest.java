package io.floorview.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.AgentView;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.KpiEngine;
import io.floorview.domain.schedule.ActivityCodes;
import io.floorview.domain.schedule.Adherence;
import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.DayRoster;
import io.floorview.domain.schedule.Schedule;
import io.floorview.domain.schedule.ScheduleItem;
import io.floorview.service.actions.ActionOutcome;
import io.floorview.service.actions.AgentAction;
import io.floorview.service.actions.SupervisorActions;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import io.floorview.ui.shell.MainWindow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The agent board first thing in the morning: the agents on today's schedule who have not logged in are there,
 * logged out, flagged once their shift has begun; when they log in their row shows them live.
 */
@ExtendWith(ApplicationExtension.class)
class AgentBoardRosterTest {

    private static final long M = 60_000L;
    private static final long H = 60 * M;
    private static final long DAY = Instant.parse("2026-11-23T00:00:00Z").toEpochMilli();
    private static final long NOW = DAY + 12 * H;

    /**
     * Ann (on the floor) and Dana work 09:00-17:00, Eli 15:00-23:00, Gus 15:00-19:00 (and was in early); Finn is on
     * vacation; Bob is not scheduled.
     */
    private static final Schedule SCHEDULE = new Schedule(ActivityCodes.defaults(), List.of(
            new ScheduleItem("s1", "a1", "shift", DAY + 9 * H, 8 * H),
            new ScheduleItem("s4", "a4", "shift", DAY + 9 * H, 8 * H),
            new ScheduleItem("s5", "a5", "shift", DAY + 15 * H, 8 * H),
            new ScheduleItem("v6", "a6", "vacation", DAY + 9 * H, 8 * H),
            new ScheduleItem("s7", "a7", "shift", DAY + 15 * H, 4 * H)));
    private static final Map<String, Agent> ROSTER = Map.of(
            "a1", new Agent("a1", "Ann Lee", "North", List.of("sales")),
            "a4", new Agent("a4", "Dana Moss", "North", List.of("sales")),
            "a5", new Agent("a5", "Eli Park", "South", List.of("billing")),
            "a6", new Agent("a6", "Finn Roy", "South", List.of("billing")),
            "a7", new Agent("a7", "Gus Hart", "South", List.of("billing")));

    private DashboardViewModel model;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private final List<AgentAction> asked = new CopyOnWriteArrayList<>();
    private final List<FeedEvent> events = new ArrayList<>();

    @Start
    void start(Stage stage) {
        model = new DashboardViewModel(new Messages(Locale.ENGLISH), ZoneOffset.UTC);
        model.board().setAdherence(new AgentBoardModel.AdherenceSource() {
            @Override
            public Map<String, Adherence.Now> live(FloorSnapshot s) {
                // as the adherence service does: a scheduled agent the floor does not know is logged out
                Map<String, Adherence.Now> out = new TreeMap<>();
                for (String agent : SCHEDULE.agents()) {
                    AgentView a = s.agents().stream().filter(v -> v.id().equals(agent)).findFirst().orElse(null);
                    out.put(agent, a == null
                            ? Adherence.now(SCHEDULE, agent, AgentState.LOGGED_OUT, null, DAY, s.asOfMs(), List.of())
                            : Adherence.now(SCHEDULE, agent, a.state(), a.reason(), a.stateSinceMs(), s.asOfMs(),
                                    List.of()));
                }
                return out;
            }

            @Override
            public String activityName(String code) {
                return SCHEDULE.codes().require(code).name();
            }

            @Override
            public List<DayRoster.Entry> roster(FloorSnapshot s) {
                threads.add(Thread.currentThread().getName());
                return DayRoster.of(SCHEDULE, ROSTER, DAY, DAY + 24 * H);
            }
        }, UiExecutor.of(background, Platform::runLater));
        SupervisorActions actions = action -> {
            asked.add(action);
            return new CompletableFuture<ActionOutcome>();
        };
        model.board().setActions(actions, "maria", Platform::runLater);
        Screens.open(stage, new MainWindow(model));
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    /** Ann on a call and Bob ready since 09:00, Gus in from 06:00 to 08:00; nobody else has logged in. */
    private void morning() {
        long seq = 0;
        events.add(new FeedEvent.AgentLoggedIn(++seq, DAY + 6 * H, "a7", "Gus Hart", "South", List.of("billing")));
        events.add(new FeedEvent.AgentLoggedOut(++seq, DAY + 8 * H, "a7", null));
        events.add(new FeedEvent.AgentLoggedIn(++seq, DAY + 9 * H, "a1", "Ann Lee", "North", List.of("sales")));
        events.add(new FeedEvent.AgentLoggedIn(++seq, DAY + 9 * H, "a2", "Bob Rossi", "South", List.of("billing")));
        events.add(new FeedEvent.AgentStateChanged(++seq, DAY + 9 * H, "a2", AgentState.READY, null, null));
        events.add(new FeedEvent.AgentStateChanged(++seq, NOW - 5 * M, "a1", AgentState.ON_CALL, null, "c1"));
    }

    private void show(long at) throws Exception {
        KpiEngine engine = new KpiEngine(CenterSettings.defaults(ZoneOffset.UTC), at);
        events.forEach(engine::apply);
        FloorSnapshot s = engine.snapshot(at);
        Platform.runLater(() -> model.update(s));
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 2; i++) {  // the background work and its return to the FX thread
            background.submit(() -> { }).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private TableView<AgentRow> table(FxRobot robot) {
        return robot.lookup("#board-table").queryTableView();
    }

    private List<String> names(FxRobot robot) {
        return table(robot).getItems().stream().map(r -> r.nameProperty().get()).toList();
    }

    private String count(FxRobot robot) {
        return robot.lookup("#board-count").queryAs(Label.class).getText();
    }

    /** The text of {@code agent}'s cell in column {@code column}, as on screen. */
    private String cell(FxRobot robot, String agent, String column) {
        TableView<AgentRow> table = table(robot);
        int i = table.getItems().indexOf(model.board().row(agent));
        TableColumn<AgentRow, ?> col = table.getColumns().stream().filter(c -> column.equals(c.getId()))
                .findFirst().orElseThrow();
        return robot.lookup(".table-row-cell").<TableRow<AgentRow>>queryAll().stream()
                .filter(r -> r.getIndex() == i).findFirst().orElseThrow()
                .getChildrenUnmodifiable().stream().map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() == col).findFirst().orElseThrow().getText();
    }

    private void select(FxRobot robot, String agent) {
        int i = table(robot).getItems().indexOf(model.board().row(agent));
        robot.clickOn(robot.lookup("#board-table .table-row-cell").nth(i).queryAs(Node.class));
    }

    @Test
    void aScheduledAgentWhoNeverLoggedInIsOnTheBoardLoggedOutAndFlaggedOnceTheirShiftHasBegun(FxRobot robot)
            throws Exception {
        morning();
        show(NOW);

        assertThat(names(robot))
                .containsExactly("Ann Lee", "Bob Rossi", "Gus Hart", "Dana Moss", "Eli Park", "Finn Roy");
        assertThat(count(robot)).isEqualTo("6 of 6 agents");
        assertThat(cell(robot, "a4", "board-col-name")).isEqualTo("Dana Moss");
        assertThat(cell(robot, "a4", "board-col-state")).isEqualTo("Logged out");
        assertThat(cell(robot, "a4", "board-col-team")).isEqualTo("North");
        assertThat(cell(robot, "a4", "board-col-adherence")).isEqualTo("\u2716 Not logged in \u2014 shift since 09:00");
        assertThat(model.board().row("a4").adherenceProperty().get().status()).isEqualTo(AdherenceCell.Status.OUT);
        assertThat(cell(robot, "a5", "board-col-adherence")).isEqualTo("\u2013 Shift at 15:00");
        assertThat(cell(robot, "a6", "board-col-adherence")).isEqualTo("\u2013 No shift today");
        assertThat(cell(robot, "a7", "board-col-adherence")).as("logged out before their shift: due later")
                .isEqualTo("\u2013 Shift at 15:00");
        assertThat(cell(robot, "a1", "board-col-adherence")).isEqualTo("\u2714 In adherence (Shift)");
        assertThat(robot.lookup(".adherence-out").queryAll()).as("only Dana alarms").hasSize(1);
        assertThat(threads).isNotEmpty().noneMatch(n -> n.contains("JavaFX Application Thread"));
        Screens.save(table(robot).getScene(), "board-roster");

        robot.clickOn("#board-out-of-adherence");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot)).containsExactly("Dana Moss");
        assertThat(count(robot)).isEqualTo("1 of 6 agents");
        robot.clickOn("#board-out-of-adherence");
        robot.interact(() -> model.board().stateFilterProperty().set(AgentState.LOGGED_OUT));
        assertThat(names(robot)).containsExactly("Gus Hart", "Dana Moss", "Eli Park", "Finn Roy");
        assertThat(count(robot)).isEqualTo("4 of 6 agents");
        robot.interact(() -> model.board().stateFilterProperty().set(null));

        // 15:10: Eli's and Gus's shifts began ten minutes ago, past their five minutes of grace
        show(DAY + 15 * H + 10 * M);
        assertThat(cell(robot, "a5", "board-col-adherence")).isEqualTo("\u2716 Not logged in \u2014 shift since 15:00");
        assertThat(model.board().row("a5").adherenceProperty().get().status()).isEqualTo(AdherenceCell.Status.OUT);
        robot.clickOn("#board-out-of-adherence");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(robot, "a7", "board-col-adherence")).isEqualTo("\u2716 Not logged in \u2014 shift since 15:00");
        assertThat(names(robot)).containsExactlyInAnyOrder("Dana Moss", "Eli Park", "Gus Hart");
    }

    @Test
    void whenTheFeedLogsThemInTheSameRowShowsThemLiveUnderTheRostersName(FxRobot robot) throws Exception {
        morning();
        show(NOW);
        AgentRow dana = model.board().row("a4");
        assertThat(dana.onFloor()).isFalse();

        // the phone system does not name her: the roster does
        events.add(new FeedEvent.AgentLoggedIn(events.size() + 1, NOW + M, "a4", null, null, List.of("sales")));
        events.add(new FeedEvent.AgentStateChanged(events.size() + 1, NOW + M, "a4", AgentState.READY, null, null));
        show(NOW + 2 * M);

        assertThat(model.board().row("a4")).isSameAs(dana);
        assertThat(names(robot))
                .containsExactly("Ann Lee", "Bob Rossi", "Gus Hart", "Dana Moss", "Eli Park", "Finn Roy");
        assertThat(count(robot)).isEqualTo("6 of 6 agents");
        assertThat(cell(robot, "a4", "board-col-state")).isEqualTo("Ready");
        assertThat(cell(robot, "a4", "board-col-time")).isEqualTo("1:00");
        assertThat(cell(robot, "a4", "board-col-adherence")).isEqualTo("\u2714 In adherence (Shift)");
        assertThat(robot.lookup(".adherence-out").queryAll()).isEmpty();

        // and now an action reaches the phone system
        select(robot, "a4");
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).containsExactly(new AgentAction("a4", AgentAction.Kind.READY, null, "maria"));
    }

    @Test
    void anActionOnAnAgentWhoIsNotLoggedInIsRefusedWithTheReason(FxRobot robot) throws Exception {
        morning();
        show(NOW);
        select(robot, "a4");
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).as("nothing sent").isEmpty();
        AgentRow dana = model.board().row("a4");
        assertThat(dana.actionStateProperty().get()).isEqualTo(AgentRow.ActionState.REFUSED);
        assertThat(cell(robot, "a4", "board-col-action"))
                .isEqualTo("Set ready: refused \u2014 Dana Moss is not logged in");
        assertThat(robot.lookup("#board-last-action").queryAs(Label.class).getText())
                .isEqualTo("Dana Moss: Set ready: refused \u2014 Dana Moss is not logged in");

        // logging out someone who is not logged in asks nothing: it says so at once
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(asked).isEmpty();
        assertThat(dana.actionTextProperty().get()).isEqualTo("Log out: refused \u2014 Dana Moss is not logged in");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("Break");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).isEmpty();
        assertThat(dana.actionTextProperty().get())
                .isEqualTo("Set not ready (Break): refused \u2014 Dana Moss is not logged in");
    }
}
