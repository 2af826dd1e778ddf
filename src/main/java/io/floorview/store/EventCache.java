package io.floorview.store;

import io.floorview.domain.event.FeedEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cache of feed events. Writing goes through one connection owned by one thread (the store writer):
 * a batch is one transaction, and an event already stored under its (feed, seq) is ignored. Reads use
 * connections of their own and may run on any thread.
 */
public final class EventCache implements AutoCloseable {

    private static final long HOUR_MS = 3_600_000L;
    /** Row ids pack the feed and the seq: {@code id = feedId << SEQ_BITS | seq}. */
    static final int SEQ_BITS = 40;
    static final long SEQ_MASK = (1L << SEQ_BITS) - 1;

    private final Database db;
    private final Connection writer;
    private final PreparedStatement insertEvent;
    private final PreparedStatement insertAside;
    private final PreparedStatement insertMark;
    private final Map<Long, Long> maxHourByFeed = new HashMap<>();
    private final WalCheckpointer checkpointer;

    public EventCache(Database db) {
        this.db = db;
        this.writer = db.connect();
        try {
            writer.setAutoCommit(false);
            insertEvent = writer.prepareStatement("INSERT OR IGNORE INTO event (id, ts_ms, type, body) VALUES (?, ?, ?, ?)");
            insertAside = writer.prepareStatement("INSERT OR IGNORE INTO set_aside"
                    + " (feed_id, seq, received_ms, reason, raw) VALUES (?, ?, ?, ?, ?)");
            insertMark = writer.prepareStatement(
                    "INSERT OR IGNORE INTO hour_mark (feed_id, hour, first_seq) VALUES (?, ?, ?)");
            checkpointer = new WalCheckpointer(db, writer);
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the event cache: " + e.getMessage(), e);
        }
    }

    public Database database() {
        return db;
    }

