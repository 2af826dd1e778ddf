package io.floorview.ui.schedule;

import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.schedule.Adherence;
import io.floorview.domain.schedule.AdherenceException;
import io.floorview.service.schedule.AdherenceService;
import io.floorview.ui.common.UiExecutor;
import java.time.Instant;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Adherence on the schedule screen, on the FX thread: each agent's live adherence (from floor snapshots) and the
 * report of the range shown, with excuses. The work runs through the {@link UiExecutor}.
 */
public final class AdherenceModel {

    private final AdherenceService service;
    private final UiExecutor executor;
    private final ScheduleViewModel schedule;
    private final String author;
    private final ReadOnlyObjectWrapper<Map<String, Adherence.Now>> live = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<AdherenceService.Report> report = new ReadOnlyObjectWrapper<>();
    private boolean liveBusy;

    public AdherenceModel(AdherenceService service, UiExecutor executor, ScheduleViewModel schedule, String author) {
        this.service = service;
        this.executor = executor;
        this.schedule = schedule;
        this.author = author;
    }

    /** Works out everyone's adherence at the snapshot's time (skipped while the last one is still being worked). */
    public void update(FloorSnapshot snapshot) {
        if (liveBusy) {
            return;
        }
        liveBusy = true;
        executor.submit(() -> service.live(snapshot), m -> {
            liveBusy = false;
            live.set(Map.copyOf(m));
        }, t -> {
            liveBusy = false;
            schedule.say(ScheduleViewModel.Level.ERROR, schedule.texts().get("schedule.status.failed", t.getMessage()));
        });
    }

    /** The report of the day or week shown. */
    public void runReport() {
        long from = schedule.fromMs();
        long to = schedule.toMs();
        executor.submit(() -> service.report(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to)), report::set,
                t -> schedule.say(ScheduleViewModel.Level.ERROR,
                        schedule.texts().get("schedule.status.failed", t.getMessage())));
    }

    /** Excuses an exception with a note; a blank note is refused with the reason. */
    public void excuse(AdherenceException e, String note) {
        if (note == null || note.isBlank()) {
            schedule.say(ScheduleViewModel.Level.ERROR, schedule.texts().get("schedule.adherence.noteNeeded"));
            return;
        }
        executor.submit(() -> service.excuse(e.agent(), e.fromMs(), e.toMs(), note, author), x -> {
            schedule.say(ScheduleViewModel.Level.OK, schedule.texts().get("schedule.adherence.excused",
                    schedule.texts().time(x.fromMs()), schedule.texts().time(x.toMs())));
            runReport();
        }, t -> schedule.say(ScheduleViewModel.Level.ERROR,
                schedule.texts().get("schedule.status.failed", t.getMessage())));
    }

    public ReadOnlyObjectProperty<Map<String, Adherence.Now>> liveProperty() {
        return live.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AdherenceService.Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    ScheduleViewModel schedule() {
        return schedule;
    }
}
