package io.floorview.store;

import io.floorview.domain.kpi.CenterDay;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** The center's saved day (time zone and day start). Any thread; a connection per call. */
public final class CenterSettingsRepository {

    private final Database db;

    public CenterSettingsRepository(Database db) {
        this.db = db;
    }

    /** Saves {@code day} in place of the one saved before, in one transaction. */
    public void save(CenterDay day, String author, long nowMs) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO center_settings (id, zone, day_start,"
                    + " saved_by, saved_ms) VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET zone = excluded.zone,"
                    + " day_start = excluded.day_start, saved_by = excluded.saved_by, saved_ms = excluded.saved_ms")) {
                ps.setString(1, day.zone().getId());
                ps.setString(2, day.dayStartText());
                ps.setString(3, author);
                ps.setLong(4, nowMs);
                ps.executeUpdate();
                c.commit();
            } catch (SQLException | RuntimeException ex) {
                c.rollback();
                throw ex;
            }
        } catch (SQLException ex) {
            throw new StoreException("cannot save the center's settings: " + ex.getMessage(), ex);
        }
    }

    /** The saved day; empty when none was saved, or when what was saved is no longer a known zone. */
    public Optional<CenterDay> load() {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT zone, day_start FROM center_settings WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            ZoneId zone;
            try {
                zone = ZoneId.of(rs.getString(1));
            } catch (DateTimeException unknown) {
                return Optional.empty();
            }
            Optional<LocalTime> start = CenterDay.parseDayStart(rs.getString(2));
            return start.map(s -> new CenterDay(zone, s));
        } catch (SQLException ex) {
            throw new StoreException("cannot read the center's settings: " + ex.getMessage(), ex);
        }
    }
}