    /** The id of the feed called {@code name}, registering it on first sight. Writer thread only. */
    public long feedId(String name) {
        try (PreparedStatement ins = writer.prepareStatement(
                "INSERT OR IGNORE INTO feed (name, first_seen_ms) VALUES (?, ?)");
             PreparedStatement sel = writer.prepareStatement("SELECT id FROM feed WHERE name = ?")) {
            ins.setString(1, name);
            ins.setLong(2, System.currentTimeMillis());
            ins.executeUpdate();
            sel.setString(1, name);
            long id;
            try (ResultSet rs = sel.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            // the query is done before the commit: a query still open would keep its snapshot into the writer's
            // next transaction, which then could not write once another connection had committed
            writer.commit();
            return id;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("cannot register feed " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stores a batch in one transaction: events (ignoring any already stored) and set-aside lines.
     *
     * @return how many events were new
     */
    public int write(long feedId, List<CachedEvent> events, List<SetAsideLine> setAside) {
        return write(feedId, events, setAside, null, 0);
    }

    /**
     * Stores a batch and the report rollups it changed in one transaction, so that the rollups always hold
     * exactly the events stored (none twice, none missing), and records that the feed's events up to
     * {@code rollupSeq} are in them.
     *
     * @param rollups what the batch changed in the rollups, or {@code null} to leave them alone
     * @return how many events were new
     */
    public int write(long feedId, List<CachedEvent> events, List<SetAsideLine> setAside,
                     io.floorview.domain.report.Rollups rollups, long rollupSeq) {
        try {
            long maxHour = maxHour(feedId);
            long base = feedId << SEQ_BITS;
            long bytes = 0;
            for (CachedEvent c : events) {
                FeedEvent e = c.event();
                if (e.seq() <= 0 || e.seq() > SEQ_MASK) {
                    throw new IllegalArgumentException("seq " + e.seq() + " is out of range");
                }
                insertEvent.setLong(1, base | e.seq());
                insertEvent.setLong(2, e.ts());
                insertEvent.setInt(3, e.type().code());
                insertEvent.setString(4, c.body());
                insertEvent.addBatch();
                bytes += c.body().length() + 32;
                long hour = Math.floorDiv(e.ts(), HOUR_MS);
                if (hour > maxHour) {
                    insertMark.setLong(1, feedId);
                    insertMark.setLong(2, hour);
                    insertMark.setLong(3, e.seq());
                    insertMark.executeUpdate();
                    maxHour = hour;
                }
            }
            int inserted = 0;
            if (!events.isEmpty()) {
                for (int n : insertEvent.executeBatch()) {
                    inserted += Math.max(0, n);
                }
            }
            for (SetAsideLine s : setAside) {
                insertAside.setLong(1, feedId);
                if (s.seq() == null) {
                    insertAside.setNull(2, java.sql.Types.INTEGER);
                } else {
                    insertAside.setLong(2, s.seq());
                }
                insertAside.setLong(3, s.receivedMs());
                insertAside.setString(4, s.reason());
                insertAside.setString(5, s.raw());
                insertAside.executeUpdate();
            }
            if (rollups != null) {
                RollupStore.merge(writer, feedId, rollups, rollupSeq);
                bytes += 100L * (rollups.abandonedCalls().size() + rollups.overflowedCalls().size()
                        + rollups.agentRows().size() + rollups.queueRows().size());
            }
            writer.commit();
            checkpointer.committed(bytes);
            maxHourByFeed.put(feedId, maxHour);
            return inserted;
        } catch (SQLException | RuntimeException e) {
            try {
                insertEvent.clearBatch();
            } catch (SQLException ignored) {
                // the rollback below is what matters
            }
            rollbackQuietly();
            maxHourByFeed.remove(feedId);
            throw new StoreException("cannot store events: " + e, e);
        }
    }

    /**
     * The last hour marked for the feed. Read on a connection of its own: a transaction of the writer that
     * began with a read could not write once another connection (the log of supervisors' actions, say) had
     * committed in between (SQLITE_BUSY_SNAPSHOT), and the feed would stop being stored.
     */
    private long maxHour(long feedId) throws SQLException {
        Long h = maxHourByFeed.get(feedId);
        if (h != null) {
            return h;
        }
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(max(hour), -1) FROM hour_mark WHERE feed_id = ?")) {
            ps.setLong(1, feedId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void rollbackQuietly() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }

    /** The id of the feed called {@code name} when the cache has seen it. Any thread. */
    public java.util.OptionalLong findFeed(String name) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT id FROM feed WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.OptionalLong.of(rs.getLong(1)) : java.util.OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the feeds: " + e.getMessage(), e);
        }
    }

    /** The names of every feed the cache has seen, in the order it first saw them. Any thread. */
    public List<String> feedNames() {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT name FROM feed ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the feeds: " + e.getMessage(), e);
        }
    }

    /**
     * The live feed whose newest cached event is the newest of all, when the cache holds any event: queue_log files
     * imported into the cache (recorded in {@code log_import}) are history, never the feed a console resumes.
     * Any thread.
     */
    public java.util.Optional<String> latestFeed() {
        try (Connection c = db.connect();
             PreparedStatement feeds = c.prepareStatement(
                     "SELECT id, name FROM feed WHERE id NOT IN (SELECT feed_id FROM log_import)");
             PreparedStatement last = c.prepareStatement(
                     "SELECT ts_ms FROM event WHERE id BETWEEN ?1 << 40 AND (?1 << 40) | " + SEQ_MASK
                             + " ORDER BY id DESC LIMIT 1")) {
            String best = null;
            long bestTs = Long.MIN_VALUE;
            try (ResultSet rs = feeds.executeQuery()) {
                while (rs.next()) {
                    last.setLong(1, rs.getLong(1));
                    try (ResultSet l = last.executeQuery()) {
                        if (l.next() && l.getLong(1) > bestTs) {
                            bestTs = l.getLong(1);
                            best = rs.getString(2);
                        }
                    }
                }
            }
            return java.util.Optional.ofNullable(best);
        } catch (SQLException e) {
            throw new StoreException("cannot read the feeds: " + e.getMessage(), e);
        }
    }

    /** The last seq the cache holds for the feed (stored or set aside), 0 when none. */
    public long lastSeq(long feedId) {
        return queryLong("SELECT max(coalesce((SELECT max(id) FROM event WHERE id BETWEEN ?1 << 40 AND (?1 << 40) | "
                + SEQ_MASK + "), ?1 << 40) & " + SEQ_MASK + ","
                + " coalesce((SELECT max(seq) FROM set_aside WHERE feed_id = ?1), 0))", feedId);
    }

    public long eventCount(long feedId) {
        return queryLong("SELECT count(*) FROM event WHERE id BETWEEN ?1 << 40 AND (?1 << 40) | " + SEQ_MASK, feedId);
    }

    public long setAsideCount(long feedId) {
        return queryLong("SELECT count(*) FROM set_aside WHERE feed_id = ?1", feedId);
    }

    /** The lines set aside for the feed, newest first, at most {@code limit}. */
    public List<SetAsideLine> setAside(long feedId, int limit) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT seq, received_ms, reason, raw FROM set_aside"
                     + " WHERE feed_id = ? ORDER BY id DESC LIMIT ?")) {
            ps.setLong(1, feedId);
            ps.setInt(2, limit);
            List<SetAsideLine> out = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    out.add(new SetAsideLine(rs.wasNull() ? null : seq, rs.getLong(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read set-aside lines: " + e.getMessage(), e);
        }
    }

    /** Receives cached event bodies in seq order. */
    @FunctionalInterface
    public interface BodyConsumer {
        void accept(long seq, String body);
    }

    /**
     * Streams, in seq order, the bodies of the feed's events that may have a time at or after
     * {@code fromMs} (all of those, and possibly some just before it). Returns how many were read.
     */
    public long replay(long feedId, long fromMs, BodyConsumer consumer) {
        long fromSeq = queryLong("SELECT coalesce((SELECT first_seq FROM hour_mark WHERE feed_id = ?1 AND hour >= ?2"
                + " ORDER BY hour LIMIT 1), 9223372036854775807)", feedId, Math.floorDiv(fromMs, HOUR_MS));
        long n = 0;
        if (fromSeq > SEQ_MASK) {
            return 0;
        }
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, body FROM event WHERE id BETWEEN ? AND ? ORDER BY id")) {
            ps.setLong(1, feedId << SEQ_BITS | fromSeq);
            ps.setLong(2, feedId << SEQ_BITS | SEQ_MASK);
            ps.setFetchSize(4096);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs.getLong(1) & SEQ_MASK, rs.getString(2));
                    n++;
                }
            }
            return n;
        } catch (SQLException e) {
            throw new StoreException("cannot read the cached events: " + e.getMessage(), e);
        }
    }

    /** Streams, in seq order, the bodies of the feed's events with a seq in {@code [fromSeq, toSeq]}. */
    public void bodies(long feedId, long fromSeq, long toSeq, BodyConsumer consumer) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, body FROM event WHERE id BETWEEN ? AND ? ORDER BY id")) {
            ps.setLong(1, feedId << SEQ_BITS | Math.max(0, fromSeq));
            ps.setLong(2, feedId << SEQ_BITS | Math.min(SEQ_MASK, toSeq));
            ps.setFetchSize(4096);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs.getLong(1) & SEQ_MASK, rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the cached events: " + e.getMessage(), e);
        }
    }

    /** How many events {@link #replay} would read, to show progress. */
    public long countFrom(long feedId, long fromMs) {
        long fromSeq = queryLong("SELECT coalesce((SELECT first_seq FROM hour_mark WHERE feed_id = ?1 AND hour >= ?2"
                + " ORDER BY hour LIMIT 1), 9223372036854775807)", feedId, Math.floorDiv(fromMs, HOUR_MS));
        if (fromSeq > SEQ_MASK) {
            return 0;
        }
        return queryLong("SELECT count(*) FROM event WHERE id BETWEEN ?1 AND ?2",
                feedId << SEQ_BITS | fromSeq, feedId << SEQ_BITS | SEQ_MASK);
    }

    private long queryLong(String sql, long... args) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setLong(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query the cache: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        checkpointer.close();
        try {
            writer.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the cache: " + e.getMessage(), e);
        }
    }
}
