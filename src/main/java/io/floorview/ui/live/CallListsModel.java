package io.floorview.ui.live;

import io.floorview.domain.kpi.AbandonedCall;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.QueueKpis;
import io.floorview.domain.kpi.WaitingCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The callers waiting now (oldest first, the wait ticking on the snapshot's clock) and today's abandoned calls
 * (newest first) of the queue shown. FX thread; no nodes.
 */
public final class CallListsModel {

    /** A waiting caller with the queue's name and the wait at the snapshot's time. */
    public record Waiting(WaitingCall call, String queueName, long waitMs) {
    }

    /** An abandoned call with the queue's name. */
    public record Abandoned(AbandonedCall call, String queueName) {
    }

    private final ObservableList<Waiting> waiting = FXCollections.observableArrayList();
    private final ObservableList<Abandoned> abandoned = FXCollections.observableArrayList();
    private List<AbandonedCall> lastAbandoned = List.of();
    private List<WaitingCall> lastWaiting = List.of();
    private long lastSecond = Long.MIN_VALUE;
    private final javafx.beans.property.IntegerProperty waitingCount =
            new javafx.beans.property.SimpleIntegerProperty(this, "waitingCount");
    private final javafx.beans.property.IntegerProperty abandonedCount =
            new javafx.beans.property.SimpleIntegerProperty(this, "abandonedCount");
    private boolean waitingShown = true;
    private boolean abandonedShown = true;
    private FloorSnapshot lastSnapshot;
    private QueueKpis lastQueue;

    /** Callers waiting now, also while their list is not on screen. */
    public javafx.beans.property.ReadOnlyIntegerProperty waitingCountProperty() {
        return waitingCount;
    }

    /** Abandoned calls today, also while their list is not on screen. */
    public javafx.beans.property.ReadOnlyIntegerProperty abandonedCountProperty() {
        return abandonedCount;
    }

    /**
     * Whether the lists are on screen: a list not shown is not kept up to date (a table rebuilds its rows at every
     * change), and is brought up to date when it is shown again.
     */
    public void setShown(boolean waitingOnScreen, boolean abandonedOnScreen) {
        boolean catchUp = waitingOnScreen && !waitingShown || abandonedOnScreen && !abandonedShown;
        waitingShown = waitingOnScreen;
        abandonedShown = abandonedOnScreen;
        if (catchUp && lastSnapshot != null) {
            lastSecond = Long.MIN_VALUE;
            lastAbandoned = List.of();
            update(lastSnapshot, lastQueue);
        }
    }

    public ObservableList<Waiting> waiting() {
        return waiting;
    }

    public ObservableList<Abandoned> abandoned() {
        return abandoned;
    }

    void update(FloorSnapshot s, QueueKpis q) {
        lastSnapshot = s;
        lastQueue = q;
        waitingCount.set(q.waitingCalls().size());
        abandonedCount.set(q.abandoned().size());
        Map<String, String> names = new HashMap<>();
        s.queues().forEach(k -> names.put(k.queue(), k.name()));
        long second = Math.floorDiv(s.asOfMs(), 1000);
        if (waitingShown && (second != lastSecond || !q.waitingCalls().equals(lastWaiting))) {
            lastSecond = second;
            lastWaiting = q.waitingCalls();
            List<Waiting> w = new ArrayList<>(q.waitingCalls().size());
            for (WaitingCall c : q.waitingCalls()) {
                w.add(new Waiting(c, names.getOrDefault(c.queue(), c.queue()), c.waitMs(s.asOfMs())));
            }
            waiting.setAll(w);
        }
        // newest first and only ever growing within a day: the same size and the same newest call is the same list
        List<AbandonedCall> ab = q.abandoned();
        boolean same = ab.size() == lastAbandoned.size()
                && (ab.isEmpty() || ab.get(0).equals(lastAbandoned.get(0)))
                && (ab.isEmpty() || ab.get(ab.size() - 1).equals(lastAbandoned.get(lastAbandoned.size() - 1)));
        if (abandonedShown && !same) {
            lastAbandoned = q.abandoned();
            List<Abandoned> a = new ArrayList<>(q.abandoned().size());
            for (AbandonedCall c : q.abandoned()) {
                a.add(new Abandoned(c, names.getOrDefault(c.queue(), c.queue())));
            }
            abandoned.setAll(a);
        }
    }
}
