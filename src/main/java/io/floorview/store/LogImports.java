package io.floorview.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The record of queue_log imports (table {@code log_import}): when a file's feed was imported and what it gave. */
public final class LogImports {

    /** One import run. */
    public record Entry(long feedId, String fileName, long importedMs, long linesRead, long eventsRead,
                        long eventsNew, long linesSetAside, boolean cancelled) {
    }

    private final Database db;

    public LogImports(Database db) {
        this.db = db;
    }

    /** Records a run, in a transaction of its own. */
    public void add(Entry e) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO log_import (feed_id,"
                + " file_name, imported_ms, lines_read, events_read, events_new, lines_set_aside, cancelled)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.feedId());
            ps.setString(2, e.fileName());
            ps.setLong(3, e.importedMs());
            ps.setLong(4, e.linesRead());
            ps.setLong(5, e.eventsRead());
            ps.setLong(6, e.eventsNew());
            ps.setLong(7, e.linesSetAside());
            ps.setInt(8, e.cancelled() ? 1 : 0);
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new StoreException("cannot record the import: " + ex.getMessage(), ex);
        }
    }

    /** The latest completed import of the feed, if any. */
    public Optional<Entry> lastCompleted(long feedId) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT feed_id, file_name,"
                + " imported_ms, lines_read, events_read, events_new, lines_set_aside, cancelled FROM log_import"
                + " WHERE feed_id = ? AND cancelled = 0 ORDER BY id DESC LIMIT 1")) {
            ps.setLong(1, feedId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getInt(8) != 0));
            }
        } catch (SQLException ex) {
            throw new StoreException("cannot read the imports: " + ex.getMessage(), ex);
        }
    }
}
