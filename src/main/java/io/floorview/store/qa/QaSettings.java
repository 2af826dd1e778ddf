package io.floorview.store.qa;

import io.floorview.store.Database;
import io.floorview.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/** The QA screen's settings ({@code qa_setting}, migration V10). Blocking. */
public final class QaSettings {

    private final Database db;

    public QaSettings(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT value FROM qa_setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the QA settings: " + e.getMessage(), e);
        }
    }

    /** Saves the settings together: all or none. */
    public void put(Map<String, String> values) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO qa_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                for (Map.Entry<String, String> e : values.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save the QA settings: " + e.getMessage(), e);
        }
    }
}
