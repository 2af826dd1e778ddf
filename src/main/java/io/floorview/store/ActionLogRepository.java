package io.floorview.store;

import io.floorview.domain.kpi.CenterSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The log of supervisors' actions on agents ({@code supervisor_action}): who asked what, when, and how it ended.
 * Each action is one row written in one transaction. Any thread; each call uses a connection of its own (a
 * busy database is waited for, as every connection of the console does).
 */
public final class ActionLogRepository {

    private static final String COLUMNS = "command_id, requested_ms, completed_ms, supervisor, agent, action, reason,"
            + " outcome, message, confirming_seq, feed";

    private final Database db;

    public ActionLogRepository(Database db) {
        this.db = db;
    }

    /** Records an action that has ended; an action already recorded under its command id is left as it is. */
    public void append(ActionLogEntry e) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO supervisor_action (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (command_id) DO NOTHING")) {
                ps.setString(1, e.commandId());
                ps.setLong(2, e.requestedMs());
                ps.setLong(3, e.completedMs());
                ps.setString(4, e.supervisor());
                ps.setString(5, e.agent());
                ps.setString(6, e.action());
                ps.setString(7, e.reason());
                ps.setString(8, e.outcome());
                ps.setString(9, e.message());
                if (e.confirmingSeq() > 0) {
                    ps.setLong(10, e.confirmingSeq());
                } else {
                    ps.setNull(10, Types.INTEGER);
                }
                ps.setString(11, e.feed());
                ps.executeUpdate();
                c.commit();
            } catch (SQLException ex) {
                c.rollback();
                throw ex;
            }
        } catch (SQLException ex) {
            throw new StoreException("cannot record the supervisor's action " + e.commandId() + ": " + ex.getMessage(),
                    ex);
        }
    }

    /** The actions asked from {@code fromMs} (inclusive) to {@code toMs} (exclusive), oldest first. */
    public List<ActionLogEntry> between(long fromMs, long toMs) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM supervisor_action WHERE requested_ms >= ? AND requested_ms < ? ORDER BY requested_ms, id")) {
            ps.setLong(1, fromMs);
            ps.setLong(2, toMs);
            List<ActionLogEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ActionLogEntry(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getLong(10), rs.getString(11)));
                }
            }
            return out;
        } catch (SQLException ex) {
            throw new StoreException("cannot read the supervisors' actions: " + ex.getMessage(), ex);
        }
    }

    /** The actions asked during the center's business day that contains {@code nowMs}, oldest first. */
    public List<ActionLogEntry> today(CenterSettings settings, long nowMs) {
        LocalDate day = settings.businessDay(nowMs);
        return between(settings.dayStartMs(day), settings.dayStartMs(day.plusDays(1)));
    }
}
