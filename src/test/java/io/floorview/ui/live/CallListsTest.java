package io.floorview.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.KpiEngine;
import io.floorview.ui.common.Messages;
import io.floorview.ui.shell.MainWindow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The waiting callers and today's abandoned calls, as lists a supervisor reads. */
@ExtendWith(ApplicationExtension.class)
class CallListsTest {

    private static final long NOW = Instant.parse("2026-11-23T12:00:00Z").toEpochMilli();

    private DashboardViewModel model;

    @Start
    void start(Stage stage) {
        model = new DashboardViewModel(new Messages(Locale.ENGLISH), ZoneOffset.UTC);
        stage.setScene(new Scene(new MainWindow(model), 1280, 800));
        stage.show();
    }

    private void show(long at) {
        KpiEngine engine = new KpiEngine(CenterSettings.defaults(ZoneOffset.UTC), NOW);
        List<FeedEvent> events = List.of(
                new FeedEvent.CallEntered(1, NOW - 300_000, "a1", "sales", "+39 111", 1),
                new FeedEvent.CallAbandoned(2, NOW - 250_000, "a1", "sales", 50_000, 1, 1),
                new FeedEvent.CallEntered(3, NOW - 45_000, "w1", "billing", "+39 222", 1),
                new FeedEvent.CallEntered(4, NOW - 20_000, "w2", "sales", "+39 333", 1));
        events.forEach(engine::apply);
        FloorSnapshot s = engine.snapshot(at);
        Platform.runLater(() -> model.update(s));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void waitingCallersOldestFirstWithTheWaitTickingAndTodaysAbandonedCalls(FxRobot robot) {
        show(NOW);
        Tab waitingTab = robot.lookup("#live-tabs").queryAs(javafx.scene.control.TabPane.class).getTabs().get(1);
        assertThat(waitingTab.getText()).isEqualTo("Waiting calls (2)");

        robot.clickOn("#tab-waiting");
        assertThat(waitingTab.isSelected()).isTrue();
        TableView<CallListsModel.Waiting> waiting = robot.lookup("#waiting-table").queryTableView();
        assertThat(waiting.getItems()).extracting(w -> w.call().caller() + " " + w.queueName() + " " + w.waitMs())
                .containsExactly("+39 222 billing 45000", "+39 333 sales 20000");
        show(NOW + 3_000);
        assertThat(waiting.getItems()).extracting(CallListsModel.Waiting::waitMs).containsExactly(48_000L, 23_000L);

        robot.clickOn("#tab-abandoned");
        TableView<CallListsModel.Abandoned> abandoned = robot.lookup("#abandoned-table").queryTableView();
        assertThat(abandoned.getItems()).hasSize(1);
        CallListsModel.Abandoned a = abandoned.getItems().get(0);
        assertThat(a.call().caller()).isEqualTo("+39 111");
        assertThat(a.call().waitMs()).isEqualTo(50_000);
        assertThat(a.call().position()).isEqualTo(1);
        assertThat(robot.lookup("11:55:50").tryQuery()).as("the time of day it was abandoned").isPresent();
    }
}
