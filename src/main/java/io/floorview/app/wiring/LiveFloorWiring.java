package io.floorview.app.wiring;

import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.ServiceLevelFormula;
import io.floorview.service.live.LiveFloor;
import io.floorview.ui.live.DashboardViewModel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects the live floor's view model to the console: supervisor actions for the agent board, today's alerts
 * kept in the database (on the {@code alert-store} thread), and changes of a queue's service-level formula
 * applied to the live floor (off the FX thread: the floor's lock is shared with the store writer).
 */
final class LiveFloorWiring {

    private static final Logger LOG = LoggerFactory.getLogger(LiveFloorWiring.class);

    private LiveFloorWiring() {
    }

    static void wire(ConsoleContext context, DashboardViewModel model) {
        model.board().setActions(context.supervisorActions(), context.supervisor(), Platform::runLater);
        if (context.adherence() != null) {
            ExecutorService adherence = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "live-adherence");
                t.setDaemon(true);
                return t;
            });
            model.board().setAdherence(new BoardAdherence(context.adherence(), context.schedules(),
                            () -> context.floor().settings()),
                    io.floorview.ui.common.UiExecutor.of(adherence, Platform::runLater));
        }
        ExecutorService settings = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "live-settings");
            t.setDaemon(true);
            return t;
        });
        if (context.alertLog() != null) {
            ExecutorService alerts = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "alert-store");
                t.setDaemon(true);
                return t;
            });
            model.alerts().setHistory(history(context.alertLog()),
                    io.floorview.ui.common.UiExecutor.of(alerts, Platform::runLater));
        }
        if (context.centerDays() != null) {
            model.setCenterDays(context.centerDays(), io.floorview.ui.common.UiExecutor.of(settings, Platform::runLater));
        }
        if (context.staffing() != null) {
            TrendForecast.wire(context.staffing(), context.staffingExecutor(), context.floor().settings().zone(), model);
        }
        model.setFormulaHandler((queue, formula) -> {
            var own = model.settingsOf(queue);
            settings.execute(() -> applyFormula(context.floor(), queue, own, formula));
        });
    }

    /** Today's alerts kept in the console's database. */
    static io.floorview.ui.live.AlertHistory history(io.floorview.service.live.AlertLog log) {
        return new io.floorview.ui.live.AlertHistory() {
            @Override
            public java.util.List<io.floorview.domain.alert.RaisedAlert> load(java.time.LocalDate day) {
                return log.ofDay(day);
            }

            @Override
            public void record(io.floorview.domain.alert.RaisedAlert alert) {
                log.record(alert);
            }
        };
    }

    /**
     * Live adherence for the agent board: the adherence service's, the roster of the center's business day (its
     * day start from the live floor's settings), and the activities' names, read again at most every 30 seconds
     * like the published schedule. Used from the board's one background thread.
     */
    static final class BoardAdherence implements io.floorview.ui.live.AgentBoardModel.AdherenceSource {

        private static final long CODES_REFRESH_MS = 30_000;
        private final io.floorview.service.schedule.AdherenceService service;
        private final io.floorview.service.schedule.ScheduleService schedules;
        private final java.util.function.Supplier<CenterSettings> center;
        private io.floorview.domain.schedule.ActivityCodes codes;
        private long codesReadAt;

        BoardAdherence(io.floorview.service.schedule.AdherenceService service,
                       io.floorview.service.schedule.ScheduleService schedules,
                       java.util.function.Supplier<CenterSettings> center) {
            this.service = service;
            this.schedules = schedules;
            this.center = center;
        }

        @Override
        public java.util.Map<String, io.floorview.domain.schedule.Adherence.Now> live(FloorSnapshot snapshot) {
            return service.live(snapshot);
        }

        @Override
        public java.util.List<io.floorview.domain.schedule.DayRoster.Entry> roster(FloorSnapshot snapshot) {
            CenterSettings cs = center.get();
            return service.roster(snapshot.asOfMs(), cs.dayStartMs(snapshot.day()),
                    cs.dayStartMs(snapshot.day().plusDays(1)));
        }

        @Override
        public synchronized String activityName(String code) {
            long now = System.currentTimeMillis();
            if (codes == null || now - codesReadAt > CODES_REFRESH_MS) {
                codes = schedules.activityCodes();
                codesReadAt = now;
            }
            return codes.get(code).map(io.floorview.domain.schedule.ActivityCode::name).orElse(code);
        }
    }

    static void applyFormula(LiveFloor floor, String queue, io.floorview.domain.kpi.QueueSettings current,
                             ServiceLevelFormula formula) {
        CenterSettings cs = floor.settings();
        CenterSettings next = FloorSnapshot.ALL_QUEUES.equals(queue)
                ? new CenterSettings(cs.zone(), cs.dayStart(), cs.shortAbandonSec(),
                        cs.defaults().withSlFormula(formula), cs.queues())
                : cs.withQueue(queue, current.withSlFormula(formula));
        floor.setSettings(next, System.currentTimeMillis());
        LOG.info("service level of {} now by {}", queue, formula);
    }
}
