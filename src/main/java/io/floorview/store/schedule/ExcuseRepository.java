package io.floorview.store.schedule;

import io.floorview.store.Transactions;
import io.floorview.domain.schedule.Excuse;
import io.floorview.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Supervisors' excuses of time out of adherence ({@code sched_excuse}, V7). One transaction per excuse. */
public final class ExcuseRepository {

    /** Excuses longer than this are not looked for before a range's start. */
    private static final long LONGEST_MS = 7 * 86_400_000L;

    private final Database db;

    public ExcuseRepository(Database db) {
        this.db = db;
    }

    public Excuse add(String agent, long fromMs, long toMs, String note, String author, long atMs) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("an excuse needs a note");
        }
        if (toMs <= fromMs || toMs - fromMs > LONGEST_MS) {
            throw new IllegalArgumentException("an excuse must end after it starts, within a week");
        }
        return Transactions.write(db, "excuse " + agent, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sched_excuse (agent, from_ms, to_ms, note,"
                    + " author, at_ms) VALUES (?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, agent);
                ps.setLong(2, fromMs);
                ps.setLong(3, toMs);
                ps.setString(4, note.trim());
                ps.setString(5, author);
                ps.setLong(6, atMs);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return new Excuse(rs.getLong(1), agent, fromMs, toMs, note.trim(), author, atMs);
                }
            }
        });
    }

    /** The excuses that cover any part of {@code [fromMs, toMs)}. */
    public List<Excuse> between(long fromMs, long toMs) {
        return Transactions.read(db, "read the excuses", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, agent, from_ms, to_ms, note, author, at_ms"
                    + " FROM sched_excuse WHERE from_ms > ? AND from_ms < ? AND to_ms > ? ORDER BY from_ms, id")) {
                ps.setLong(1, fromMs - LONGEST_MS - 1);
                ps.setLong(2, toMs);
                ps.setLong(3, fromMs);
                List<Excuse> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Excuse(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                                rs.getString(5), rs.getString(6), rs.getLong(7)));
                    }
                }
                return out;
            }
        });
    }
}
