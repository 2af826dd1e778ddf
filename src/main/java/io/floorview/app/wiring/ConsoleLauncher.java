package io.floorview.app.wiring;

import io.floorview.ui.common.FxBridge;
import io.floorview.ui.common.Messages;
import io.floorview.ui.live.DashboardViewModel;
import io.floorview.ui.shell.MainWindow;
import io.floorview.ui.shell.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Opens the console's window on the JavaFX toolkit (started here, without an Application subclass, so the
 * wiring is passed in rather than found through statics) and blocks until the window is closed.
 */
public final class ConsoleLauncher {

    /** Watches the window, e.g. the self-test waiting for the first live frame. */
    public interface WindowProbe {
        void opened(Stage stage, MainWindow window, DashboardViewModel model);
    }

    private ConsoleLauncher() {
    }

    /** The console's screens after the live floor, in the switcher's order (Ctrl+2, Ctrl+3 …). */
    static List<Section> sections(ConsoleContext context, Messages messages) {
        List<Section> sections = new ArrayList<>();
        // the names the live floor knows, from the start, so that the reports show them too
        io.floorview.service.live.DisplayNames names = new io.floorview.service.live.DisplayNames();
        context.addSnapshotListener(names::update);
        sections.add(new Section("reports", messages.get("reports.section"), () -> {
            var reports = new io.floorview.ui.reports.ReportsViewModel(context.reports(),
                    io.floorview.ui.common.UiExecutor.of(context.reports().executor(), Platform::runLater),
                    Platform::runLater, messages, java.time.LocalDate.now(context.floor().settings().zone()));
            reports.setNames(names::queue, names::agent);
            return new io.floorview.ui.reports.ReportsView(reports);
        }));
        sections.add(new Section("schedules", messages.get("schedule.title"), () -> io.floorview.ui.schedule.ScheduleScreen
                .create(context.schedules(), context.adherence(), context::addSnapshotListener, messages,
                        context.supervisor(),
                        context.floor().settings().businessDay(System.currentTimeMillis()))));
        sections.add(new Section("staffing", messages.get("staffing.section"), () -> new io.floorview.ui.staffing.StaffingView(
                new io.floorview.ui.staffing.StaffingViewModel(context.staffing(), io.floorview.ui.common.UiExecutor.of(
                        context.staffingExecutor(), Platform::runLater), messages, context.floor().settings().zone()))));
        sections.add(new Section("qa", messages.get("qa.section.title"), () -> io.floorview.ui.qa.QaScreen.build(
                context.qa().service(), context.qa().exchange(), context.qa().recordings(), messages,
                context.supervisor())));
        return sections;
    }

    /** Shows the console until its window is closed (or {@code probe} closes it). */
    public static void run(ConsoleContext context, WindowProbe probe) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        LayoutPersistence layout = new LayoutPersistence(context.floorLayouts());
        var savedLayout = layout.load();
        Consumer<Stage> open = stage -> {
            Messages messages = new Messages(Locale.getDefault());
            DashboardViewModel model = new DashboardViewModel(messages, context.floor().settings().zone());
            LiveFloorWiring.wire(context, model);
            MainWindow window = new MainWindow(model, sections(context, messages));
            FxBridge<io.floorview.domain.kpi.FloorSnapshot> snapshots = new FxBridge<>(Platform::runLater, model::update);
            FxBridge<io.floorview.service.ingest.FeedStatus> statuses = new FxBridge<>(Platform::runLater, model::update);
            context.addSnapshotListener(snapshots::publish);
            context.addStatusListener(statuses::publish);
            Scene scene = new Scene(window, 1440, 900);
            scene.getStylesheets().add(ConsoleLauncher.class.getResource("/io/floorview/ui/floorview.css").toExternalForm());
            stage.setTitle(messages.get("app.title"));
            for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
                var icon = ConsoleLauncher.class.getResource("/io/floorview/ui/icons/floorview-" + size + ".png");
                if (icon != null) {
                    stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
                }
            }
            stage.setMinWidth(800);
            stage.setMinHeight(560);
            stage.setScene(scene);
            layout.attach(stage, model, savedLayout);
            stage.setOnHidden(e -> closed.countDown());
            stage.show();
            if (probe != null) {
                probe.opened(stage, window, model);
            }
        };
        Platform.setImplicitExit(false);
        boolean ownToolkit = true;
        try {
            Platform.startup(() -> open.accept(new Stage()));
        } catch (IllegalStateException alreadyRunning) {
            ownToolkit = false;
            Platform.runLater(() -> open.accept(new Stage()));
        }
        context.start();
        closed.await();
        layout.close();
        if (ownToolkit) {
            Platform.exit();
        }
    }
}
