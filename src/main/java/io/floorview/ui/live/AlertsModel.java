package io.floorview.ui.live;

import io.floorview.domain.alert.AlertLevel;
import io.floorview.domain.alert.AlertMonitor;
import io.floorview.domain.alert.Crossing;
import io.floorview.domain.alert.Metric;
import io.floorview.domain.alert.Thresholds;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.ui.common.Formats;
import io.floorview.ui.common.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today's alerts: every figure that crossed its warning or critical level, newest first, with listeners told
 * of each new one (the view shows a notification). FX thread; no nodes.
 */
public final class AlertsModel {

    /** One alert as the list shows it. */
    public record Alert(Crossing crossing, String time, String queue, String figure, String level, String value,
                        String text) {
    }

    private final Messages messages;
    private final Formats formats;
    private final ZoneId zone;
    private final AlertMonitor monitor = new AlertMonitor(Thresholds.DEFAULT);
    private final ObservableList<Alert> alerts = FXCollections.observableArrayList();
    private final List<Consumer<Alert>> listeners = new CopyOnWriteArrayList<>();
    private final BooleanProperty sound = new SimpleBooleanProperty(this, "sound", false);
    private LocalDate day;

    AlertsModel(Messages messages, Formats formats, ZoneId zone) {
        this.messages = messages;
        this.formats = formats;
        this.zone = zone;
    }

    /** Today's alerts, newest first. */
    public ObservableList<Alert> alerts() {
        return alerts;
    }

    public void addListener(Consumer<Alert> l) {
        listeners.add(l);
    }

    /** Whether a new alert also beeps. */
    public BooleanProperty soundProperty() {
        return sound;
    }

    public Thresholds thresholds() {
        return monitor.thresholds();
    }

    void setThresholds(Thresholds t) {
        monitor.setThresholds(t);
    }

    /** The level of a figure now, with hysteresis; {@code null} when it is undefined. */
    AlertLevel level(String queue, Metric metric) {
        return monitor.level(queue, metric);
    }

    void observe(FloorSnapshot s, int windowMinutes) {
        if (!s.day().equals(day)) {
            day = s.day();
            alerts.clear();
        }
        List<Crossing> raised = monitor.observe(s, windowMinutes);
        for (Crossing c : raised) {
            Alert a = describe(c, s.zone() == null ? zone : s.zone());
            alerts.add(0, a);
            listeners.forEach(l -> l.accept(a));
        }
    }

    private Alert describe(Crossing c, ZoneId z) {
        String time = DateTimeFormatter.ofPattern("HH:mm:ss", messages.locale()).format(
                Instant.ofEpochMilli(c.atMs()).atZone(z));
        String queue = FloorSnapshot.ALL_QUEUES.equals(c.queue()) ? messages.get("queue.all") : c.queueName();
        String figure = messages.get("alert.metric." + c.metric().name());
        String level = messages.get("level." + (c.to() == AlertLevel.CRITICAL ? "CRITICAL" : "WARNING"));
        String value = valueText(c.metric(), c.value());
        String limit = valueText(c.metric(), monitor.thresholds().of(c.queue(), c.metric()).at(c.to()));
        String text = messages.get("alert.text", queue, figure, value, level.toLowerCase(Locale.ROOT), limit);
        return new Alert(c, time, queue, figure, level, value, text);
    }

    /** A value in its metric's unit, as text. */
    String valueText(Metric m, double v) {
        return switch (m) {
            case WAITING -> formats.count(Math.round(v));
            case LONGEST_WAIT, ASA -> formats.duration(Math.round(v * 1000));
            case SERVICE_LEVEL, ABANDON_RATE, OCCUPANCY, LINES -> formats.percent(v / 100);
        };
    }
}
