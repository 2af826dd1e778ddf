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
import io.floorview.domain.schedule.Schedule;
import io.floorview.domain.schedule.ScheduleItem;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Live adherence on the agent board: worked out off the FX thread from the published schedule, shown with a mark
 * and words (not only a colour), sorted worst first and filtered to the agents out of adherence.
 */
@ExtendWith(ApplicationExtension.class)
class AgentBoardAdherenceTest {

    private static final long M = 60_000L;
    private static final long NOW = Instant.parse("2026-11-23T12:00:00Z").toEpochMilli();

    /** Carla's lunch is 11:50-12:20 (grace 5 minutes); Bob is on shift all day; Ann is not scheduled. */
    private static final Schedule SCHEDULE = new Schedule(ActivityCodes.defaults(), List.of(
            new ScheduleItem("s2", "a2", "shift", NOW - 4 * 60 * M, 8 * 60 * M),
            new ScheduleItem("s3", "a3", "shift", NOW - 4 * 60 * M, 8 * 60 * M),
            new ScheduleItem("l3", "a3", "lunch", NOW - 10 * M, 30 * M)));

    private DashboardViewModel model;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    @Start
    void start(Stage stage) {
        model = new DashboardViewModel(new Messages(Locale.ENGLISH), ZoneOffset.UTC);
        model.board().setAdherence(new AgentBoardModel.AdherenceSource() {
            @Override
            public Map<String, Adherence.Now> live(FloorSnapshot s) {
                threads.add(Thread.currentThread().getName());
                if (failing) {
                    throw new IllegalStateException("database is locked");
                }
                Map<String, Adherence.Now> out = new TreeMap<>();
                for (String agent : SCHEDULE.agents()) {
                    AgentView a = s.agents().stream().filter(v -> v.id().equals(agent)).findFirst().orElseThrow();
                    out.put(agent, Adherence.now(SCHEDULE, agent, a.state(), a.reason(), a.stateSinceMs(),
                            s.asOfMs(), List.of()));
                }
                return out;
            }

            @Override
            public String activityName(String code) {
                return SCHEDULE.codes().require(code).name();
            }
        }, UiExecutor.of(background, Platform::runLater));
        Screens.open(stage, new MainWindow(model));
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    /** Ann on a call, Bob in wrap-up, Carla ready since 11:00 though her lunch began at 11:50. */
    private void show(long at) throws Exception {
        List<FeedEvent> events = new ArrayList<>();
        long t = NOW - 60 * M;
        long seq = 0;
        events.add(new FeedEvent.AgentLoggedIn(++seq, t, "a1", "Ann Lee", "North", List.of("sales")));
        events.add(new FeedEvent.AgentLoggedIn(++seq, t, "a2", "Bob Rossi", "South", List.of("billing")));
        events.add(new FeedEvent.AgentLoggedIn(++seq, t, "a3", "Carla Diaz", "North", List.of("sales")));
        events.add(new FeedEvent.AgentStateChanged(++seq, t, "a3", AgentState.READY, null, null));
        events.add(new FeedEvent.AgentStateChanged(++seq, NOW - 20 * M, "a1", AgentState.ON_CALL, null, "c1"));
        events.add(new FeedEvent.AgentStateChanged(++seq, NOW - 20 * M, "a2", AgentState.WRAP_UP, null, null));
        KpiEngine engine = new KpiEngine(CenterSettings.defaults(ZoneOffset.UTC), at);
        events.forEach(engine::apply);
        FloorSnapshot s = engine.snapshot(at);
        Platform.runLater(() -> model.update(s));
        settle();
    }

    /** Lets the background work and its return to the FX thread finish. */
    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        background.submit(() -> { }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        background.submit(() -> { }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> names(FxRobot robot) {
        TableView<AgentRow> table = robot.lookup("#board-table").queryTableView();
        return table.getItems().stream().map(r -> r.nameProperty().get()).toList();
    }

    private String cellText(FxRobot robot, String agent) {
        TableView<AgentRow> table = robot.lookup("#board-table").queryTableView();
        int i = table.getItems().indexOf(model.board().row(agent));
        TableColumn<AgentRow, ?> col = table.getColumns().stream()
                .filter(c -> "board-col-adherence".equals(c.getId())).findFirst().orElseThrow();
        return robot.lookup(".table-row-cell").<javafx.scene.control.TableRow<AgentRow>>queryAll().stream()
                .filter(r -> r.getIndex() == i).findFirst().orElseThrow()
                .getChildrenUnmodifiable().stream().map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() == col).findFirst().orElseThrow().getText();
    }

    @Test
    void anAgentReadyDuringLunchIsWithinGraceThenOutOfAdherenceAndTheFilterShowsOnlyThem(FxRobot robot)
            throws Exception {
        show(NOW - 7 * M);  // 11:53: off her lunch for 3 minutes, within its 5 minutes of grace
        AgentRow carla = model.board().row("a3");
        assertThat(carla.adherenceProperty().get().status()).isEqualTo(AdherenceCell.Status.GRACE);
        assertThat(carla.adherenceProperty().get().text())
                .isEqualTo("\u26a0 Off schedule since 11:50, within grace (scheduled: Lunch, actual: Ready)");

        show(NOW);  // 12:00: 10 minutes off, past the grace
        assertThat(carla.adherenceProperty().get().status()).isEqualTo(AdherenceCell.Status.OUT);
        assertThat(cellText(robot, "a3"))
                .isEqualTo("\u2716 Out of adherence since 11:50 (scheduled: Lunch, actual: Ready)");
        assertThat(cellText(robot, "a2")).isEqualTo("\u2714 In adherence (Shift)");
        assertThat(cellText(robot, "a1")).isEqualTo("\u2013 Not scheduled");
        assertThat(robot.lookup(".adherence-out").queryAll()).hasSize(1);
        assertThat(threads).isNotEmpty().noneMatch(n -> n.contains("JavaFX Application Thread"));

        robot.clickOn("#board-col-adherence");  // worst first
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot)).containsExactly("Carla Diaz", "Bob Rossi", "Ann Lee");

        robot.clickOn("#board-out-of-adherence");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot)).containsExactly("Carla Diaz");
        assertThat(robot.lookup("#board-count").queryAs(Label.class).getText()).isEqualTo("1 of 3 agents");

        robot.clickOn("#board-out-of-adherence");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot)).hasSize(3);
    }

    @Test
    void whenAdherenceCannotBeWorkedOutTheBoardSaysSoAndShowsNoStaleStatus(FxRobot robot) throws Exception {
        show(NOW);
        assertThat(model.board().row("a3").adherenceProperty().get().status()).isEqualTo(AdherenceCell.Status.OUT);
        failing = true;
        show(NOW + 1_000);
        assertThat(model.board().row("a3").adherenceProperty().get()).isNull();
        Label problem = robot.lookup("#board-adherence-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Adherence cannot be shown: database is locked");
        assertThat(cellText(robot, "a3")).isEqualTo("? Not known yet");

        failing = false;
        show(NOW + 2_000);
        assertThat(problem.isVisible()).isFalse();
        assertThat(model.board().row("a3").adherenceProperty().get().status()).isEqualTo(AdherenceCell.Status.OUT);
    }

    @Test
    void withoutAScheduleTheBoardHasNoAdherenceColumnNorFilter(FxRobot robot) {
        DashboardViewModel plain = new DashboardViewModel(new Messages(Locale.ENGLISH), ZoneOffset.UTC);
        AgentBoardView[] view = new AgentBoardView[1];
        robot.interact(() -> view[0] = new AgentBoardView(plain.board(), new Messages(Locale.ENGLISH)));
        assertThat(view[0].table().getColumns().stream().filter(c -> "board-col-adherence".equals(c.getId()))
                .findFirst().orElseThrow().isVisible()).isFalse();
        assertThat(view[0].lookup("#board-out-of-adherence").isVisible()).isFalse();
        assertThat(plain.board().outOfAdherenceOnlyProperty().get()).isFalse();
    }
}
