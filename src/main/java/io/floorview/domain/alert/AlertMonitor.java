package io.floorview.domain.alert;

import io.floorview.domain.kpi.CallFigures;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.QueueKpis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Watches every queue's figures (and the whole center's) against their {@link Thresholds} snapshot after
 * snapshot, keeps each figure's level with hysteresis, and reports each rise to a higher level once. A figure
 * that is undefined (no call yet) has no level. Levels start over with a new business day.
 */
public final class AlertMonitor {

    private record Key(String queue, Metric metric) {
    }

    private Thresholds thresholds;
    private final Map<Key, AlertLevel> levels = new HashMap<>();
    private LocalDate day;

    public AlertMonitor(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds);
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** New levels apply from the next snapshot; a level they no longer justify falls without an alert. */
    public void setThresholds(Thresholds t) {
        this.thresholds = Objects.requireNonNull(t);
        levels.clear();
    }

    /**
     * Takes in a snapshot, judging the figures of the last {@code windowMinutes} (15, 30, 60; anything else:
     * today) and the figures of now; returns the rises, in queue order (the center first).
     */
    public List<Crossing> observe(FloorSnapshot s, int windowMinutes) {
        if (!s.day().equals(day)) {
            day = s.day();
            levels.clear();
        }
        List<Crossing> out = new ArrayList<>();
        judge(s, s.center(), windowMinutes, out);
        for (QueueKpis q : s.queues()) {
            judge(s, q, windowMinutes, out);
        }
        return out;
    }

    /** The level of {@code metric} in {@code queue} now; {@code null} when the figure is undefined. */
    public AlertLevel level(String queue, Metric metric) {
        return levels.get(new Key(queue, metric));
    }

    /** A figure's value in its metric's unit, or {@code null} when undefined. */
    public static Double value(FloorSnapshot s, QueueKpis q, Metric m, int windowMinutes) {
        CallFigures f = q.figures(windowMinutes);
        return switch (m) {
            case WAITING -> (double) q.waiting();
            case LONGEST_WAIT -> q.longestWaitMs() / 1000.0;
            case SERVICE_LEVEL -> f.serviceLevel() == null ? null : f.serviceLevel() * 100;
            case ABANDON_RATE -> f.abandonRate() == null ? null : f.abandonRate() * 100;
            case ASA -> f.asaMs() == null ? null : f.asaMs() / 1000;
            case OCCUPANCY -> q.occupancy() == null ? null : q.occupancy() * 100;
            case LINES -> !q.isAllQueues() || s.lineCapacity() == 0 ? null
                    : 100.0 * s.linesInUse() / s.lineCapacity();
        };
    }

    private void judge(FloorSnapshot s, QueueKpis q, int window, List<Crossing> out) {
        for (Metric m : Metric.values()) {
            Key k = new Key(q.queue(), m);
            Double v = value(s, q, m, window);
            if (v == null) {
                levels.remove(k);
                continue;
            }
            AlertLevel was = levels.get(k);
            AlertLevel now = thresholds.next(q.queue(), m, was, v);
            levels.put(k, now);
            if (now != AlertLevel.OK && now.compareTo(was == null ? AlertLevel.OK : was) > 0) {
                out.add(new Crossing(q.queue(), q.name(), m, was == null ? AlertLevel.OK : was, now, v, s.asOfMs()));
            }
        }
    }
}
