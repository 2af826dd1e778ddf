package io.floorview.store;

import io.floorview.domain.kpi.AbandonedCall;
import io.floorview.domain.kpi.OverflowedCall;
import io.floorview.domain.kpi.QueueCounters;
import io.floorview.domain.kpi.WaitHistogram;
import io.floorview.domain.report.AgentCounters;
import io.floorview.domain.report.RollupSource;
import io.floorview.domain.report.Rollups;
import io.floorview.domain.report.Rollups.AgentKey;
import io.floorview.domain.report.Rollups.QueueKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The report rollups in SQLite. The writer adds what changed since its last batch ({@link #merge}) inside the
 * batch's transaction; reports read them back ({@link RollupSource}) on connections of their own, agents
 * summed by SQLite over the range so that a month of a large center reads in well under a second.
 */
public final class RollupStore implements RollupSource {

    private static final List<String> A = AgentCounters.SCALAR_NAMES;
    private static final long DAY_MS = 86_400_000L;

    private final Database db;

    public RollupStore(Database db) {
        this.db = db;
    }

    private static String upsert(String table, String keys, int keyCount, List<String> cols, String extra) {
        String names = String.join(", ", cols);
        String marks = "?, ".repeat(keyCount + cols.size()).replaceAll(", $", "");
        String updates = cols.stream().map(c -> QueueCounters.MAX_WAIT.equals(c)
                ? c + " = max(" + c + ", excluded." + c + ")" : c + " = " + c + " + excluded." + c)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + keys + ", " + names + ") VALUES (" + marks + ") ON CONFLICT ("
                + keys + ") DO UPDATE SET " + updates + extra;
    }

    /** Adds the rollups that changed to the tables and records {@code appliedSeq}; the caller commits. */
    static void merge(Connection c, long feedId, Rollups delta, long appliedSeq) throws SQLException {
        if (!delta.queueRows().isEmpty()) {
            mergeQueues(c, delta.queueRows());
        }
        if (!delta.agentRows().isEmpty()) {
            mergeAgents(c, delta.agentRows());
        }
        if (!delta.abandonedCalls().isEmpty() || !delta.overflowedCalls().isEmpty()) {
            mergeOutcomes(c, feedId, delta.abandonedCalls(), delta.overflowedCalls());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rollup_state (feed_id, applied_seq) VALUES (?, ?)"
                + " ON CONFLICT (feed_id) DO UPDATE SET applied_seq = max(applied_seq, excluded.applied_seq)")) {
            ps.setLong(1, feedId);
            ps.setLong(2, appliedSeq);
            ps.executeUpdate();
        }
    }

    private static void mergeQueues(Connection c, Map<QueueKey, QueueCounters> rows) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT counters, answered_waits, abandoned_waits"
                + " FROM rollup_queue WHERE bucket_ms = ? AND queue = ?");
             PreparedStatement write = c.prepareStatement("INSERT OR REPLACE INTO rollup_queue"
                     + " (bucket_ms, queue, counters, answered_waits, abandoned_waits) VALUES (?, ?, ?, ?, ?)")) {
            for (var e : rows.entrySet()) {
                QueueKey k = e.getKey();
                QueueCounters merged = new QueueCounters();
                read.setLong(1, k.bucketMs());
                read.setString(2, k.queue());
                try (ResultSet rs = read.executeQuery()) {
                    if (rs.next()) {
                        merged.addStored(QueueCounters.decodeScalars(rs.getBytes(1)), rs.getBytes(2), rs.getBytes(3));
                    }
                }
                merged.add(e.getValue());
                write.setLong(1, k.bucketMs());
                write.setString(2, k.queue());
                write.setBytes(3, merged.encodeScalars());
                write.setBytes(4, merged.answeredWaits().encode());
                write.setBytes(5, merged.abandonedWaits().encode());
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private static void mergeAgents(Connection c, Map<AgentKey, AgentCounters> rows) throws SQLException {
        mergeAgents(c, rows, "rollup_agent", "bucket_ms", "rollup_agent_reason", 1);
        mergeAgents(c, byDay(rows), "rollup_agent_day", "day_ms", "rollup_agent_reason_day", DAY_MS);
    }

    /** The rows summed by UTC day: a batch that spans several 15-minute buckets updates each day row once. */
    private static Map<AgentKey, AgentCounters> byDay(Map<AgentKey, AgentCounters> rows) {
        Map<AgentKey, AgentCounters> days = new HashMap<>();
        for (var e : rows.entrySet()) {
            AgentKey k = e.getKey();
            AgentKey day = new AgentKey(Math.floorDiv(k.bucketMs(), DAY_MS) * DAY_MS, k.agent(), k.queue());
            days.computeIfAbsent(day, x -> new AgentCounters()).add(e.getValue());
        }
        return days;
    }

    private static void mergeAgents(Connection c, Map<AgentKey, AgentCounters> rows, String table, String time,
                                    String reasonTable, long unit) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(upsert(table, time + ", agent, queue", 3, A, ""));
             PreparedStatement reasons = c.prepareStatement("INSERT INTO " + reasonTable + " (" + time + ", agent, reason,"
                     + " ms) VALUES (?, ?, ?, ?) ON CONFLICT (" + time + ", agent, reason) DO UPDATE SET ms = ms + excluded.ms")) {
            for (var e : rows.entrySet()) {
                AgentKey k = e.getKey();
                AgentCounters v = e.getValue();
                long at = Math.floorDiv(k.bucketMs(), unit) * unit;
                up.setLong(1, at);
                up.setString(2, k.agent());
                up.setString(3, k.queue());
                long[] s = v.scalars();
                for (int i = 0; i < s.length; i++) {
                    up.setLong(4 + i, s[i]);
                }
                up.addBatch();
                for (var r : v.notReadyMsByReason().entrySet()) {
                    reasons.setLong(1, at);
                    reasons.setString(2, k.agent());
                    reasons.setString(3, r.getKey());
                    reasons.setLong(4, r.getValue());
                    reasons.addBatch();
                }
            }
            up.executeBatch();
            reasons.executeBatch();
        }
    }

    /**
     * Abandoned and overflowed calls, about one row for every three events of a busy feed: what is the same on
     * every row (the feed, the kind, the columns the kind leaves empty) is written into the statement, so that
     * each row binds only its own eight values.
     */
    private static void mergeOutcomes(Connection c, long feedId, List<AbandonedCall> abandoned,
                                      List<OverflowedCall> overflowed) throws SQLException {
        String insert = "INSERT OR IGNORE INTO call_outcome (feed_id, call_id, queue, kind, caller, entered_ms,"
                + " left_ms, wait_ms, entry_position, position, reason, target) VALUES (" + feedId + ", ?, ?, ";
        if (!abandoned.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(insert + "'abandoned', ?, ?, ?, ?, ?, ?, NULL, NULL)")) {
                for (AbandonedCall a : abandoned) {
                    outcome(ps, a.callId(), a.queue(), a.caller(), a.enteredMs(), a.abandonedMs(), a.waitMs());
                    ps.setInt(7, a.entryPosition());
                    ps.setInt(8, a.position());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!overflowed.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(insert + "'overflowed', ?, ?, ?, ?, NULL, NULL, ?, ?)")) {
                for (OverflowedCall o : overflowed) {
                    outcome(ps, o.callId(), o.queue(), o.caller(), o.enteredMs(), o.leftMs(), o.waitMs());
                    ps.setString(7, o.reason().wire());
                    ps.setString(8, o.target());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** Binds what abandoned and overflowed rows share, as parameters 1 to 6. */
    private static void outcome(PreparedStatement ps, String callId, String queue, String caller, long entered,
                                long left, long wait) throws SQLException {
        ps.setString(1, callId);
        ps.setString(2, queue);
        ps.setString(3, caller);
        ps.setLong(4, entered);
        ps.setLong(5, left);
        ps.setLong(6, wait);
    }

    /** How far the feed's events are in the rollups, 0 when none are. */
    public long appliedSeq(long feedId) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT applied_seq FROM rollup_state WHERE feed_id = ?")) {
            ps.setLong(1, feedId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the rollups' state: " + e.getMessage(), e);
        }
    }

    /** The queues the rollups know (not the center's "*"), sorted. Any thread. */
    public List<String> queueNames() {
        return names("SELECT DISTINCT queue FROM rollup_queue WHERE queue <> '*' ORDER BY queue");
    }

    /** The agents the rollups know, sorted. Any thread. */
    public List<String> agentNames() {
        return names("SELECT DISTINCT agent FROM rollup_agent_day ORDER BY agent");
    }

    /** The first and the last 15-minute bucket holding queue figures, or {@code null} when none does. */
    public long[] span() {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT min(bucket_ms), max(bucket_ms) FROM rollup_queue");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long min = rs.getLong(1);
            return rs.wasNull() ? null : new long[] {min, rs.getLong(2)};
        } catch (SQLException e) {
            throw new StoreException("cannot read the rollups: " + e.getMessage(), e);
        }
    }

    private List<String> names(String sql) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the rollups: " + e.getMessage(), e);
        }
    }

    @Override
    public void queueRows(long fromMs, long toMs, BiConsumer<QueueKey, QueueCounters> row) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT bucket_ms, queue, counters,"
                + " answered_waits, abandoned_waits FROM rollup_queue WHERE bucket_ms >= ? AND bucket_ms < ?")) {
            ps.setLong(1, fromMs);
            ps.setLong(2, toMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    QueueCounters counters = new QueueCounters();
                    counters.addStored(QueueCounters.decodeScalars(rs.getBytes(3)), rs.getBytes(4), rs.getBytes(5));
                    row.accept(new QueueKey(rs.getLong(1), rs.getString(2)), counters);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the queue rollups: " + e.getMessage(), e);
        }
    }

    @Override
    public void agentRows(long fromMs, long toMs, BiConsumer<AgentKey, AgentCounters> row) {
        // whole UTC days from the day table, the edges from the 15-minute one
        long firstDay = Math.floorDiv(fromMs + DAY_MS - 1, DAY_MS) * DAY_MS;
        long lastDay = Math.floorDiv(toMs, DAY_MS) * DAY_MS;
        Map<String, Map<String, AgentCounters>> sums = new HashMap<>();
        try (Connection c = db.connect()) {
            if (firstDay < lastDay) {
                sumAgents(c, "rollup_agent", "bucket_ms", "rollup_agent_reason", fromMs, firstDay, sums);
                sumAgents(c, "rollup_agent_day", "day_ms", "rollup_agent_reason_day", firstDay, lastDay, sums);
                sumAgents(c, "rollup_agent", "bucket_ms", "rollup_agent_reason", lastDay, toMs, sums);
            } else {
                sumAgents(c, "rollup_agent", "bucket_ms", "rollup_agent_reason", fromMs, toMs, sums);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the agent rollups: " + e.getMessage(), e);
        }
        sums.forEach((agent, byQueue) -> byQueue.forEach((queue, counters) ->
                row.accept(new AgentKey(fromMs, agent, queue), counters)));
    }

    private static void sumAgents(Connection c, String table, String time, String reasonTable, long fromMs,
                                  long toMs, Map<String, Map<String, AgentCounters>> sums) throws SQLException {
        if (fromMs >= toMs) {
            return;
        }
        Map<String, Map<String, Long>> reasons = reasons(c, reasonTable, time, fromMs, toMs);
        String columns = A.stream().map(x -> "sum(" + x + ")").collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("SELECT agent, queue, " + columns + " FROM " + table
                + " WHERE " + time + " >= ? AND " + time + " < ? GROUP BY agent, queue")) {
            ps.setLong(1, fromMs);
            ps.setLong(2, toMs);
            try (ResultSet rs = ps.executeQuery()) {
                int n = A.size();
                while (rs.next()) {
                    long[] v = new long[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = rs.getLong(3 + i);
                    }
                    String agent = rs.getString(1);
                    String queue = rs.getString(2);
                    sums.computeIfAbsent(agent, k -> new HashMap<>()).computeIfAbsent(queue, k -> new AgentCounters())
                            .addStored(v, "*".equals(queue) ? reasons.getOrDefault(agent, Map.of()) : Map.of());
                }
            }
        }
    }

    private static Map<String, Map<String, Long>> reasons(Connection c, String table, String time, long fromMs,
                                                          long toMs) throws SQLException {
        Map<String, Map<String, Long>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT agent, reason, sum(ms) FROM " + table
                + " WHERE " + time + " >= ? AND " + time + " < ? GROUP BY agent, reason")) {
            ps.setLong(1, fromMs);
            ps.setLong(2, toMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                }
            }
        }
        return out;
    }

    @Override
    public List<AbandonedCall> abandonedCalls(long fromMs, long toMs) {
        List<AbandonedCall> out = new ArrayList<>();
        outcomes("abandoned", fromMs, toMs, rs -> out.add(new AbandonedCall(rs.getString("call_id"),
                rs.getString("queue"), rs.getString("caller"), rs.getLong("entered_ms"), rs.getLong("left_ms"),
                rs.getLong("wait_ms"), rs.getInt("entry_position"), rs.getInt("position"))));
        return out;
    }

    @Override
    public List<OverflowedCall> overflowedCalls(long fromMs, long toMs) {
        List<OverflowedCall> out = new ArrayList<>();
        outcomes("overflowed", fromMs, toMs, rs -> out.add(new OverflowedCall(rs.getString("call_id"),
                rs.getString("queue"), rs.getString("caller"), rs.getLong("entered_ms"), rs.getLong("left_ms"),
                rs.getLong("wait_ms"), io.floorview.domain.event.WireEnum.parse(
                        io.floorview.domain.event.OverflowReason.class, rs.getString("reason")),
                rs.getString("target"))));
        return out;
    }

    /**
     * At most {@code limit} abandoned calls of the queues given (all but the center's rows when none is given)
     * that entered in {@code [fromMs, toMs)}, earliest entry first: a screenful, read through the entry-time index
     * without sorting a month of calls.
     */
    public List<AbandonedCall> abandonedCalls(long fromMs, long toMs, java.util.Set<String> queues, int limit) {
        List<AbandonedCall> out = new ArrayList<>();
        outcomes("abandoned", fromMs, toMs, queues, limit, rs -> out.add(new AbandonedCall(rs.getString("call_id"),
                rs.getString("queue"), rs.getString("caller"), rs.getLong("entered_ms"), rs.getLong("left_ms"),
                rs.getLong("wait_ms"), rs.getInt("entry_position"), rs.getInt("position"))));
        return out;
    }

    /** As {@link #abandonedCalls(long, long, java.util.Set, int)}, for overflowed calls. */
    public List<OverflowedCall> overflowedCalls(long fromMs, long toMs, java.util.Set<String> queues, int limit) {
        List<OverflowedCall> out = new ArrayList<>();
        outcomes("overflowed", fromMs, toMs, queues, limit, rs -> out.add(new OverflowedCall(rs.getString("call_id"),
                rs.getString("queue"), rs.getString("caller"), rs.getLong("entered_ms"), rs.getLong("left_ms"),
                rs.getLong("wait_ms"), io.floorview.domain.event.WireEnum.parse(
                        io.floorview.domain.event.OverflowReason.class, rs.getString("reason")),
                rs.getString("target"))));
        return out;
    }

    private void outcomes(String kind, long fromMs, long toMs, java.util.Set<String> queues, int limit,
                          RowReader reader) {
        String in = queues.isEmpty() ? "" : " AND queue IN (" + "?, ".repeat(queues.size()).replaceAll(", $", "") + ")";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT * FROM call_outcome"
                + " WHERE entered_ms >= ? AND entered_ms < ? AND kind = ? AND queue <> '*'" + in
                + " ORDER BY entered_ms, call_id LIMIT ?")) {
            int i = 1;
            ps.setLong(i++, fromMs);
            ps.setLong(i++, toMs);
            ps.setString(i++, kind);
            for (String q : new java.util.TreeSet<>(queues)) {
                ps.setString(i++, q);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the " + kind + " calls: " + e.getMessage(), e);
        }
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void outcomes(String kind, long fromMs, long toMs, RowReader reader) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT * FROM call_outcome"
                + " WHERE kind = ? AND entered_ms >= ? AND entered_ms < ? ORDER BY left_ms")) {
            ps.setString(1, kind);
            ps.setLong(2, fromMs);
            ps.setLong(3, toMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the " + kind + " calls: " + e.getMessage(), e);
        }
    }
}
