package io.floorview.ui.schedule;

import io.floorview.service.schedule.ScheduleService;
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

    public static ScheduleView create(ScheduleService service, Messages messages, String author, LocalDate today) {
        ExecutorService io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "schedule-io");
            t.setDaemon(true);
            return t;
        });
        ScheduleViewModel model = new ScheduleViewModel(service, UiExecutor.of(io, Platform::runLater),
                new ScheduleTexts(messages, service.zone()), author, today);
        ScheduleView view = new ScheduleView(model);
        model.reload();
        return view;
    }
}
