package io.floorview.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.alert.AlertLevel;
import io.floorview.domain.alert.Crossing;
import io.floorview.domain.alert.Metric;
import io.floorview.domain.alert.RaisedAlert;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.KpiEngine;
import io.floorview.service.ingest.FeedStatus;
import io.floorview.service.live.AlertLog;
import io.floorview.store.AlertLogRepository;
import io.floorview.store.Database;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import io.floorview.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Today's alerts are kept: a console started again lists them, without a second row or notification. */
@ExtendWith(ApplicationExtension.class)
class AlertsRestartTest {

    private static final long NOW = Instant.parse("2026-11-23T12:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    private Stage stage;
    private DashboardViewModel model;
    private AlertLog log;
    private ExecutorService store;
    private final List<String> notified = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void stopStore() {
        if (store != null) {
            store.shutdownNow();
        }
    }

    /** A console started over the data folder: a new database connection, model, window and store thread. */
    private void open() {
        stopStore();
        log = new AlertLog(new AlertLogRepository(Database.open(dir.resolve("floorview.db"))),
                () -> CenterSettings.defaults(ZoneOffset.UTC));
        store = Executors.newSingleThreadExecutor();
        notified.clear();
        AlertLog kept = log;
        Platform.runLater(() -> {
            model = new DashboardViewModel(new Messages(Locale.ENGLISH), ZoneOffset.UTC);
            model.alerts().setHistory(new AlertHistory() {
                @Override
                public List<RaisedAlert> load(LocalDate day) {
                    return kept.ofDay(day);
                }

                @Override
                public void record(RaisedAlert alert) {
                    kept.record(alert);
                }
            }, UiExecutor.of(store, Platform::runLater));
            model.alerts().addListener(a -> notified.add(a.text()));
            Scene scene = new Scene(new MainWindow(model), 1280, 800);
            scene.getStylesheets().add(getClass().getResource("/io/floorview/ui/floorview.css").toExternalForm());
            stage.setScene(scene);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@code n} callers waiting in "sales" at {@code at}, the feed in {@code state}. */
    private void show(int n, long at, FeedStatus.State state) throws Exception {
        KpiEngine engine = new KpiEngine(CenterSettings.defaults(ZoneOffset.UTC), at);
        for (int i = 1; i <= n; i++) {
            engine.apply(new FeedEvent.CallEntered(i, at - 10_000, "c" + i, "sales", "+39" + i, i));
        }
        FloorSnapshot s = engine.snapshot(at);
        Platform.runLater(() -> {
            model.update(new FeedStatus(state, at, "sim-1", "http://127.0.0.1:1", n, n, n, 0, null, -1));
            model.update(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
        settle();
    }

    /** Waits for the store thread's work and the list's update that follows it. */
    private void settle() throws Exception {
        store.submit(() -> { }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> listed() {
        return model.alerts().alerts().stream().map(a -> a.time() + " " + a.text()).toList();
    }

    private int rows() {
        return log.ofDay(LocalDate.parse("2026-11-23")).size();
    }

    @Test
    void todaysAlertsAreListedAgainAfterARestartWithoutASecondRowOrNotification(FxRobot robot) throws Exception {
        open();
        show(3, NOW - 60_000, FeedStatus.State.LIVE);
        show(5, NOW, FeedStatus.State.LIVE);
        List<String> before = listed();
        assertThat(before).containsExactly(
                "12:00:00 sales: Calls waiting 5 \u2014 warning (level 5)",
                "12:00:00 All queues: Calls waiting 5 \u2014 warning (level 5)");
        assertThat(notified).hasSize(2);
        assertThat(rows()).isEqualTo(2);
        // an alert of yesterday is kept too, but is no alert of today
        log.record(new RaisedAlert(new Crossing("sales", "sales", Metric.ASA, AlertLevel.OK, AlertLevel.CRITICAL,
                95, NOW - 86_400_000L), 60));

        // the console starts again: while today is rebuilt the figures rise to the levels listed already
        open();
        show(2, NOW + 60_000, FeedStatus.State.REBUILDING);
        show(5, NOW + 61_000, FeedStatus.State.REBUILDING);
        assertThat(listed()).as("the same alerts, as they were said then").isEqualTo(before);
        assertThat(notified).as("no notification for what was listed").isEmpty();
        assertThat(rows()).as("no second row").isEqualTo(2);
        robot.clickOn("#tab-alerts");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TabPane tabs = robot.lookup("#live-tabs").query();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-alerts");
        assertThat(robot.lookup("#alerts-table").queryTableView().getItems()).hasSize(2);
        assertThat(robot.lookup(".tab-label").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .map(javafx.scene.control.Labeled::getText)).contains("Alerts today (2)");
        Screens.save(stage.getScene(), "alerts-after-restart");

        // live again: the same level is no news; a higher one is
        show(5, NOW + 120_000, FeedStatus.State.LIVE);
        assertThat(listed()).isEqualTo(before);
        show(11, NOW + 180_000, FeedStatus.State.LIVE);
        assertThat(listed()).hasSize(4).startsWith(
                "12:03:00 sales: Calls waiting 11 \u2014 critical (level 10)",
                "12:03:00 All queues: Calls waiting 11 \u2014 critical (level 10)");
        assertThat(notified).hasSize(2);
        assertThat(rows()).isEqualTo(4);
        TableView<?> table = robot.lookup("#alerts-table").queryTableView();
        assertThat(table.getItems()).hasSize(4);
    }

    @Test
    void aFigureThatFellAndRoseAgainOnceLiveIsANewAlert(FxRobot robot) throws Exception {
        open();
        show(5, NOW, FeedStatus.State.LIVE);
        assertThat(rows()).isEqualTo(2);

        open();
        show(5, NOW + 60_000, FeedStatus.State.REBUILDING);
        show(1, NOW + 120_000, FeedStatus.State.LIVE);
        show(6, NOW + 180_000, FeedStatus.State.LIVE);
        assertThat(listed()).hasSize(4).first().isEqualTo("12:03:00 sales: Calls waiting 6 \u2014 warning (level 5)");
        assertThat(notified).hasSize(2);
        assertThat(rows()).isEqualTo(4);
    }
}
