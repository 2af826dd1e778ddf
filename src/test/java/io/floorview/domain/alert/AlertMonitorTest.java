package io.floorview.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.KpiEngine;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertMonitorTest {

    private static final long NOW = Instant.parse("2026-11-23T12:00:00Z").toEpochMilli();

    /** A floor where {@code n} callers wait in "sales", each for 10 s. */
    private static FloorSnapshot waiting(int n) {
        KpiEngine engine = new KpiEngine(CenterSettings.defaults(ZoneOffset.UTC), NOW);
        for (int i = 1; i <= n; i++) {
            engine.apply(new FeedEvent.CallEntered(i, NOW - 10_000, "c" + i, "sales", "+39" + i, i));
        }
        return engine.snapshot(NOW);
    }

    private static List<Crossing> waitingAlerts(List<Crossing> all) {
        return all.stream().filter(c -> c.metric() == Metric.WAITING && c.queue().equals("sales")).toList();
    }

    @Test
    void crossingALevelRaisesOneAlertAndHysteresisKeepsItFromFlapping() {
        AlertMonitor monitor = new AlertMonitor(Thresholds.DEFAULT);
        assertThat(waitingAlerts(monitor.observe(waiting(3), 0))).isEmpty();
        List<Crossing> raised = waitingAlerts(monitor.observe(waiting(5), 0));
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0)).extracting(Crossing::from, Crossing::to, Crossing::value, Crossing::queueName)
                .containsExactly(AlertLevel.OK, AlertLevel.WARNING, 5.0, "sales");
        assertThat(monitor.level("sales", Metric.WAITING)).isEqualTo(AlertLevel.WARNING);

        // still there: no new alert
        assertThat(waitingAlerts(monitor.observe(waiting(6), 0))).isEmpty();
        // 5 → 4.6 would flap without the band; with whole callers 4 is past it (band 0.5): back to OK, no alert
        List<Crossing> flapping = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            flapping.addAll(waitingAlerts(monitor.observe(waiting(5), 0)));
        }
        assertThat(flapping).isEmpty();
        assertThat(waitingAlerts(monitor.observe(waiting(4), 0))).isEmpty();
        assertThat(monitor.level("sales", Metric.WAITING)).isEqualTo(AlertLevel.OK);
        // a real second crossing is a second alert; going straight to critical is one alert, to critical
        assertThat(waitingAlerts(monitor.observe(waiting(5), 0))).hasSize(1);
        assertThat(waitingAlerts(monitor.observe(waiting(11), 0))).extracting(Crossing::to)
                .containsExactly(AlertLevel.CRITICAL);
    }

    @Test
    void aLevelHeldJustBelowTheLineDoesNotAlertAgain() {
        Thresholds t = Thresholds.DEFAULT.withQueue("sales", Metric.WAITING, new Threshold(5, 50));
        t = new Thresholds(t.defaults(), t.queues(), 0.25, 0.5); // band 1.25 calls
        AlertMonitor monitor = new AlertMonitor(t);
        assertThat(waitingAlerts(monitor.observe(waiting(5), 0))).hasSize(1);
        // 4 is below the line but within the band: the warning stays, and returning to 5 is no new alert
        assertThat(waitingAlerts(monitor.observe(waiting(4), 0))).isEmpty();
        assertThat(monitor.level("sales", Metric.WAITING)).isEqualTo(AlertLevel.WARNING);
        assertThat(waitingAlerts(monitor.observe(waiting(5), 0))).isEmpty();
        assertThat(waitingAlerts(monitor.observe(waiting(3), 0))).isEmpty();
        assertThat(monitor.level("sales", Metric.WAITING)).isEqualTo(AlertLevel.OK);
    }

    @Test
    void anUndefinedFigureHasNoLevel() {
        AlertMonitor monitor = new AlertMonitor(Thresholds.DEFAULT);
        monitor.observe(waiting(1), 0);
        assertThat(monitor.level("sales", Metric.SERVICE_LEVEL)).as("no call answered or abandoned").isNull();
        assertThat(monitor.level("sales", Metric.WAITING)).isEqualTo(AlertLevel.OK);
    }
}
