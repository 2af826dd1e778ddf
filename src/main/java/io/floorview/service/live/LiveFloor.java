package io.floorview.service.live;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.KpiEngine;
import io.floorview.domain.report.Rollups;
import java.util.List;
import java.util.Objects;

/**
 * The live state of the floor: the KPI engine, whose accounting also fills the report rollups, fed by the
 * ingest and read by the snapshot publisher. A snapshot never shows an event the cache does not hold: either a
 * batch is applied and stored under the one lock ({@link #applyAndStore}), or the ingest applies events as they
 * come ({@link #applyUncut}), cuts them into a batch ({@link #cut}) and says when that batch is stored
 * ({@link #stored}); while events are applied but not yet stored, a snapshot is the one taken at the next cut,
 * once that batch is stored. If storing fails, the floor forgets everything by starting over empty (the console then rebuilds
 * it from the cache).
 */
public final class LiveFloor {

    /** Stores a batch with what it changed in the rollups, in one transaction. */
    @FunctionalInterface
    public interface BatchWriter {
        void write(Rollups changed, long appliedSeq);
    }

    /** A batch applied to the floor, waiting to be stored with what it changed in the rollups. */
    public record Applied(Rollups changed, long appliedSeq, long generation, FloorSnapshot view, long viewRequest) {
    }

    private KpiEngine engine;
    private Rollups rollups = new Rollups();
    private long lastAppliedSeq;
    /** The last seq whose facts the stored rollups hold; replayed events up to it are not counted again. */
    private long storedRollupSeq;
    private long lastReplayedTs = Long.MIN_VALUE;
    private long lastReplayedSeq;
    private long version;
    /** Bumped when the floor starts over: a batch applied before that is not the floor's any more. */
    private long generation;
    /** Batches {@link #cut} and not yet {@link #stored}. */
    private int pending;
    /** After storing failed: nothing more is applied until the floor is rebuilt. */
    private boolean broken;
    /** Events applied one by one ({@link #applyUncut}) and not yet cut into a batch; the latest time among them. */
    private boolean uncut;
    private long uncutLastTs = Long.MIN_VALUE;
    /** Snapshot requests made while batches were pending, and the last one a stored batch answered. */
    private long requests;
    private long requestedNowMs;
    private long answeredRequest;
    private FloorSnapshot storedView;

    public LiveFloor(CenterSettings settings, long nowMs) {
        this.engine = new KpiEngine(settings, nowMs, rollups);
    }

    /** Starts over with an empty engine before a rebuild; the stored rollups hold the feed up to {@code rollupSeq}. */
    public synchronized void reset(long nowMs, long rollupSeq) {
        startOver(nowMs, rollupSeq);
        broken = false;
    }

    private void startOver(long nowMs, long rollupSeq) {
        rollups = new Rollups();
        engine = new KpiEngine(engine.settings(), nowMs, rollups);
        lastAppliedSeq = 0;
        storedRollupSeq = rollupSeq;
        lastReplayedTs = Long.MIN_VALUE;
        lastReplayedSeq = 0;
        version++;
        generation++;
        pending = 0;
        uncut = false;
        uncutLastTs = Long.MIN_VALUE;
        storedView = null;
        answeredRequest = requests;
        notifyAll();
    }

    public synchronized void reset(long nowMs) {
        reset(nowMs, Long.MAX_VALUE);
    }

    /**
     * Takes in events from the cache at start: they move the floor, and count in the rollups only when the
     * stored rollups do not hold them yet.
     */
    public synchronized void replay(List<FeedEvent> events) {
        for (FeedEvent e : events) {
            if (e.seq() <= lastAppliedSeq) {
                continue;
            }
            boolean count = e.seq() > storedRollupSeq;
            if (count && lastReplayedTs != Long.MIN_VALUE && lastReplayedSeq <= storedRollupSeq) {
                // the stored rollups hold the agents' time up to their last event: catch up without counting it
                rollups.setCounting(false);
                engine.countTimeUpTo(lastReplayedTs);
            }
            rollups.setCounting(count);
            engine.apply(e);
            rollups.setCounting(true);
            lastAppliedSeq = e.seq();
            lastReplayedTs = Math.max(lastReplayedTs, e.ts());
            lastReplayedSeq = e.seq();
        }
        version++;
    }

    /** Ends a replay: what the stored rollups lacked of it is handed to {@code writer}. */
    public synchronized void finishReplay(BatchWriter writer) {
        if (lastReplayedTs != Long.MIN_VALUE) {
            rollups.setCounting(lastReplayedSeq > storedRollupSeq);
            engine.countTimeUpTo(lastReplayedTs);
            rollups.setCounting(true);
        }
        storedRollupSeq = Math.max(storedRollupSeq, lastAppliedSeq);
        store(writer);
    }

