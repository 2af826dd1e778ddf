package io.floorview.store.schedule;

import io.floorview.store.Transactions;
import io.floorview.domain.event.AgentState;
import io.floorview.domain.schedule.ActivityCode;
import io.floorview.domain.schedule.ActivityCodes;
import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.ItemChange;
import io.floorview.domain.schedule.Layer;
import io.floorview.domain.schedule.ScheduleEdits;
import io.floorview.domain.schedule.ScheduleChange;
import io.floorview.domain.schedule.ScheduleItem;
import io.floorview.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The schedule tables of {@code V6__schedules.sql}: roster, activity codes, the draft and published blocks and
 * the change history. Every write is one transaction; any thread, a connection per call.
 */
public final class ScheduleRepository {

    /** Which copy of the schedule. */
    public enum Copy {
        DRAFT, PUBLISHED;

        String sql() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The longest block there can be; blocks that start this long before a range may still reach into it. */
    private static final long LONGEST_MS = 7 * 86_400_000L;

    private final Database db;

    public ScheduleRepository(Database db) {
        this.db = db;
    }

    // --- roster

    public List<Agent> agents() {
        return Transactions.read(db, "read the roster", c -> {
            Map<String, List<String>> skills = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT agent, queue FROM sched_skill ORDER BY agent, position")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        skills.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            List<Agent> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, team FROM sched_agent ORDER BY id")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Agent(rs.getString(1), rs.getString(2), rs.getString(3),
                                skills.getOrDefault(rs.getString(1), List.of())));
                    }
                }
            }
            return out;
        });
    }

    /** Adds the agents (and their teams), or updates name, team and queues of those already there. */
    public void saveAgents(List<Agent> agents, String source) {
        Transactions.write(db, "save the roster", c -> {
            upsertAgents(c, agents, source);
            return null;
        });
    }

    private static void upsertAgents(Connection c, List<Agent> agents, String source) throws SQLException {
        try (PreparedStatement team = c.prepareStatement(
                "INSERT INTO sched_team (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING");
             PreparedStatement agent = c.prepareStatement("INSERT INTO sched_agent (id, name, team, source)"
                     + " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, team = excluded.team");
             PreparedStatement clear = c.prepareStatement("DELETE FROM sched_skill WHERE agent = ?");
             PreparedStatement skill = c.prepareStatement(
                     "INSERT INTO sched_skill (agent, queue, position) VALUES (?, ?, ?)")) {
            for (Agent a : agents) {
                if (!a.team().isEmpty()) {
                    team.setString(1, a.team());
                    team.setString(2, a.team());
                    team.executeUpdate();
                }
                agent.setString(1, a.id());
                agent.setString(2, a.name());
                if (a.team().isEmpty()) {
                    agent.setNull(3, Types.VARCHAR);
                } else {
                    agent.setString(3, a.team());
                }
                agent.setString(4, source);
                agent.executeUpdate();
                clear.setString(1, a.id());
                clear.executeUpdate();
                for (int i = 0; i < a.queues().size(); i++) {
                    skill.setString(1, a.id());
                    skill.setString(2, a.queues().get(i));
                    skill.setInt(3, i);
                    skill.executeUpdate();
                }
            }
        }
    }

    // --- activity codes

    /** The center's activity codes; the defaults are stored the first time. */
    public ActivityCodes codes() {
        ActivityCodes stored = Transactions.read(db, "read the activity codes", ScheduleRepository::readCodes);
        if (!stored.all().isEmpty()) {
            return stored;
        }
        return Transactions.write(db, "store the default activity codes", ScheduleRepository::codesOrDefaults);
    }

    /** The stored codes; when there are none yet, the defaults are stored first (within the caller's write). */
    private static ActivityCodes codesOrDefaults(Connection c) throws SQLException {
        ActivityCodes codes = readCodes(c);
        if (codes.all().isEmpty()) {
            int pos = 0;
            for (ActivityCode code : ActivityCodes.defaults().all()) {
                writeCode(c, code, pos++);
            }
            codes = readCodes(c);
        }
        return codes;
    }

    /** Adds or changes an activity code (its layer stays what it was once blocks use it). */
    public void saveCode(ActivityCode code) {
        Transactions.write(db, "save activity code " + code.code(), c -> {
            codesOrDefaults(c);
            int pos;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce((SELECT position FROM sched_activity_code WHERE code = ?),"
                    + " (SELECT coalesce(max(position), -1) + 1 FROM sched_activity_code))")) {
                ps.setString(1, code.code());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    pos = rs.getInt(1);
                }
            }
            writeCode(c, code, pos);
            return null;
        });
    }

    private static ActivityCodes readCodes(Connection c) throws SQLException {
        List<ActivityCode> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name, layer, colour, paid, on_queue, shrinkage,"
                + " grace_minutes, expected, reasons FROM sched_activity_code ORDER BY position, code")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Set<AgentState> expected = split(rs.getString(9)).stream()
                            .map(s -> AgentState.valueOf(s.toUpperCase(Locale.ROOT))).collect(Collectors.toSet());
                    out.add(new ActivityCode(rs.getString(1), rs.getString(2),
                            Layer.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4),
                            rs.getInt(5) == 1, rs.getInt(6) == 1, rs.getInt(7) == 1, rs.getInt(8), expected,
                            new HashSet<>(split(rs.getString(10)))));
                }
            }
        }
        return new ActivityCodes(out);
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(","));
    }

    private static void writeCode(Connection c, ActivityCode code, int pos) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sched_activity_code (code, name, layer, colour,"
                + " paid, on_queue, shrinkage, grace_minutes, expected, reasons, position)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
                + " colour = excluded.colour, paid = excluded.paid, on_queue = excluded.on_queue,"
                + " shrinkage = excluded.shrinkage, grace_minutes = excluded.grace_minutes,"
                + " expected = excluded.expected, reasons = excluded.reasons")) {
            ps.setString(1, code.code());
            ps.setString(2, code.name());
            ps.setString(3, code.layer().name().toLowerCase(Locale.ROOT));
            ps.setString(4, code.colour());
            ps.setInt(5, code.paid() ? 1 : 0);
            ps.setInt(6, code.onQueue() ? 1 : 0);
            ps.setInt(7, code.shrinkage() ? 1 : 0);
            ps.setInt(8, code.graceMinutes());
            ps.setString(9, code.expected().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).sorted()
                    .collect(Collectors.joining(",")));
            ps.setString(10, code.reasons().stream().sorted().collect(Collectors.joining(",")));
            ps.setInt(11, pos);
            ps.executeUpdate();
        }
    }

    // --- blocks

    /** The blocks of {@code copy} that cover any part of {@code [fromMs, toMs)}, by start. */
    public List<ScheduleItem> items(Copy copy, long fromMs, long toMs) {
        return Transactions.read(db, "read the schedule", c -> items(c, copy, fromMs, toMs));
    }

    private static List<ScheduleItem> items(Connection c, Copy copy, long fromMs, long toMs) throws SQLException {
        List<ScheduleItem> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, agent, code, start_ms, duration_ms FROM sched_item"
                + " WHERE copy = ? AND start_ms > ? AND start_ms < ? AND start_ms + duration_ms > ?"
                + " ORDER BY start_ms, id")) {
            ps.setString(1, copy.sql());
            ps.setLong(2, fromMs - LONGEST_MS - 1);
            ps.setLong(3, toMs);
            ps.setLong(4, fromMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(item(rs, 1));
                }
            }
        }
        return out;
    }

    private static ScheduleItem item(ResultSet rs, int col) throws SQLException {
        return new ScheduleItem(rs.getString(col), rs.getString(col + 1), rs.getString(col + 2), rs.getLong(col + 3),
                rs.getLong(col + 4));
    }

    /** The draft's block {@code id}, if there is one. */
    public Optional<ScheduleItem> draftItem(String id) {
        return Transactions.read(db, "read block " + id, c -> draftItem(c, id));
    }

    private static Optional<ScheduleItem> draftItem(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, agent, code, start_ms, duration_ms FROM sched_item"
                + " WHERE copy = 'draft' AND id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(item(rs, 1)) : Optional.empty();
            }
        }
    }

    /**
     * Saves a batch of changes to the draft in one transaction, with a history row per changed block, or
     * nothing at all when any change is refused.
     *
     * @param action the history's word for it: insert/update/delete are worked out per block when {@code null};
     *               else {@code restore}, {@code import} or {@code sample}
     * @return the ids of the agents whose blocks changed
     * @throws io.floorview.domain.schedule.EditRefused when a change cannot be made
     */
    public Set<String> save(String author, long nowMs, List<ItemChange> changes, String action, String note) {
        return Transactions.write(db, "save the schedule", c -> {
            ActivityCodes codes = codesOrDefaults(c);
            Set<String> known = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sched_agent");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
            Map<String, Optional<ScheduleItem>> before = new LinkedHashMap<>();
            Map<String, Optional<ScheduleItem>> after = ScheduleEdits.apply(id -> {
                try {
                    Optional<ScheduleItem> s = draftItem(c, id);
                    before.putIfAbsent(id, s);
                    return s;
                } catch (SQLException e) {
                    throw new io.floorview.store.StoreException("cannot read block " + id + ": " + e.getMessage(), e);
                }
            }, (agent, from, to) -> {
                try {
                    return items(c, Copy.DRAFT, from, to).stream().filter(i -> i.agent().equals(agent)).toList();
                } catch (SQLException e) {
                    throw new io.floorview.store.StoreException("cannot read the blocks of " + agent + ": "
                            + e.getMessage(), e);
                }
            }, codes, known::contains, changes);
            Set<String> agents = new HashSet<>();
            try (PreparedStatement del = c.prepareStatement("DELETE FROM sched_item WHERE copy = 'draft' AND id = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO sched_item (copy, id, agent, code, start_ms,"
                         + " duration_ms) VALUES ('draft', ?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, Optional<ScheduleItem>> e : after.entrySet()) {
                    Optional<ScheduleItem> was = before.getOrDefault(e.getKey(), Optional.empty());
                    Optional<ScheduleItem> now = e.getValue();
                    if (was.equals(now)) {
                        continue;
                    }
                    del.setString(1, e.getKey());
                    del.executeUpdate();
                    if (now.isPresent()) {
                        ScheduleItem i = now.get();
                        ins.setString(1, i.id());
                        ins.setString(2, i.agent());
                        ins.setString(3, i.code());
                        ins.setLong(4, i.startMs());
                        ins.setLong(5, i.durationMs());
                        ins.executeUpdate();
                    }
                    String verb = action != null ? action : was.isEmpty() ? "insert" : now.isEmpty() ? "delete" : "update";
                    was.ifPresent(i -> agents.add(i.agent()));
                    now.ifPresent(i -> agents.add(i.agent()));
                    history(c, nowMs, author, verb, now.orElseGet(was::get).agent(), e.getKey(), was.orElse(null),
                            now.orElse(null), note);
                    if (was.isPresent() && now.isPresent() && !was.get().agent().equals(now.get().agent())) {
                        // the block moved to another agent: their history shows it arrive too
                        history(c, nowMs, author, verb, was.get().agent(), e.getKey(), was.get(), now.get(), note);
                    }
                }
            }
            return agents;
        });
    }

    private static void history(Connection c, long nowMs, String author, String action, String agent, String itemId,
                                ScheduleItem before, ScheduleItem after, String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sched_change (at_ms, author, action, agent, item_id,"
                + " before_code, before_start_ms, before_ms, after_code, after_start_ms, after_ms, note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, nowMs);
            ps.setString(2, author);
            ps.setString(3, action);
            ps.setString(4, agent);
            ps.setString(5, itemId);
            setItem(ps, 6, before);
            setItem(ps, 9, after);
            ps.setString(12, note);
            ps.executeUpdate();
        }
    }

    private static void setItem(PreparedStatement ps, int col, ScheduleItem i) throws SQLException {
        if (i == null) {
            ps.setNull(col, Types.VARCHAR);
            ps.setNull(col + 1, Types.INTEGER);
            ps.setNull(col + 2, Types.INTEGER);
        } else {
            ps.setString(col, i.code());
            ps.setLong(col + 1, i.startMs());
            ps.setLong(col + 2, i.durationMs());
        }
    }

    /** Makes the draft the published schedule, whole, in one transaction. Returns the blocks published. */
    public int publish(String author, long nowMs) {
        return Transactions.write(db, "publish the schedule", c -> {
            int n;
            try (PreparedStatement del = c.prepareStatement("DELETE FROM sched_item WHERE copy = 'published'");
                 PreparedStatement copy = c.prepareStatement("INSERT INTO sched_item (copy, id, agent, code, start_ms,"
                         + " duration_ms) SELECT 'published', id, agent, code, start_ms, duration_ms FROM sched_item"
                         + " WHERE copy = 'draft'")) {
                del.executeUpdate();
                n = copy.executeUpdate();
            }
            history(c, nowMs, author, "publish", null, null, null, null, Integer.toString(n));
            return n;
        });
    }

    /** Whether the draft differs from the published schedule. */
    public boolean hasUnpublishedChanges() {
        return Transactions.read(db, "compare draft and published", c -> {
            String cols = "id, agent, code, start_ms, duration_ms";
            try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT " + cols
                    + " FROM sched_item WHERE copy = 'draft' EXCEPT SELECT " + cols
                    + " FROM sched_item WHERE copy = 'published') OR EXISTS (SELECT " + cols
                    + " FROM sched_item WHERE copy = 'published' EXCEPT SELECT " + cols
                    + " FROM sched_item WHERE copy = 'draft')");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        });
    }

    /** Whether there is any block at all, draft or published. */
    public boolean isEmpty() {
        return Transactions.read(db, "read the schedule", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM sched_item)");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        });
    }

    // --- history

    private static final String CHANGE_COLUMNS = "id, at_ms, author, action, agent, item_id, before_code,"
            + " before_start_ms, before_ms, after_code, after_start_ms, after_ms, note";

    /** The agent's changes, newest first (at most {@code limit}). */
    public List<ScheduleChange> history(String agent, int limit) {
        return Transactions.read(db, "read the history of " + agent, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CHANGE_COLUMNS
                    + " FROM sched_change WHERE agent = ? ORDER BY id DESC LIMIT ?")) {
                ps.setString(1, agent);
                ps.setInt(2, limit);
                return changes(ps);
            }
        });
    }

    public Optional<ScheduleChange> change(long id) {
        return Transactions.read(db, "read change " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CHANGE_COLUMNS
                    + " FROM sched_change WHERE id = ?")) {
                ps.setLong(1, id);
                return changes(ps).stream().findFirst();
            }
        });
    }

    /** The last publication: when and by whom, if ever. */
    public Optional<ScheduleChange> lastPublication() {
        return Transactions.read(db, "read the last publication", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CHANGE_COLUMNS
                    + " FROM sched_change WHERE action = 'publish' ORDER BY id DESC LIMIT 1")) {
                return changes(ps).stream().findFirst();
            }
        });
    }

    private static List<ScheduleChange> changes(PreparedStatement ps) throws SQLException {
        List<ScheduleChange> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String agent = rs.getString(5);
                String item = rs.getString(6);
                ScheduleItem before = rs.getString(7) == null ? null
                        : new ScheduleItem(item, agent, rs.getString(7), rs.getLong(8), rs.getLong(9));
                ScheduleItem after = rs.getString(10) == null ? null
                        : new ScheduleItem(item, agent, rs.getString(10), rs.getLong(11), rs.getLong(12));
                out.add(new ScheduleChange(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), agent,
                        item, before, after, rs.getString(13)));
            }
        }
        return out;
    }
}
