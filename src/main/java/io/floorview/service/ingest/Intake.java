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
 * it. At most {@code capacity} lines wait (so a batch is never larger); the source's thread then waits for the
 * writer. Once closed, nothing more is taken in.
 */
final class Intake {

    /** What the writer takes at once; {@code floorBatch} is {@code null} when there was nothing to store. */
    record Taken(List<CachedEvent> events, List<SetAsideLine> bad, LiveFloor.Applied floorBatch, Object control) {
    }

    private final LiveFloor floor;
    private final int capacity;
    private List<CachedEvent> events = new ArrayList<>();
    private List<SetAsideLine> bad = new ArrayList<>();
    private Object control;
    private boolean open = true;
    /** The last seq taken in: an event at or below it is not taken again. */
    private long acceptedSeq;

    Intake(LiveFloor floor, int capacity) {
        this.floor = floor;
        this.capacity = capacity;
    }

    /** Source's thread: a new event is applied to the floor and waits to be stored. */
    synchronized void event(FeedEvent e, String raw) throws InterruptedException {
        awaitRoom();
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
        awaitRoom();
        if (!open) {
            return;
        }
        bad.add(line);
        if (line.seq() != null) {
            acceptedSeq = Math.max(acceptedSeq, line.seq());
        }
        notifyAll();
    }

    private void awaitRoom() throws InterruptedException {
        while (open && (control != null || events.size() + bad.size() >= capacity)) {
            wait();
        }
    }

    /**
     * Any thread: {@code item} is done by the writer after what waits now is stored; events wait for it.
     *
     * @throws IllegalStateException when the intake is closed (the ingest has stopped): nobody would do it
     */
    synchronized void control(Object item) throws InterruptedException {
        while (open && control != null) {
            wait();
        }
        if (!open) {
            throw new IllegalStateException("the feed ingest has stopped");
        }
        control = item;
        notifyAll();
    }

    /** As {@link #control}, and waits until the writer has done it (or the intake is closed). */
    synchronized void controlAndWait(Object item) throws InterruptedException {
        control(item);
        while (open && control == item) {
            wait();
        }
    }

    /**
     * Writer's thread: everything that waits, cut from the floor as one batch with the rollups it changed, or
     * {@code null} if nothing came within {@code timeoutMs} (0: do not wait).
     */
    synchronized Taken take(long timeoutMs) throws InterruptedException {
        if (timeoutMs > 0 && open && events.isEmpty() && bad.isEmpty() && control == null) {
            wait(timeoutMs);
        }
        if (events.isEmpty() && bad.isEmpty() && control == null) {
            return null;
        }
        List<CachedEvent> took = events;
        List<SetAsideLine> tookBad = bad;
        events = new ArrayList<>(Math.min(capacity, Math.max(16, took.size())));
        bad = new ArrayList<>();
        LiveFloor.Applied cut = took.isEmpty() && tookBad.isEmpty() ? null : floor.cut();
        notifyAll(); // room again for the source
        return new Taken(took, tookBad, cut, control);
    }

    /** Writer's thread: the control is done; the source goes on after {@code storedSeq}. */
    synchronized void controlDone(long storedSeq) {
        control = null;
        acceptedSeq = storedSeq;
        notifyAll();
    }

    synchronized boolean hasControl() {
        return control != null;
    }

    /** How many lines wait for the writer. */
    synchronized int waiting() {
        return events.size() + bad.size();
    }

    /** Stops taking anything in and wakes every thread that waits here. */
    synchronized void close() {
        open = false;
        notifyAll();
    }
}
