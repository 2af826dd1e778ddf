package io.floorview.ui.schedule;

import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.service.schedule.AdherenceService;
import io.floorview.service.schedule.ScheduleService;
import io.floorview.ui.common.FxBridge;
import java.util.function.Consumer;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/** Builds the Schedules screen: its view model on a {@code schedule-io} thread for the database, and its view. */
public final class ScheduleScreen {

    private ScheduleScreen() {
    }

    /**
     * @param snapshots registers a listener of the live floor's snapshots (called on the snapshot thread), for
     *                  live adherence
     */
    public static ScheduleView create(ScheduleService service, AdherenceService adherence,
                                      Consumer<Consumer<FloorSnapshot>> snapshots, Messages messages, String author,
                                      LocalDate today) {
        ExecutorService io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "schedule-io");
            t.setDaemon(true);
            return t;
        });
        ScheduleViewModel model = new ScheduleViewModel(service, UiExecutor.of(io, Platform::runLater),
                new ScheduleTexts(messages, service.zone()), author, today);
        AdherenceModel live = new AdherenceModel(adherence, UiExecutor.of(io, Platform::runLater), model, author);
        ScheduleView view = new ScheduleView(model, live);
        FxBridge<FloorSnapshot> bridge = new FxBridge<>(Platform::runLater, live::update);
        snapshots.accept(bridge::publish);
        // a publication shows in live adherence at once, not at the next periodic read
        model.unpublishedProperty().addListener((o, was, now) -> {
            if (!now) {
                io.execute(adherence::refresh);
            }
        });
        model.reload();
        return view;
    }
}
