package io.floorview.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** What span and which queues the queue rollups hold: where a forecast's history can come from. */
public final class RollupCoverage {

    private final Database db;

    public RollupCoverage(Database db) {
        this.db = db;
    }

    /** The start of the earliest 15-minute bucket of any queue, empty when the rollups hold nothing. */
    public OptionalLong firstBucketMs() {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT min(bucket_ms) FROM rollup_queue");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                long v = rs.getLong(1);
                return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
            }
            return OptionalLong.empty();
        } catch (SQLException e) {
            throw new StoreException("cannot read the rollups' span: " + e.getMessage(), e);
        }
    }

    /** The queues (not the center's '*') with a bucket in {@code [fromMs, toMs)}, by name. */
    public List<String> queues(long fromMs, long toMs) {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT DISTINCT queue FROM"
                + " rollup_queue WHERE bucket_ms >= ? AND bucket_ms < ? AND queue <> '*' ORDER BY queue")) {
            ps.setLong(1, fromMs);
            ps.setLong(2, toMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the queues of the rollups: " + e.getMessage(), e);
        }
    }
}
