package io.floorview.service.ingest;

import io.floorview.domain.event.FeedEvent;
import io.floorview.service.live.LiveFloor;
import io.floorview.store.CachedEvent;
import io.floorview.store.SetAsideLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the feed's events wait for the store writer. The source's thread applies each new event to the live floor
 * as it comes, while its objects are fresh in that core's cache, and adds it here; the writer takes everything
 * that waits as one batch, cut from the floor at the same moment ({@link LiveFloor#cut}), so the batch and what it
 * changed in the rollups always match. The floor shows a batch only once the writer has stored it. A connection or
 * a settings change is a control: the source's events wait until the writer has stored what came before and done
 * it. At most {@code capacity} events wait; the source's thread then waits for the writer.
 */
final class Intake {

    /** What the writer takes at once; {@code floorBatch} is {@code null} when nothing was cut from the floor. */
    record Taken(List<CachedEvent> events, List<SetAsideLine> bad, LiveFloor.Applied floorBatch, Object control) {
    }

    private final LiveFloor floor;
    private final int capacity;
    private final int batchMax;
    private List<CachedEvent> events = new ArrayList<>();
    private List<SetAsideLine> bad = new ArrayList<>();
    private Object control;
    private boolean open = true;
    /** The last seq taken in: an event at or below it is not taken again. */
    private long acceptedSeq;
    /** Events counted in the rollups since they last went to the writer. */
    private long rollupsHeld;
    /** The source has its next event in hand and waits for room: it is ahead of the writer. */
    private boolean sourceWaitsForRoom;

    Intake(LiveFloor floor, int capacity, int batchMax) {
        this.floor = floor;
        this.capacity = capacity;
        this.batchMax = batchMax;
    }

    /** Source's thread: a new event is applied to the floor and waits to be stored. */
    synchronized void event(FeedEvent e, String raw) throws InterruptedException {
        while (open && (control != null || events.size() >= capacity)) {
            sourceWaitsForRoom = control == null;
            wait();
        }
        sourceWaitsForRoom = false;
        if (!open || e.seq() <= acceptedSeq) {
            return;
        }
        floor.applyUncut(e);
        events.add(new CachedEvent(e, raw));
        acceptedSeq = e.seq();
        if (events.size() == 1) {
            notifyAll();
        }
    }

    /** Source's thread: a line set aside waits to be stored. */
    synchronized void bad(SetAsideLine line) throws InterruptedException {
        while (open && control != null) {
            wait();
        }
        bad.add(line);
        if (line.seq() != null) {
            acceptedSeq = Math.max(acceptedSeq, line.seq());
        }
        notifyAll();
    }

    /** Any thread: {@code item} is done by the writer after what waits now is stored; events wait for it. */
    synchronized void control(Object item) throws InterruptedException {
        while (open && control != null) {
            wait();
        }
        control = item;
        notifyAll();
    }

    /** As {@link #control}, and waits until the writer has done it. */
    synchronized void controlAndWait(Object item) throws InterruptedException {
        control(item);
        while (open && control == item) {
            wait();
        }
    }

    /**
     * Writer's thread: everything that waits, or {@code null} if nothing came within {@code timeoutMs}. The rollups
     * go with the batch unless the source is ahead of the writer (it waits for room with more events in hand): then
     * they go before a control and at least every four times {@code batchMax} events, so that while a backlog is
     * taken in, an agent's rows are written once for several batches. Rollups still held when the source falls
     * quiet go on their own.
     */
    synchronized Taken take(long timeoutMs) throws InterruptedException {
        if (timeoutMs > 0 && open && events.isEmpty() && bad.isEmpty() && control == null) {
            wait(timeoutMs);
        }
        if (events.isEmpty() && bad.isEmpty() && control == null) {
            if (rollupsHeld == 0) {
                return null;
            }
            rollupsHeld = 0;
            return new Taken(List.of(), List.of(), floor.cut(true), null);
        }
        List<CachedEvent> took = events;
        List<SetAsideLine> tookBad = bad;
        events = new ArrayList<>(Math.min(capacity, Math.max(16, took.size())));
        bad = new ArrayList<>();
        LiveFloor.Applied cut = null;
        if (!took.isEmpty() || !tookBad.isEmpty() || (control != null && rollupsHeld > 0)) {
            rollupsHeld += took.size();
            // the source is ahead only if it waits with the intake full: it then has another event in hand, and a
            // later batch (one the source does not fill) takes the rollups along
            boolean sourceAhead = sourceWaitsForRoom && took.size() >= capacity;
            boolean withRollups = control != null || !sourceAhead || rollupsHeld >= 4L * batchMax;
            cut = floor.cut(withRollups);
            if (withRollups) {
                rollupsHeld = 0;
            }
        }
        notifyAll(); // room again for the source
        return new Taken(took, tookBad, cut, control);
    }

    /** Writer's thread: the control is done; the source goes on after {@code storedSeq}. */
    synchronized void controlDone(long storedSeq) {
        control = null;
        acceptedSeq = storedSeq;
        notifyAll();
    }

    /** The source waits for room, with {@code capacity} events waiting for the writer. */
    synchronized boolean full() {
        return sourceWaitsForRoom && events.size() >= capacity;
    }

    synchronized boolean hasControl() {
        return control != null;
    }

    /** Stops taking anything in and wakes every thread that waits here. */
    synchronized void close() {
        open = false;
        notifyAll();
    }
}
