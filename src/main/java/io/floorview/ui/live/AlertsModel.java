package io.floorview.ui.live;

import io.floorview.domain.alert.AlertLevel;
import io.floorview.domain.alert.AlertMonitor;
import io.floorview.domain.alert.Crossing;
import io.floorview.domain.alert.Metric;
import io.floorview.domain.alert.RaisedAlert;
import io.floorview.domain.alert.Thresholds;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.ui.common.Formats;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Today's alerts: every figure that crossed its warning or critical level, newest first, with listeners told
 * of each new one (the view shows a notification). With an {@link AlertHistory} each alert is kept, and the
 * day's earlier alerts are listed again after a restart, without a second row or notification for a level
 * listed already. FX thread; no nodes.
 */
public final class AlertsModel {

    private static final Logger LOG = LoggerFactory.getLogger(AlertsModel.class);

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
    private AlertHistory history;
    private UiExecutor historyExecutor;
    /** Alerts raised while the day's earlier alerts are being read, with whether the floor was live then. */
    private List<Pending> pending;
    /**
     * The level each figure had reached in the alerts listed before a restart (the latest of each): until the
     * floor shows live figures again, rising to it again while today is rebuilt is no new alert.
     */
    private final Map<String, AlertLevel> listedBefore = new HashMap<>();

    private record Pending(RaisedAlert alert, boolean live) {
    }

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

    /**
     * Keeps every alert in {@code h} (written through {@code executor}, off the FX thread) and lists the alerts
     * {@code h} holds for the day shown when the day starts (the console's first snapshot, or a new day).
     */
    public void setHistory(AlertHistory h, UiExecutor executor) {
        this.history = h;
        this.historyExecutor = executor;
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

    /** Takes in a snapshot; {@code live}: the floor shows live figures (not today being rebuilt). */
    void observe(FloorSnapshot s, int windowMinutes, boolean live) {
        ZoneId z = s.zone() == null ? zone : s.zone();
        if (!s.day().equals(day)) {
            day = s.day();
            alerts.clear();
            listedBefore.clear();
            pending = null;
            if (history != null) {
                loadDay(day, z);
            }
        }
        for (Crossing c : monitor.observe(s, windowMinutes)) {
            RaisedAlert r = RaisedAlert.of(c, monitor.thresholds());
            if (pending != null) {
                pending.add(new Pending(r, live));
            } else {
                take(r, live, z);
            }
        }
        if (live && pending == null) {
            listedBefore.clear();
        }
    }

    /** Lists the day's earlier alerts; what is raised meanwhile waits for them. */
    private void loadDay(LocalDate d, ZoneId z) {
        pending = new ArrayList<>();
        AlertHistory h = history;
        historyExecutor.submit(() -> h.load(d), earlier -> loaded(d, z, earlier), e -> {
            LOG.warn("today's earlier alerts cannot be read: {}", e.toString());
            loaded(d, z, List.of());
        });
    }

    private void loaded(LocalDate d, ZoneId z, List<RaisedAlert> earlier) {
        if (!d.equals(day) || pending == null) {
            return; // a day gone by meanwhile
        }
        List<Pending> waiting = pending;
        pending = null;
        for (RaisedAlert r : earlier) {
            alerts.add(0, describe(r, z));
            listedBefore.put(key(r.crossing()), r.crossing().to());
        }
        boolean live = false;
        for (Pending p : waiting) {
            take(p.alert(), p.live(), z);
            live |= p.live();
        }
        if (live) {
            listedBefore.clear();
        }
    }

    /** Lists a new alert, keeps it and tells the listeners; unless it was listed already before a restart. */
    private void take(RaisedAlert r, boolean live, ZoneId z) {
        AlertLevel before = listedBefore.get(key(r.crossing()));
        if (!live && before != null && r.crossing().to().compareTo(before) <= 0) {
            return;
        }
        Alert a = describe(r, z);
        alerts.add(0, a);
        if (history != null) {
            AlertHistory h = history;
            historyExecutor.submit(() -> {
                h.record(r);
                return null;
            }, ok -> { }, e -> LOG.warn("the alert \"{}\" cannot be kept: {}", a.text(), e.toString()));
        }
        listeners.forEach(l -> l.accept(a));
    }

    private static String key(Crossing c) {
        return c.queue() + '\u0000' + c.metric();
    }

    private Alert describe(RaisedAlert r, ZoneId z) {
        Crossing c = r.crossing();
        String time = DateTimeFormatter.ofPattern("HH:mm:ss", messages.locale()).format(
                Instant.ofEpochMilli(c.atMs()).atZone(z));
        String queue = FloorSnapshot.ALL_QUEUES.equals(c.queue()) ? messages.get("queue.all") : c.queueName();
        String figure = messages.get("alert.metric." + c.metric().name());
        String level = messages.get("level." + (c.to() == AlertLevel.CRITICAL ? "CRITICAL" : "WARNING"));
        String value = valueText(c.metric(), c.value());
        String limit = valueText(c.metric(), r.limit());
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
