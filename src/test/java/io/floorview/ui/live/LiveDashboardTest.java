package io.floorview.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.app.wiring.ConsoleConfig;
import io.floorview.app.wiring.ConsoleContext;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.feed.sim.SimulatorConfig;
import io.floorview.service.ingest.FeedStatus;
import io.floorview.ui.common.FxBridge;
import io.floorview.ui.common.Messages;
import io.floorview.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard on the real embedded simulated feed: feed → cache → KPIs → tiles, headless. */
@ExtendWith(ApplicationExtension.class)
class LiveDashboardTest {

    @TempDir
    static Path data;

    private ConsoleContext context;
    private DashboardViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        ZoneId zone = ZoneId.of("Europe/Rome");
        context = ConsoleContext.open(new ConsoleConfig(data, null, null, zone, LocalTime.MIDNIGHT,
                SimulatorConfig.defaults(5, zone), 100));
        model = new DashboardViewModel(new Messages(Locale.ENGLISH), zone);
        window = new MainWindow(model);
        FxBridge<FloorSnapshot> snapshots = new FxBridge<>(Platform::runLater, model::update);
        FxBridge<FeedStatus> statuses = new FxBridge<>(Platform::runLater, model::update);
        context.addSnapshotListener(snapshots::publish);
        context.addStatusListener(statuses::publish);
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        context.start();
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void tilesShowLiveValuesAndKeepChanging(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.showingLiveValuesProperty().get());
        assertThat(model.connectionTextProperty().get()).isEqualTo("Live");
        double agents = window.dashboard().tile("agents").getValue();
        assertThat(agents).as("agents logged in").isPositive();
        String firstSeq = model.statusTextProperty().get();
        double offered = window.dashboard().tile("offered").getValue();
        // at 100× real time the simulated center moves on: more events, and the day's figures move with them
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !model.statusTextProperty().get().equals(firstSeq)
                        && window.dashboard().tile("offered").getValue() > offered
                        || window.dashboard().tile("offered").getValue() < offered /* a new day began */);
        assertThat(model.latest().center().today().offered())
                .isEqualTo((long) window.dashboard().tile("offered").getValue());
        assertThat(model.queues()).extracting(DashboardViewModel.QueueChoice::name)
                .contains("All queues", "Sales", "Billing");
    }
}
