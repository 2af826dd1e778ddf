package io.floorview.service.ingest;

import io.floorview.domain.event.FeedEvent;
import io.floorview.feed.EventSource;
import io.floorview.feed.FeedSink;
import io.floorview.feed.protocol.BadLineException;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.service.live.FeedClockEstimate;
import io.floorview.service.live.LiveFloor;
import io.floorview.store.CachedEvent;
import io.floorview.store.EventCache;
import io.floorview.store.SetAsideLine;
import io.floorview.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the feed into the console. The source's thread applies each new event to the live floor (the KPI engine
 * and the report rollups it fills) and leaves it in the {@link Intake}; one writer thread ({@code store-writer})
 * takes what waits there as a batch and stores it, with what it changed in the rollups, in SQLite in one
 * transaction. The two work side by side — the next events are counted while the last batch is written — and the
 * floor shows a batch only once it is stored ({@link LiveFloor#stored}). Connections and settings changes are done
 * by the writer between two batches, with the source waiting. At start it rebuilds today's floor from the cache,
 * so the console shows the day's figures before (and without) a connection, and it resumes the feed after the
 * last seq it stored.
 */
public final class IngestService implements StoredEvents, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    /** Tuning of the pipeline. */
    public record Options(int batchMax, int queueCapacity, long lookbackMs, long offlineAfterMs) {
        public static final Options DEFAULT = new Options(32_768, 65_536, 24 * 3_600_000L, 10_000);
    }

    /** The source connected to {@code feed}: a control. */
    private record ConnectItem(String feed, long serverLastSeq) {
    }

    /** A change of the floor's settings: a control. */
    private record SettingsItem(java.util.function.UnaryOperator<io.floorview.domain.kpi.CenterSettings> change,
                                java.util.concurrent.CompletableFuture<Void> done) {
    }

    private final EventCache cache;
    private final LiveFloor floor;
    private final EventSource source;
    private final FeedClockEstimate feedClock;
    private final LongSupplier wallClock;
    private final Options options;
    private final EventCodec codec = new EventCodec();
    private final Intake intake;
    private final List<Consumer<FeedStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<FeedEvent>>> eventListeners = new CopyOnWriteArrayList<>();
    private final Object storedMonitor = new Object();
    private final Thread writer;
    private volatile boolean running;
    private volatile FeedStatus status;

    // writer-thread state
    private final io.floorview.store.RollupStore rollupStore;
    private String feedName;
    private long feedId = -1;
    private long lastStoredSeq;
    private long eventsStored;
    private long setAsideCount;

    // source-thread state
    private String readerFeed;
    private long readerSeq;

    public IngestService(EventCache cache, LiveFloor floor, EventSource source, FeedClockEstimate feedClock,
                         LongSupplier wallClock, Options options) {
        this.cache = cache;
        this.floor = floor;
        this.source = source;
        this.feedClock = feedClock;
        this.wallClock = wallClock;
        this.options = options;
        this.intake = new Intake(floor, Math.min(options.queueCapacity(), options.batchMax()));
        this.rollupStore = new io.floorview.store.RollupStore(cache.database());
        this.status = new FeedStatus(FeedStatus.State.CONNECTING, wallClock.getAsLong(), null, source.describe(),
                0, 0, 0, 0, null, -1);
        this.writer = new Thread(this::writerLoop, "store-writer");
        this.writer.setDaemon(true);
    }

    public void addStatusListener(Consumer<FeedStatus> listener) {
        statusListeners.add(listener);
        listener.accept(status);
    }

    public FeedStatus status() {
        return status;
    }

    @Override
    public void addEventListener(Consumer<List<FeedEvent>> listener) {
        eventListeners.add(listener);
    }

    public void start() {
        running = true;
        writer.start();
    }

    /** Waits until the event with {@code seq} of the current feed is stored and applied; false on timeout. */
    public boolean awaitStored(long seq, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        synchronized (storedMonitor) {
            while (lastStoredSeqVolatile < seq) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0 || !running) {
                    return false;
                }
                storedMonitor.wait(left);
            }
            return true;
        }
    }

    private volatile long lastStoredSeqVolatile;

    /**
     * Changes the live floor's settings between two batches of the feed. When the day's rules change (time zone,
     * day start), today's figures are rebuilt from the cache for the new day, as at start. The future completes
     * once the floor shows the new settings.
     */
    public java.util.concurrent.CompletableFuture<Void> changeSettings(
            java.util.function.UnaryOperator<io.floorview.domain.kpi.CenterSettings> change) {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        if (!running) {  // nothing else touches the floor: change it here
            applySettings(change);
            done.complete(null);
            return done;
        }
        try {
            intake.control(new SettingsItem(change, done));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done.completeExceptionally(e);
        } catch (IllegalStateException e) {
            done.completeExceptionally(e); // the ingest has stopped: the floor cannot follow
        }
        return done;
    }

    private void applySettings(java.util.function.UnaryOperator<io.floorview.domain.kpi.CenterSettings> change) {
        io.floorview.domain.kpi.CenterSettings before = floor.settings();
        io.floorview.domain.kpi.CenterSettings after = change.apply(before);
        long now = feedClock.now(wallClock.getAsLong());
        floor.setSettings(after, now);
        boolean dayRulesChanged = !after.zone().equals(before.zone()) || !after.dayStart().equals(before.dayStart());
        if (dayRulesChanged && feedName != null) {
            FeedStatus was = status;
            switchFeed(feedName);  // today's figures again, from the cache, for the new day boundary
            updateStatus(s -> s.with(was.state(), was.sinceMs(), was.detail()));
        }
    }

    private void writerLoop() {
        try {
            cache.latestFeed().ifPresent(this::switchFeed);
            source.start(this::resumePoint, new Sink());
            while (running) {
                Intake.Taken taken = intake.take(200);
                if (taken == null) {
                    checkOffline();
                    continue;
                }
                if (taken.floorBatch() != null) {
                    store(taken);
                }
                if (taken.control() != null) {
                    try {
                        control(taken.control());
                    } finally {
                        intake.controlDone(lastStoredSeq);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (StoreException e) {
            stop("the cache cannot be written; the console stops taking in the feed",
                    "cannot write the local cache: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            stop("the feed ingest stopped", "ingest stopped: " + e, e);
        } finally {
            // whatever ended the loop, nothing more is stored: nothing more is taken in, and the floor never shows
            // what was applied but not stored
            intake.close();
            floor.abandonUnstored();
        }
    }

    private void stop(String log, String detail, Exception e) {
        LOG.error(log, e);
        running = false;
        intake.close();
        source.close();
        setStatus(status.with(FeedStatus.State.OFFLINE, wallClock.getAsLong(), detail));
    }

    /** A connection or a settings change, between two batches. */
    private void control(Object item) {
        if (item instanceof SettingsItem st) {
            try {
                applySettings(st.change());
                st.done().complete(null);
            } catch (RuntimeException e) {
                st.done().completeExceptionally(e);
                throw e;
            }
        } else if (item instanceof ConnectItem c) {
            if (!c.feed().equals(feedName)) {
                switchFeed(c.feed());
            }
            setStatus(new FeedStatus(FeedStatus.State.LIVE, wallClock.getAsLong(), feedName, source.describe(),
                    eventsStored, lastStoredSeq, c.serverLastSeq(), setAsideCount, null, -1));
        }
    }

    private void store(Intake.Taken batch) {
        List<CachedEvent> events = batch.events();
        List<SetAsideLine> bad = batch.bad();
        if (feedId < 0) {
            throw new IllegalStateException("events before the feed said who it is");
        }
        LiveFloor.Applied applied = batch.floorBatch();
        int inserted;
        try {
            inserted = cache.write(feedId, events, bad, applied.changed(), applied.appliedSeq());
        } catch (RuntimeException e) {
            running = false;
            intake.close();
            floor.failed(); // the batch is not in the cache: the floor must not show it
            throw e;
        }
        floor.stored(applied);
        if (!events.isEmpty() && !eventListeners.isEmpty()) {
            List<FeedEvent> stored = new ArrayList<>(events.size());
            for (CachedEvent c : events) {
                stored.add(c.event());
            }
            tellEventListeners(stored);
        }
        eventsStored += inserted;
        setAsideCount += bad.size();
        long maxSeq = lastStoredSeq;
        if (!events.isEmpty()) {
            maxSeq = Math.max(maxSeq, events.get(events.size() - 1).event().seq());
        }
        for (SetAsideLine b : bad) {
            if (b.seq() != null) {
                maxSeq = Math.max(maxSeq, b.seq());
            }
        }
        lastStoredSeq = maxSeq;
        long stored = eventsStored;
        long last = lastStoredSeq;
        long asideCount = setAsideCount;
        String name = feedName;
        updateStatus(s -> new FeedStatus(s.state(), s.sinceMs(), name, s.source(), stored, last,
                Math.max(s.serverLastSeq(), last), asideCount, s.detail(), -1));
        synchronized (storedMonitor) {
            lastStoredSeqVolatile = lastStoredSeq;
            storedMonitor.notifyAll();
        }
    }

    private void tellEventListeners(List<FeedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<FeedEvent> batch = List.copyOf(events);
        for (Consumer<List<FeedEvent>> l : eventListeners) {
            try {
                l.accept(batch);
            } catch (RuntimeException e) {
                LOG.error("a listener of the stored events failed; the feed goes on", e);
            }
        }
    }

    /** Makes {@code name} the current feed and rebuilds today's floor from what the cache holds of it. */
    private void switchFeed(String name) {
        feedName = name;
        feedId = cache.feedId(name);
        lastStoredSeq = cache.lastSeq(feedId);
        setAsideCount = cache.setAsideCount(feedId);
        long now = feedClock.now(wallClock.getAsLong());
        floor.reset(now, rollupStore.appliedSeq(feedId));
        long from = floor.replayFromMs(now, options.lookbackMs());
        long total = Math.max(1, cache.countFrom(feedId, from));
        setStatus(new FeedStatus(FeedStatus.State.REBUILDING, wallClock.getAsLong(), name, source.describe(),
                eventsStored, lastStoredSeq, 0, setAsideCount, "rebuilding today's figures", 0));
        List<FeedEvent> chunk = new ArrayList<>(4096);
        long[] read = {0};
        long[] reported = {0};
        long replayed = cache.replay(feedId, from, (seq, body) -> {
            try {
                chunk.add(codec.decodeEvent(body));
            } catch (BadLineException e) {
                LOG.warn("cached event {} of {} cannot be read back: {}", seq, name, e.reason());
            }
            if (chunk.size() == 4096) {
                floor.replay(chunk);
                chunk.clear();
            }
            read[0]++;
            if (read[0] - reported[0] >= total / 50 + 1) {
                reported[0] = read[0];
                setStatus(new FeedStatus(FeedStatus.State.REBUILDING, wallClock.getAsLong(), name, source.describe(),
                        eventsStored, lastStoredSeq, 0, setAsideCount, "rebuilding today's figures",
                        Math.min(1.0, (double) read[0] / total)));
            }
        });
        floor.replay(chunk);
        // events the stored rollups lacked (a cache from before rollups, say) are added now
        floor.finishReplay((rollups, appliedSeq) -> cache.write(feedId, List.of(), List.of(), rollups, appliedSeq));
        LOG.info("rebuilt the floor of feed {} from {} cached events", name, replayed);
        synchronized (storedMonitor) {
            lastStoredSeqVolatile = lastStoredSeq;
            storedMonitor.notifyAll();
        }
        setStatus(new FeedStatus(FeedStatus.State.CONNECTING, wallClock.getAsLong(), name, source.describe(),
                eventsStored, lastStoredSeq, 0, setAsideCount, null, -1));
    }

    private void checkOffline() {
        long now = wallClock.getAsLong();
        updateStatus(s -> s.state() == FeedStatus.State.RECONNECTING && now - s.sinceMs() >= options.offlineAfterMs()
                ? s.with(FeedStatus.State.OFFLINE, s.sinceMs(), s.detail()) : s);
    }

    private void setStatus(FeedStatus s) {
        updateStatus(old -> s);
    }

    /** Every change of the status goes through here, so that the two threads never lose one another's. */
    private synchronized void updateStatus(java.util.function.UnaryOperator<FeedStatus> change) {
        FeedStatus s = change.apply(status);
        status = s;
        for (Consumer<FeedStatus> l : statusListeners) {
            l.accept(s);
        }
    }

    /** The seq to resume a feed after: what was handed over already for the current one, else the cache's. */
    private long resumePoint(String feed) {
        if (!feed.equals(readerFeed)) {
            OptionalLong id = cache.findFeed(feed);
            readerFeed = feed;
            readerSeq = id.isPresent() ? cache.lastSeq(id.getAsLong()) : 0;
        }
        return readerSeq;
    }

    /** Runs on the source's thread. */
    private final class Sink implements FeedSink {

        @Override
        public void connected(String feed, long serverLastSeq, long feedTs, double rate) {
            feedClock.observe(feedTs, rate);
            feedClock.setRunning(true);
            try {
                intake.controlAndWait(new ConnectItem(feed, serverLastSeq));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IllegalStateException e) {
                LOG.debug("connected to {} after the ingest stopped", feed);
            }
        }

        @Override
        public void event(FeedEvent event, String raw) {
            readerSeq = Math.max(readerSeq, event.seq());
            try {
                intake.event(event, raw);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void badLine(Long seq, String reason, String raw) {
            if (seq != null) {
                readerSeq = Math.max(readerSeq, seq);
            }
            LOG.warn("feed line set aside ({}): {}", reason, abbreviate(raw));
            try {
                intake.bad(new SetAsideLine(seq, wallClock.getAsLong(), reason, raw));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void heartbeat(long feedTs, long lastSeq, double rate) {
            feedClock.observe(feedTs, rate);
        }

        @Override
        public void disconnected(String reason) {
            feedClock.setRunning(false);
            long now = wallClock.getAsLong();
            updateStatus(s -> s.state() == FeedStatus.State.RECONNECTING || s.state() == FeedStatus.State.OFFLINE
                    ? s.with(s.state(), s.sinceMs(), reason)
                    : s.with(FeedStatus.State.RECONNECTING, now, reason));
        }
    }

    private static String abbreviate(String raw) {
        return raw == null ? "" : raw.length() > 200 ? raw.substring(0, 200) + "…" : raw;
    }

    @Override
    public void close() {
        running = false;
        intake.close();
        source.close();
        writer.interrupt();
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
