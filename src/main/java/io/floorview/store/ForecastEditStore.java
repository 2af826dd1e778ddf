package io.floorview.store;

import io.floorview.domain.forecast.ForecastEdit;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The forecast edits of the staffing screen ({@code forecast_edit}, migration V9): the calls and AHT typed for
 * an interval of a business day, a queue selection and an interval length. A save is one transaction.
 */
public final class ForecastEditStore {

    private final Database db;

    public ForecastEditStore(Database db) {
        this.db = db;
    }

    /** The saved edits of a forecast, by slot. */
    public Map<Integer, ForecastEdit> load(LocalDate day, String queues, int intervalMinutes) {
        Map<Integer, ForecastEdit> out = new TreeMap<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT slot, calls, aht_sec"
                + " FROM forecast_edit WHERE day = ? AND queues = ? AND interval_min = ? ORDER BY slot")) {
            ps.setString(1, day.toString());
            ps.setString(2, queues);
            ps.setInt(3, intervalMinutes);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), new ForecastEdit(decimal(rs.getString(2)), decimal(rs.getString(3))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the forecast edits: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the edits of the given slots in one transaction: an empty edit removes the slot's row (it follows
     * history again); slots not given stay as they are. Nothing is written when any row fails.
     */
    public void save(LocalDate day, String queues, int intervalMinutes, Map<Integer, ForecastEdit> edits, long savedMs) {
        // the write lock from the transaction's start (BEGIN IMMEDIATE), then all or nothing
        Transactions.write(db, "save the forecast edits", c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM forecast_edit"
                    + " WHERE day = ? AND queues = ? AND interval_min = ? AND slot = ?");
                 PreparedStatement put = c.prepareStatement("INSERT OR REPLACE INTO forecast_edit"
                         + " (day, queues, interval_min, slot, calls, aht_sec, saved_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (var e : edits.entrySet()) {
                    ForecastEdit edit = e.getValue();
                    if (edit.isEmpty()) {
                        del.setString(1, day.toString());
                        del.setString(2, queues);
                        del.setInt(3, intervalMinutes);
                        del.setInt(4, e.getKey());
                        del.executeUpdate();
                    } else {
                        put.setString(1, day.toString());
                        put.setString(2, queues);
                        put.setInt(3, intervalMinutes);
                        put.setInt(4, e.getKey());
                        put.setString(5, edit.calls() == null ? null : edit.calls().toPlainString());
                        put.setString(6, edit.ahtSec() == null ? null : edit.ahtSec().toPlainString());
                        put.setLong(7, savedMs);
                        put.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
