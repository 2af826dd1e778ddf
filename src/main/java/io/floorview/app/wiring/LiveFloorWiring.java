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
 * Connects the live floor's view model to the console: supervisor actions for the agent board, and changes of a
 * queue's service-level formula applied to the live floor (off the FX thread: the floor's lock is shared with
 * the store writer).
 */
final class LiveFloorWiring {

    private static final Logger LOG = LoggerFactory.getLogger(LiveFloorWiring.class);

    private LiveFloorWiring() {
    }

    static void wire(ConsoleContext context, DashboardViewModel model) {
        model.board().setActions(context.supervisorActions(), context.supervisor(), Platform::runLater);
        ExecutorService settings = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "live-settings");
            t.setDaemon(true);
            return t;
        });
        model.setFormulaHandler((queue, formula) -> {
            var own = model.settingsOf(queue);
            settings.execute(() -> applyFormula(context.floor(), queue, own, formula));
        });
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
