package io.floorview.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.alert.Metric;
import io.floorview.domain.alert.Threshold;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.KpiEngine;
import io.floorview.service.live.FloorLayouts;
import io.floorview.store.Database;
import io.floorview.store.FloorLayoutRepository;
import io.floorview.testing.SampleEvents;
import io.floorview.ui.common.Messages;
import io.floorview.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The supervisor's layout survives a restart; the wallboard shows the chosen tiles and rotates the queues. */
@ExtendWith(ApplicationExtension.class)
class LayoutAndWallboardTest {

    private static final long DAY = Instant.parse("2026-11-23T00:00:00Z").toEpochMilli();
    private static final long NOW = DAY + 12 * 3_600_000L;

    @TempDir
    Path dir;

    private Stage stage;
    private DashboardViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open();
        stage.show();
    }

    private void open() {
        model = new DashboardViewModel(new Messages(Locale.ENGLISH), ZoneOffset.UTC);
        model.setFormulaHandler((q, f) -> { });
        window = new MainWindow(model);
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/io/floorview/ui/floorview.css").toExternalForm());
        stage.setScene(scene);
    }

    private void feed() {
        List<FeedEvent> events = new ArrayList<>(SampleEvents.calls(DAY + 8 * 3_600_000L, 8));
        events.add(new FeedEvent.CallEntered(events.size() + 1, NOW - 90_000, "w1", "billing", "+391", 1));
        KpiEngine engine = new KpiEngine(CenterSettings.defaults(ZoneOffset.UTC), NOW);
        events.forEach(engine::apply);
        FloorSnapshot s = engine.snapshot(NOW);
        Platform.runLater(() -> model.update(s));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theLayoutChosenIsRestoredAfterARestart(FxRobot robot) throws Exception {
        feed();
        robot.clickOn("#queue-billing");
        robot.interact(() -> model.windowProperty().set(30));
        javafx.scene.control.MenuButton tiles = robot.lookup("#tiles-button").query();
        robot.interact(() -> tiles.getItems().stream().filter(i -> "show-tile-occupancy".equals(i.getId()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst().orElseThrow().setSelected(false));
        robot.clickOn("#theme-toggle");
        javafx.scene.control.MenuButton queues = robot.lookup("#queues-button").query();
        robot.interact(() -> queues.getItems().stream().filter(i -> "show-queue-sales".equals(i.getId()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst().orElseThrow().setSelected(false));
        assertThat(robot.lookup("#queue-sales").tryQuery()).as("a hidden queue leaves the selector").isEmpty();
        robot.interact(() -> {
            model.setThresholds(model.alerts().thresholds().withQueue("billing", Metric.WAITING, new Threshold(1, 2)));
            model.chooseFormula("billing", io.floorview.domain.kpi.ServiceLevelFormula.ABANDONS_AGAINST);
        });
        assertThat(model.layout().tiles()).doesNotContain("occupancy").hasSize(11);
        assertThat(window.getStyleClass()).contains("light");

        FloorLayouts store = new FloorLayouts(new FloorLayoutRepository(Database.open(dir.resolve("floorview.db"))),
                "maria", () -> 1L);
        java.util.concurrent.CompletableFuture<io.floorview.domain.layout.FloorLayout> captured =
                new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> captured.complete(model.captureLayout()));
        store.save(captured.get());

        // a new console: a new database connection, a new window, the layout read back before the feed speaks
        FloorLayouts reopened = new FloorLayouts(new FloorLayoutRepository(Database.open(dir.resolve("floorview.db"))),
                "maria", () -> 2L);
        var saved = reopened.load().orElseThrow();
        robot.interact(() -> {
            open();
            model.applyLayout(saved);
        });
        feed();
        assertThat(model.selectedProperty().get().id()).as("the queue, once the feed names it").isEqualTo("billing");
        assertThat(model.windowProperty().get()).isEqualTo(30);
        assertThat(robot.lookup("#tile-occupancy").tryQuery()).isEmpty();
        assertThat(robot.lookup("#tile-waiting").tryQuery()).isPresent();
        assertThat(window.getStyleClass()).contains("light");
        assertThat(robot.lookup("#queue-sales").tryQuery()).as("still hidden").isEmpty();
        assertThat(robot.lookup("#queue-billing").tryQuery()).isPresent();
        assertThat(model.alerts().thresholds().of("billing", Metric.WAITING)).isEqualTo(new Threshold(1, 2));
        assertThat(model.tileById("serviceLevel").titleProperty().get()).isEqualTo("Service level \u00b7 last 30 min");
        assertThat(saved.formulas()).containsEntry("billing",
                io.floorview.domain.kpi.ServiceLevelFormula.ABANDONS_AGAINST);
        screenshot(robot, "light-restored");
    }

    @Test
    void f11ShowsTheWallboardWithTheChosenTilesAndRotatesTheQueues(FxRobot robot) throws Exception {
        feed();
        robot.interact(() -> model.layout().tiles().setAll(List.of("waiting", "longestWait", "serviceLevel",
                "abandoned", "asa", "agents")));
        robot.clickOn("#dashboard");
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isWallboard()).isTrue();
        assertThat(robot.lookup("#live-tabs").tryQuery()).as("no tabs on the wallboard").isEmpty();
        assertThat(robot.lookup("#wallboard-title").queryLabeled().getText()).isEqualTo("All queues");
        assertThat(window.dashboard().getChildren()).hasSize(6);
        screenshot(robot, "wallboard");

        robot.interact(window::nextQueue);
        assertThat(robot.lookup("#wallboard-title").queryLabeled().getText()).isEqualTo("billing");
        robot.interact(() -> model.layout().hiddenQueues().add("sales"));
        robot.interact(window::nextQueue);
        assertThat(model.selectedProperty().get().id()).as("hidden queues are skipped").isEqualTo("*");

        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isWallboard()).isFalse();
        assertThat(robot.lookup("#live-tabs").tryQuery()).isPresent();
    }

    @Test
    void theSupervisorSetsHowLongEachQueueIsShownAndTheRunningWallboardFollowsAtOnce(FxRobot robot) throws Exception {
        feed();
        javafx.scene.control.Spinner<Integer> spinner = robot.lookup("#rotate-seconds").query();
        assertThat(spinner.getValue()).isEqualTo(15);
        javafx.scene.control.Label label = robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class)
                .stream().filter(l -> l.getLabelFor() == spinner).findFirst().orElseThrow();
        assertThat(label.getText()).isEqualTo("Next queue every");

        retype(robot, spinner, "30");
        assertThat(model.layout().rotateSecondsProperty().get()).isEqualTo(30);
        retype(robot, spinner, "500");
        assertThat(model.layout().rotateSecondsProperty().get()).as("brought into range").isEqualTo(120);
        assertThat(spinner.getEditor().getText()).isEqualTo("120");
        assertThat(robot.lookup("#live-note").queryLabeled().getText())
                .isEqualTo("The wallboard shows each queue 5 to 120 seconds; the nearest was taken");
        retype(robot, spinner, "x");
        assertThat(spinner.getEditor().getText()).as("letters are not taken").isEqualTo("120");
        screenshot(robot, "rotation-spinner");

        robot.clickOn("#dashboard");
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.rotation().intervalSeconds()).isEqualTo(120);
        assertThat(robot.lookup("#wallboard-hint").queryLabeled().getText()).startsWith("Next queue in 120 s");
        assertThat(robot.lookup("#wallboard-title").queryLabeled().getText()).isEqualTo("All queues");

        // changed while the wallboard runs (the layout of another screen, say): the next turn comes sooner
        robot.interact(() -> model.layout().rotateSecondsProperty().set(5));
        assertThat(window.rotation().intervalSeconds()).isEqualTo(5);
        assertThat(robot.lookup("#wallboard-hint").queryLabeled().getText()).startsWith("Next queue in 5 s");
        screenshot(robot, "wallboard-rotation");
        WaitForAsyncUtils.waitFor(12, java.util.concurrent.TimeUnit.SECONDS,
                () -> !"*".equals(model.selectedProperty().get().id()));
        assertThat(model.selectedProperty().get().id()).as("the next queue, after 5 s and not 120").isEqualTo("billing");
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.rotation().isRunning()).isFalse();
        assertThat(spinner.getValue()).as("the spinner follows the layout").isEqualTo(5);

        // saved with the layout, and there again after a restart
        robot.interact(() -> model.layout().rotateSecondsProperty().set(45));
        FloorLayouts store = new FloorLayouts(new FloorLayoutRepository(Database.open(dir.resolve("floorview.db"))),
                "maria", () -> 1L);
        java.util.concurrent.CompletableFuture<io.floorview.domain.layout.FloorLayout> captured =
                new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> captured.complete(model.captureLayout()));
        store.save(captured.get());
        var saved = store.load().orElseThrow();
        assertThat(saved.rotateSeconds()).isEqualTo(45);
        robot.interact(() -> {
            open();
            model.applyLayout(saved);
        });
        feed();
        javafx.scene.control.Spinner<Integer> again = robot.lookup("#rotate-seconds").query();
        assertThat(again.getValue()).isEqualTo(45);
        robot.clickOn("#dashboard");
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.rotation().intervalSeconds()).isEqualTo(45);
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects what the spinner's field holds, types {@code text} over it and presses Enter. */
    private static void retype(FxRobot robot, javafx.scene.control.Spinner<Integer> spinner, String text) {
        robot.clickOn(spinner.getEditor());
        robot.interact(spinner.getEditor()::selectAll);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void screenshot(FxRobot robot, String name) throws Exception {
        Screens.save(window.getScene(), name);
    }
}
