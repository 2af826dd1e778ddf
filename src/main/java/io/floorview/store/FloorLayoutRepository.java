package io.floorview.store;

import io.floorview.domain.alert.Metric;
import io.floorview.domain.alert.Threshold;
import io.floorview.domain.alert.Thresholds;
import io.floorview.domain.kpi.ServiceLevelFormula;
import io.floorview.domain.layout.FloorLayout;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Each supervisor's live-floor layout ({@code live_floor_*} tables, migration V4). A save replaces the whole
 * layout in one transaction; a load gives it back as saved. Any thread; a connection per call.
 */
public final class FloorLayoutRepository {

    private static final String DEFAULTS = "";

    private final Database db;

    public FloorLayoutRepository(Database db) {
        this.db = db;
    }

    public void save(String supervisor, FloorLayout l, long nowMs) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                for (String t : List.of("live_floor_threshold", "live_floor_formula", "live_floor_layout")) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t + " WHERE supervisor = ?")) {
                        ps.setString(1, supervisor);
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO live_floor_layout (supervisor, queue,"
                        + " hidden_queues, tiles, time_window, width, height, divider, theme, sound, rotate_seconds,"
                        + " hysteresis, min_band, saved_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, supervisor);
                    ps.setString(2, l.queue());
                    ps.setString(3, String.join(",", l.hiddenQueues().stream().sorted().toList()));
                    ps.setString(4, String.join(",", l.tiles()));
                    ps.setInt(5, l.windowMinutes());
                    ps.setDouble(6, l.width());
                    ps.setDouble(7, l.height());
                    ps.setDouble(8, l.divider());
                    ps.setString(9, l.theme());
                    ps.setInt(10, l.sound() ? 1 : 0);
                    ps.setInt(11, l.rotateSeconds());
                    ps.setDouble(12, l.thresholds().hysteresis());
                    ps.setDouble(13, l.thresholds().minBand());
                    ps.setLong(14, nowMs);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO live_floor_threshold (supervisor, queue,"
                        + " metric, warning, critical) VALUES (?, ?, ?, ?, ?)")) {
                    for (var e : l.thresholds().defaults().entrySet()) {
                        threshold(ps, supervisor, DEFAULTS, e.getKey(), e.getValue());
                    }
                    for (var q : l.thresholds().queues().entrySet()) {
                        for (var e : q.getValue().entrySet()) {
                            threshold(ps, supervisor, q.getKey(), e.getKey(), e.getValue());
                        }
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO live_floor_formula (supervisor, queue, formula) VALUES (?, ?, ?)")) {
                    for (var e : l.formulas().entrySet()) {
                        ps.setString(1, supervisor);
                        ps.setString(2, e.getKey());
                        ps.setString(3, e.getValue().name());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException ex) {
                c.rollback();
                throw ex;
            }
        } catch (SQLException ex) {
            throw new StoreException("cannot save the live floor's layout: " + ex.getMessage(), ex);
        }
    }

    private static void threshold(PreparedStatement ps, String supervisor, String queue, Metric m, Threshold t)
            throws SQLException {
        ps.setString(1, supervisor);
        ps.setString(2, queue);
        ps.setString(3, m.name());
        ps.setDouble(4, t.warning());
        ps.setDouble(5, t.critical());
        ps.addBatch();
    }

    public Optional<FloorLayout> load(String supervisor) {
        try (Connection c = db.connect()) {
            FloorLayout base;
            double hysteresis;
            double minBand;
            try (PreparedStatement ps = c.prepareStatement("SELECT queue, hidden_queues, tiles, time_window, width,"
                    + " height, divider, theme, sound, rotate_seconds, hysteresis, min_band FROM live_floor_layout"
                    + " WHERE supervisor = ?")) {
                ps.setString(1, supervisor);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    hysteresis = rs.getDouble(11);
                    minBand = rs.getDouble(12);
                    base = new FloorLayout(rs.getString(1), split(rs.getString(2)).stream().collect(Collectors.toSet()),
                            split(rs.getString(3)), rs.getInt(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7),
                            rs.getString(8), rs.getInt(9) == 1, rs.getInt(10), Thresholds.DEFAULT, Map.of());
                }
            }
            Map<Metric, Threshold> defaults = new EnumMap<>(Thresholds.DEFAULT.defaults());
            Map<String, Map<Metric, Threshold>> queues = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT queue, metric, warning, critical FROM live_floor_threshold WHERE supervisor = ?")) {
                ps.setString(1, supervisor);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Metric m;
                        try {
                            m = Metric.valueOf(rs.getString(2));
                        } catch (IllegalArgumentException unknown) {
                            continue; // a figure this version no longer has
                        }
                        Threshold t = new Threshold(rs.getDouble(3), rs.getDouble(4));
                        if (DEFAULTS.equals(rs.getString(1))) {
                            defaults.put(m, t);
                        } else {
                            queues.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Metric.class)).put(m, t);
                        }
                    }
                }
            }
            Map<String, ServiceLevelFormula> formulas = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT queue, formula FROM live_floor_formula WHERE supervisor = ?")) {
                ps.setString(1, supervisor);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        try {
                            formulas.put(rs.getString(1), ServiceLevelFormula.valueOf(rs.getString(2)));
                        } catch (IllegalArgumentException unknown) {
                            // a formula this version no longer has: the queue keeps the default
                        }
                    }
                }
            }
            return Optional.of(new FloorLayout(base.queue(), base.hiddenQueues(), base.tiles(), base.windowMinutes(),
                    base.width(), base.height(), base.divider(), base.theme(), base.sound(), base.rotateSeconds(),
                    new Thresholds(defaults, queues, hysteresis, minBand), formulas));
        } catch (SQLException ex) {
            throw new StoreException("cannot read the live floor's layout: " + ex.getMessage(), ex);
        }
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).filter(x -> !x.isBlank()).toList();
    }

}
