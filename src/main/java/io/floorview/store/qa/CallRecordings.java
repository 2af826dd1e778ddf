package io.floorview.store.qa;

import io.floorview.domain.qa.sampling.CallRecording;
import io.floorview.store.Database;
import io.floorview.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded calls the feed announced ({@code recording.available} events in the event cache), newest first,
 * with their details taken from the same cache: who answered, in which queue, the wait and the talk.
 * Read-only; blocking.
 */
public final class CallRecordings {

    /** Calls last no longer than this: the details of a recording are looked for this far before it. */
    private static final long LOOK_BACK_MS = 3 * 3_600_000L;
    private static final int SEQ_BITS = 40;

    private final Database db;

    public CallRecordings(Database db) {
        this.db = db;
    }

    /** The {@code limit} most recently announced recordings of every feed in the cache, latest answered first. */
    public List<CallRecording> recent(int limit) {
        try (Connection c = db.connect()) {
            Map<String, Partial> calls = new LinkedHashMap<>();
            long oldest = Long.MAX_VALUE;
            try (PreparedStatement ps = c.prepareStatement("SELECT id >> " + SEQ_BITS + ", ts_ms,"
                    + " json_extract(body, '$.callId'), json_extract(body, '$.uri'), json_extract(body, '$.durationMs')"
                    + " FROM event WHERE type = 30 ORDER BY ts_ms DESC, id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String callId = rs.getString(3);
                        String uri = rs.getString(4);
                        if (callId == null || uri == null) {
                            continue;
                        }
                        Partial p = new Partial(callId, uri, rs.getLong(2), rs.getLong(5));
                        calls.putIfAbsent(rs.getLong(1) + "/" + callId, p);
                        oldest = Math.min(oldest, p.announcedMs);
                    }
                }
            }
            if (calls.isEmpty()) {
                return List.of();
            }
            details(c, calls, oldest - LOOK_BACK_MS);
            Map<String, String[]> agents = agents(c);
            List<CallRecording> out = new ArrayList<>(calls.size());
            for (Partial p : calls.values()) {
                String[] agent = agents.getOrDefault(p.agent, new String[] {p.agent, ""});
                out.add(new CallRecording(p.callId, p.uri, Instant.ofEpochMilli(p.answeredMs > 0 ? p.answeredMs
                        : p.announcedMs), p.agent, agent[0], agent[1], p.queue, p.waitMs, p.talkMs, p.durationMs));
            }
            out.sort(java.util.Comparator.comparing(CallRecording::at).reversed());
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the recorded calls: " + e.getMessage(), e);
        }
    }

    /** Fills in answer (type 3) and end (type 7) details of the calls, in the feed's order. */
    private static void details(Connection c, Map<String, Partial> calls, long fromMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id >> " + SEQ_BITS + ", type, ts_ms,"
                + " json_extract(body, '$.callId'), json_extract(body, '$.queue'), json_extract(body, '$.agent'),"
                + " json_extract(body, '$.waitMs'), json_extract(body, '$.talkMs')"
                + " FROM event WHERE type IN (3, 7) AND ts_ms >= ? ORDER BY id")) {
            ps.setLong(1, fromMs);
            ps.setFetchSize(4096);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Partial p = calls.get(rs.getLong(1) + "/" + rs.getString(4));
                    if (p == null) {
                        continue;
                    }
                    String agent = rs.getString(6);
                    if (agent != null) {
                        p.agent = agent;
                    }
                    if (rs.getInt(2) == 3) {
                        if (p.answeredMs == 0) {
                            p.answeredMs = rs.getLong(3);
                            p.queue = rs.getString(5);
                            p.waitMs = rs.getLong(7);
                        }
                    } else {
                        p.talkMs = Math.max(0, p.talkMs) + rs.getLong(8);
                    }
                }
            }
        }
    }

    /** Agent id → {name, team}, from the latest log-in of each agent. */
    private static Map<String, String[]> agents(Connection c) throws SQLException {
        Map<String, String[]> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT json_extract(body, '$.agent'),"
                + " json_extract(body, '$.name'), json_extract(body, '$.team') FROM event WHERE type = 20 ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(1) != null) {
                    out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        return out;
    }

    private static final class Partial {
        final String callId;
        final String uri;
        final long announcedMs;
        final long durationMs;
        long answeredMs;
        String agent = "";
        String queue = "";
        long waitMs = -1;
        long talkMs = -1;

        Partial(String callId, String uri, long announcedMs, long durationMs) {
            this.callId = callId;
            this.uri = uri;
            this.announcedMs = announcedMs;
            this.durationMs = durationMs;
        }
    }
}
