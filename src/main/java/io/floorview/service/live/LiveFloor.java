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
 * store writer and read by the snapshot publisher. The one lock makes a batch and a snapshot exclude each
 * other: a batch is applied and stored under it, so a snapshot never shows an event the cache does not hold;
 * if storing fails, the floor forgets the batch by starting over empty (the console then rebuilds it).
 */
public final class LiveFloor {

    /** Stores a batch with what it changed in the rollups, in one transaction. */
    @FunctionalInterface
    public interface BatchWriter {
        void write(Rollups changed, long appliedSeq);
    }

    private KpiEngine engine;
    private Rollups rollups = new Rollups();
    private long lastAppliedSeq;
    /** The last seq whose facts the stored rollups hold; replayed events up to it are not counted again. */
    private long storedRollupSeq;
    private long lastReplayedTs = Long.MIN_VALUE;
    private long lastReplayedSeq;
    private long version;

    public LiveFloor(CenterSettings settings, long nowMs) {
        this.engine = new KpiEngine(settings, nowMs, rollups);
    }

    /** Starts over with an empty engine before a rebuild; the stored rollups hold the feed up to {@code rollupSeq}. */
    public synchronized void reset(long nowMs, long rollupSeq) {
        rollups = new Rollups();
        engine = new KpiEngine(engine.settings(), nowMs, rollups);
        lastAppliedSeq = 0;
        storedRollupSeq = rollupSeq;
        lastReplayedTs = Long.MIN_VALUE;
        lastReplayedSeq = 0;
        version++;
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
        long lastTs = Long.MIN_VALUE;
        for (FeedEvent e : events) {
            if (e.seq() > lastAppliedSeq) {
                engine.apply(e);
                lastAppliedSeq = e.seq();
                lastTs = Math.max(lastTs, e.ts());
            }
        }
        if (lastTs != Long.MIN_VALUE) {
            // agents' time so far goes into the rollups too, so that a report of today matches the tiles
            engine.countTimeUpTo(lastTs);
        }
        store(writer);
        version++;
    }

    private void store(BatchWriter writer) {
        Rollups changed = rollups.isEmpty() ? null : rollups.drain();
        try {
            writer.write(changed, lastAppliedSeq);
        } catch (RuntimeException e) {
            // the batch is not in the cache: the floor must not show it
            reset(System.currentTimeMillis(), storedRollupSeq);
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

    public synchronized FloorSnapshot snapshot(long nowMs) {
        return engine.snapshot(nowMs);
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