    /**
     * Applies a batch in seq order (an event at or below the last applied seq is ignored: never counted twice)
     * and stores it through {@code writer} before any snapshot can see it.
     */
    public synchronized void applyAndStore(List<FeedEvent> events, BatchWriter writer) {
        for (FeedEvent e : events) {
            applyUncut(e);
        }
        countUncutTime();
        store(writer);
        version++;
    }

    /**
     * Applies one event (one at or below the last applied seq is ignored) that is not stored yet; snapshots do not
     * show it until it has been {@link #cut} into a batch and that batch is {@link #stored}.
     */
    public synchronized void applyUncut(FeedEvent e) {
        if (broken || e.seq() <= lastAppliedSeq) {
            return;
        }
        engine.apply(e);
        lastAppliedSeq = e.seq();
        uncutLastTs = Math.max(uncutLastTs, e.ts());
        uncut = true;
    }

    /**
     * Makes the events applied since the last cut ({@link #applyUncut}) a batch, to be stored with what they changed in the rollups
     * ({@link Applied#changed()}) and then reported with {@link #stored} (or {@link #failed}).
     */
    public synchronized Applied cut() {
        if (broken) {
            return new Applied(null, lastAppliedSeq, generation, null, answeredRequest);
        }
        countUncutTime();
        Rollups changed = rollups.isEmpty() ? null : rollups.drain();
        FloorSnapshot view = null;
        if (requests > answeredRequest) {
            view = engine.snapshot(requestedNowMs); // what the floor will show once this batch is stored
        }
        pending++;
        version++;
        return new Applied(changed, lastAppliedSeq, generation, view, requests);
    }

    /** The batch is in the cache: snapshots may show it. */
    public synchronized void stored(Applied batch) {
        if (batch.generation() != generation) {
            return;
        }
        pending = Math.max(0, pending - 1);
        if (batch.view() != null && batch.viewRequest() > answeredRequest) {
            storedView = batch.view();
            answeredRequest = batch.viewRequest();
        }
        notifyAll();
    }

    /** Storing a batch failed: the floor forgets everything it applied and takes nothing more until rebuilt. */
    public synchronized void failed() {
        startOver(System.currentTimeMillis(), storedRollupSeq);
        broken = true;
    }

    /**
     * Whoever stored the batches has stopped: if events were applied that will never be stored, the floor forgets
     * everything, as after a failure, and anyone waiting for a snapshot is answered.
     */
    public synchronized void abandonUnstored() {
        if (pending > 0 || uncut) {
            failed();
        }
    }

    /** The agents' time up to the latest event applied since the last cut goes into the rollups too. */
    private void countUncutTime() {
        if (uncutLastTs != Long.MIN_VALUE) {
            // so that a report of today matches the tiles
            engine.countTimeUpTo(uncutLastTs);
        }
        uncut = false;
        uncutLastTs = Long.MIN_VALUE;
    }

    private void store(BatchWriter writer) {
        Rollups changed = rollups.isEmpty() ? null : rollups.drain();
        try {
            writer.write(changed, lastAppliedSeq);
        } catch (RuntimeException e) {
            // the batch is not in the cache: the floor must not show it
            startOver(System.currentTimeMillis(), storedRollupSeq);
            throw e;
        }
    }

    /** Applies events without storing anything (tests, and screens fed from elsewhere). */
    public synchronized void apply(List<FeedEvent> events) {
        applyAndStore(events, (changed, seq) -> { });
    }

    public synchronized void apply(FeedEvent e) {
        apply(List.of(e));
    }

    /**
     * The floor at {@code nowMs}, as the cache holds it. While applied batches wait to be stored, this waits for
     * the next batch to be stored and returns the floor as it stood at that batch's end (or, once nothing waits any
     * more, the floor itself): the figures of a busy catch-up lag by one batch, never ahead of the cache.
     */
    public synchronized FloorSnapshot snapshot(long nowMs) {
        if (pending == 0 && !uncut) {
            return engine.snapshot(nowMs);
        }
        long mine = ++requests;
        requestedNowMs = nowMs;
        long gen = generation;
        try {
            while ((pending > 0 || uncut) && answeredRequest < mine && generation == gen) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return storedView;
        }
        return pending == 0 && !uncut ? engine.snapshot(nowMs) : storedView;
    }

    public synchronized CenterSettings settings() {
        return engine.settings();
    }

    public synchronized void setSettings(CenterSettings settings, long nowMs) {
        engine.setSettings(Objects.requireNonNull(settings), nowMs);
        version++;
    }

    public synchronized long lastAppliedSeq() {
        return lastAppliedSeq;
    }

    /** Changes each time events or settings change, so that a publisher can tell. */
    public synchronized long version() {
        return version;
    }

    /** The start of the current business day minus {@code lookbackMs}: where a rebuild replays from. */
    public synchronized long replayFromMs(long nowMs, long lookbackMs) {
        CenterSettings s = engine.settings();
        return s.dayStartMs(s.businessDay(nowMs)) - lookbackMs;
    }
}
