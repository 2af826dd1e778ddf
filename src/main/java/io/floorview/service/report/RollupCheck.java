package io.floorview.service.report;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.KpiEngine;
import io.floorview.domain.report.Rollups;
import io.floorview.feed.protocol.BadLineException;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import io.floorview.store.RollupTables;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the report rollups from the cached events, into a database of their own, and compares them with
 * the rollups the store writer kept up to date event by event: the proof that reports can be trusted, and
 * the way to bring old history into the rollups. The rebuilt rollups can then replace the kept ones.
 */
public final class RollupCheck {

    private static final Logger LOG = LoggerFactory.getLogger(RollupCheck.class);
    private static final int DRAIN_EVERY = 50_000;

    /** What the comparison found: rows only in the kept rollups, rows only in the rebuilt ones, per table. */
    public record Result(long eventsRead, List<RollupTables.Diff> tables) {
        public boolean agree() {
            return tables.stream().allMatch(t -> t.onlyKept() == 0 && t.onlyRebuilt() == 0);
        }
    }

    private final EventCache cache;
    private final CenterSettings settings;
    private final EventCodec codec = new EventCodec();

    public RollupCheck(EventCache cache, CenterSettings settings) {
        this.cache = cache;
        this.settings = settings;
    }

    /**
     * Rebuilds every feed's rollups into {@code rebuiltFile} (replaced if it exists) and compares them with the
     * kept ones. {@code progress} gets the share of feeds done.
     */
    public Result run(Path rebuiltFile, DoubleConsumer progress) {
        try {
            java.nio.file.Files.deleteIfExists(rebuiltFile);
            java.nio.file.Files.deleteIfExists(Path.of(rebuiltFile + "-wal"));
            java.nio.file.Files.deleteIfExists(Path.of(rebuiltFile + "-shm"));
        } catch (java.io.IOException e) {
            throw new io.floorview.store.StoreException("cannot replace " + rebuiltFile + ": " + e.getMessage(), e);
        }
        Database rebuilt = Database.open(rebuiltFile);
        RollupTables target = new RollupTables(rebuilt);
        List<String> feeds = cache.feedNames();
        long read = 0;
        for (int i = 0; i < feeds.size(); i++) {
            read += rebuildFeed(feeds.get(i), target);
            progress.accept((double) (i + 1) / feeds.size());
        }
        List<RollupTables.Diff> diffs = RollupTables.compare(cache.database(), rebuiltFile);
        LOG.info("rebuilt the rollups of {} feeds from {} events: {}", feeds.size(), read,
                diffs.stream().allMatch(d -> d.onlyKept() == 0 && d.onlyRebuilt() == 0) ? "they agree" : "they differ");
        target.close();
        return new Result(read, diffs);
    }

    private long rebuildFeed(String feed, RollupTables target) {
        long feedId = cache.findFeed(feed).orElseThrow();
        Rollups rollups = new Rollups();
        KpiEngine[] engine = {null};
        long[] n = {0};
        long[] lastSeq = {0};
        long[] lastTs = {Long.MIN_VALUE};
        cache.replay(feedId, Long.MIN_VALUE, (seq, body) -> {
            FeedEvent e;
            try {
                e = codec.decodeEvent(body);
            } catch (BadLineException ex) {
                LOG.warn("cached event {} of {} cannot be read back: {}", seq, feed, ex.reason());
                return;
            }
            if (engine[0] == null) {
                engine[0] = new KpiEngine(settings, e.ts(), rollups);
            }
            engine[0].apply(e);
            n[0]++;
            lastSeq[0] = e.seq();
            lastTs[0] = Math.max(lastTs[0], e.ts());
            if (n[0] % DRAIN_EVERY == 0) {
                target.add(feedId, rollups.drain(), lastSeq[0]);
            }
        });
        if (engine[0] != null) {
            engine[0].countTimeUpTo(lastTs[0]);
            target.add(feedId, rollups.drain(), lastSeq[0]);
        }
        return n[0];
    }
}
