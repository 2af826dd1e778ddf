package io.floorview.service.report;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.feed.asterisk.queuelog.QueueLogIdentity;
import io.floorview.feed.asterisk.queuelog.QueueLogOptions;
import io.floorview.feed.asterisk.queuelog.QueueLogReader;
import io.floorview.feed.asterisk.queuelog.QueueLogSummary;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.service.live.LiveFloor;
import io.floorview.store.CachedEvent;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import io.floorview.store.LogImports;
import io.floorview.store.RollupStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an old Asterisk queue_log into the console's cache: its events under the file's own feed ({@link
 * QueueLogIdentity}: a hash of the first line, so a copy or a grown version of the file is the same feed, with
 * the same seqs), batch by batch, and then the report rollups they make, in one transaction that also records
 * how far the rollups hold the feed. Importing the same file again, or a grown one, counts only what is not in
 * the rollups yet: nothing twice. A cancelled import keeps the events it stored (an event is stored once,
 * whatever happens) but none of its rollups, so importing the file again counts all of it, once.
 *
 * <p>Runs on the caller's thread (the Reports screen's {@code report-query} thread, or the command line) with
 * a writer connection of its own; SQLite serialises it with the live store writer batch by batch.
 */
public final class QueueLogImport {

    private static final Logger LOG = LoggerFactory.getLogger(QueueLogImport.class);
    private static final int BATCH = 8192;

    /**
     * What an import did.
     *
     * @param eventsNew       events stored by this run (the rest of {@code eventsRead} were already held)
     * @param previousImportMs when this file's feed was last imported completely before, or {@code null}
     */
    public record Result(Path file, String feed, long bytes, long linesRead, long linesMapped, long eventsRead,
                         long eventsNew, long linesSkipped, long linesSetAside,
                         List<SetAside> setAside, Map<String, Long> ignored,
                         Map<String, Long> unknown, Long firstTs, Long lastTs, boolean cancelled,
                         Long previousImportMs) {

        public Result {
            setAside = List.copyOf(setAside);
            ignored = Map.copyOf(ignored);
            unknown = Map.copyOf(unknown);
        }

        /** Whether every event of the file was already in the cache. */
        public boolean alreadyImported() {
            return !cancelled && eventsRead > 0 && eventsNew == 0;
        }
    }

    /** A line that was set aside: its number, why, and what it said. */
    public record SetAside(long lineNumber, String reason, String text) {
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    /** Stops the reading once the file turned out to differ from the import before it. */
    private static final class Differs extends RuntimeException {
        Differs() {
            super("differs", null, false, false);
        }
    }

    private final Database db;
    private final CenterSettings settings;
    private final EventCodec codec = new EventCodec();

    public QueueLogImport(Database db, CenterSettings settings) {
        this.db = db;
        this.settings = settings;
    }

    /**
     * Imports {@code file}. {@code progress} gets the share of the file read (0 to 1); once {@code cancel} says
     * so the import stops after the batch it is in, keeping what was stored (a later import resumes from it).
     *
     * @throws IOException when the file cannot be read
     */
    public Result run(Path file, DoubleConsumer progress, BooleanSupplier cancel) throws IOException {
        Optional<String> feed = QueueLogIdentity.of(file);
        if (feed.isEmpty()) {
            throw NotAQueueLogException.empty(file);
        }
        QueueLogOptions options = QueueLogOptions.defaults().withZone(settings.zone()).withSetAsideKept(200);
        LogImports imports = new LogImports(db);
        try (EventCache cache = new EventCache(db)) {
            // the feed is registered only once the file shows it is a queue_log: a README is refused, not kept
            java.util.OptionalLong known = cache.findFeed(feed.get());
            Long previous = known.isPresent()
                    ? imports.lastCompleted(known.getAsLong()).map(LogImports.Entry::importedMs).orElse(null) : null;
            long held = known.isPresent() ? new RollupStore(db).appliedSeq(known.getAsLong()) : 0;
            long stored = known.isPresent() ? cache.lastSeq(known.getAsLong()) : 0;
            Writer writer = new Writer(file, cache, feed.get(), held, stored, cancel);
            QueueLogSummary summary = null;
            boolean cancelled = false;
            try {
                QueueLogSummary read = new QueueLogReader(options).read(file, writer::accept, (done, total) -> {
                    if (writer.differs != null) {
                        throw new Differs();
                    }
                    if (cancel.getAsBoolean()) {
                        throw new Cancelled();
                    }
                    progress.accept(total <= 0 ? 0 : Math.min(1.0, (double) done / total));
                });
                if (writer.stopped) {
                    throw new Cancelled(); // the file ended before the next chunk could say so
                }
                summary = read;
                NotAQueueLogException.check(file, summary);
                writer.finish();
            } catch (Cancelled c) {
                cancelled = true;
            } catch (Differs d) {
                // reported below
            }
            if (writer.differs != null) {
                LOG.warn("refused to import {}: {}", file, writer.differs.getMessage());
                throw writer.differs;
            }
            long feedId = writer.feedId();
            long bytes = java.nio.file.Files.size(file);
            Result r = summary == null
                    ? new Result(file, feed.get(), bytes, 0, 0, writer.read, writer.stored, 0, 0, List.of(), Map.of(),
                            Map.of(), null, null, true, previous)
                    : new Result(file, feed.get(), bytes, summary.linesRead(), summary.linesMapped(), writer.read,
                            writer.stored, summary.linesSkipped(), summary.linesSetAside(), summary.setAside().stream()
                                    .map(a -> new SetAside(a.lineNumber(), a.reason(), a.text())).toList(),
                            summary.ignoredByName(), summary.unknownByName(), summary.firstTs(), summary.lastTs(),
                            cancelled, previous);
            imports.add(new LogImports.Entry(feedId, file.getFileName().toString(), System.currentTimeMillis(),
                    r.linesRead(), r.eventsRead(), r.eventsNew(), r.linesSetAside(), r.cancelled()));
            LOG.info("imported {} as {}: {} events read, {} new, {} lines set aside{}", file, feed.get(), r.eventsRead(),
                    r.eventsNew(), r.linesSetAside(), r.cancelled() ? " (cancelled)" : "");
            if (!cancelled) {
                progress.accept(1.0);
            }
            return r;
        }
    }

