package io.floorview.store;

import io.floorview.domain.alert.AlertLevel;
import io.floorview.domain.alert.Crossing;
import io.floorview.domain.alert.Metric;
import io.floorview.domain.alert.RaisedAlert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The live floor's alerts ({@code live_alert}, migration V12): each alert one row, written in one transaction;
 * the same alert written again is left as it is. Any thread; a connection per call.
 */
public final class AlertLogRepository {

    private static final String COLUMNS = "at_ms, queue, queue_name, metric, from_level, to_level, value, limit_value";

    private final Database db;

    public AlertLogRepository(Database db) {
        this.db = db;
    }

    /** Records an alert; one already recorded (same time, queue, figure and level) is not written twice. */
    public void append(RaisedAlert a) {
        Crossing c = a.crossing();
        Transactions.write(db, "record the alert on " + c.metric() + " of " + c.queue(), conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO live_alert (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (at_ms, queue, metric, to_level) DO NOTHING")) {
                ps.setLong(1, c.atMs());
                ps.setString(2, c.queue());
                ps.setString(3, c.queueName());
                ps.setString(4, c.metric().name());
                ps.setString(5, c.from().name());
                ps.setString(6, c.to().name());
                ps.setDouble(7, c.value());
                ps.setDouble(8, a.limit());
                return ps.executeUpdate();
            }
        });
    }

    /** The alerts raised from {@code fromMs} (inclusive) to {@code toMs} (exclusive), oldest first. */
    public List<RaisedAlert> between(long fromMs, long toMs) {
        return Transactions.read(db, "read the alerts", conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM live_alert"
                    + " WHERE at_ms >= ? AND at_ms < ? ORDER BY at_ms, id")) {
                ps.setLong(1, fromMs);
                ps.setLong(2, toMs);
                List<RaisedAlert> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return out;
            }
        });
    }

    /** Deletes the alerts raised before {@code beforeMs}; returns how many. */
    public int deleteBefore(long beforeMs) {
        return Transactions.write(db, "delete old alerts", conn -> {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM live_alert WHERE at_ms < ?")) {
                ps.setLong(1, beforeMs);
                return ps.executeUpdate();
            }
        });
    }

    private static RaisedAlert read(ResultSet rs) throws SQLException {
        Metric metric;
        AlertLevel from;
        AlertLevel to;
        try {
            metric = Metric.valueOf(rs.getString(4));
            from = AlertLevel.valueOf(rs.getString(5));
            to = AlertLevel.valueOf(rs.getString(6));
        } catch (IllegalArgumentException e) {
            throw new SQLException("an alert names a figure or level this console does not know: " + e.getMessage(), e);
        }
        return new RaisedAlert(new Crossing(rs.getString(2), rs.getString(3), metric, from, to, rs.getDouble(7),
                rs.getLong(1)), rs.getDouble(8));
    }
}