    /**
     * Collects events into batches; replays those the rollups already hold, stores the others with their rollups.
     * Every event whose number the cache already holds must be the one held: the first that is not stops the
     * import ({@link #differs}) before anything of its batch is stored, and no rollups are written.
     */
    private final class Writer {
        private final Path file;
        private final EventCache cache;
        private final long storedSeq;
        ChangedLogException differs;
        /** Cancelled at the end of a batch: the events after it are not taken (the reading stops at its next chunk). */
        boolean stopped;
        private final String feedName;
        private long feedId = -1;
        private final long heldSeq;
        private final BooleanSupplier cancel;
        private final LiveFloor floor;
        private final List<FeedEvent> batch = new ArrayList<>(BATCH);
        private boolean replayFinished;
        private final io.floorview.domain.report.Rollups pending = new io.floorview.domain.report.Rollups();
        private long pendingSeq;
        long read;
        long stored;

        Writer(Path file, EventCache cache, String feedName, long heldSeq, long storedSeq, BooleanSupplier cancel) {
            this.file = file;
            this.storedSeq = storedSeq;
            this.cache = cache;
            this.feedName = feedName;
            this.heldSeq = heldSeq;
            this.cancel = cancel;
            // the engine's day follows the events; it starts at the epoch so the first event opens its own day
            this.floor = new LiveFloor(settings, 0L);
            floor.reset(0L, heldSeq);
        }

        /** The file's feed in the cache, registered the first time it is needed. */
        long feedId() {
            if (feedId < 0) {
                feedId = cache.feedId(feedName);
            }
            return feedId;
        }

        /**
         * Takes one event. Called from inside the mapping of a line, so it never throws: an exception there would
         * be taken for a bad line, the rest of that line's events lost and the events after it numbered wrong.
         */
        void accept(FeedEvent e) {
            if (differs != null || stopped) {
                return;
            }
            read++;
            batch.add(e);
            if (batch.size() == BATCH) {
                flush();
                stopped = cancel.getAsBoolean();
            }
        }

        void flush() {
            if (batch.isEmpty() || differs != null) {
                return;
            }
            differs = firstDifference(batch);
            if (differs != null) {
                batch.clear();
                return;
            }
            List<FeedEvent> old = new ArrayList<>();
            List<FeedEvent> fresh = new ArrayList<>();
            for (FeedEvent e : batch) {
                (e.seq() <= heldSeq ? old : fresh).add(e);
            }
            batch.clear();
            if (!old.isEmpty()) {
                floor.replay(old); // already stored with their rollups: they only move the accounting's state
            }
            if (fresh.isEmpty()) {
                return;
            }
            if (!replayFinished) {
                floor.finishReplay((changed, seq) -> { });
                replayFinished = true;
            }
            List<CachedEvent> cached = new ArrayList<>(fresh.size());
            for (FeedEvent e : fresh) {
                cached.add(new CachedEvent(e, codec.encode(e)));
            }
            // events now, in a transaction per batch; their rollups all at once at the end (finish), so that a
            // cancelled import leaves no rollups of its own and the next one counts the whole file once
            floor.applyAndStore(fresh, (changed, seq) -> {
                stored += cache.write(feedId(), cached, List.of());
                if (changed != null) {
                    pending.addAll(changed);
                }
                pendingSeq = seq;
            });
        }

        /** The batch's first event that differs from the one the cache holds under its number, or {@code null}. */
        private ChangedLogException firstDifference(List<FeedEvent> events) {
            long from = events.get(0).seq();
            if (from > storedSeq) {
                return null; // nothing held from here on: the usual case of a first import or a grown file
            }
            java.util.Map<Long, String> held = new java.util.HashMap<>();
            cache.bodies(feedId(), from, events.get(events.size() - 1).seq(), held::put);
            for (FeedEvent e : events) {
                String body = held.get(e.seq());
                if (body != null && !sameEvent(body, e)) {
                    return new ChangedLogException(file, feedName, e.seq(), e.ts(), settings.zone());
                }
            }
            return null;
        }

        private boolean sameEvent(String body, FeedEvent e) {
            if (body.equals(codec.encode(e))) {
                return true; // the usual case, without decoding what is held
            }
            FeedEvent held;
            try {
                held = codec.decodeEvent(body);
            } catch (io.floorview.feed.protocol.BadLineException x) {
                return false;
            }
            if (held.equals(e)) {
                return true;
            }
            // an exit the earlier reading closed at the end of the file, before the line that shows where the call
            // went: the grown file gives it a target, the cache keeps the first (docs/asterisk-queue-log.md)
            return held instanceof FeedEvent.CallOverflowed h && h.target() == null
                    && e instanceof FeedEvent.CallOverflowed n && h.equals(new FeedEvent.CallOverflowed(n.seq(), n.ts(),
                            n.callId(), n.queue(), n.reason(), n.waitMs(), n.position(), null));
        }

        /** Stores the rollups of everything this run counted, with the seq they reach, in one transaction. */
        void finish() {
            flush();
            if (differs != null) {
                return;
            }
            if (pendingSeq > 0) {
                cache.write(feedId(), List.of(), List.of(), pending, pendingSeq);
            }
        }
    }
}
