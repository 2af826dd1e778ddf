package io.floorview.store;

import io.floorview.domain.report.Rollups;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Rollup tables written outside the console's store writer: a rebuild from the cached events goes into a
 * database of its own, is compared with the kept rollups, and can replace them.
 */
public final class RollupTables implements AutoCloseable {

    /** The rollup tables, compared and replaced together. */
    static final List<String> TABLES = List.of("rollup_queue", "rollup_agent", "rollup_agent_day",
            "rollup_agent_reason", "rollup_agent_reason_day", "call_outcome", "rollup_state");

    /** One table's comparison: rows in each, and rows found only on one side (with a few as examples). */
    public record Diff(String table, long keptRows, long rebuiltRows, long onlyKept, long onlyRebuilt,
                       List<String> examples) {
    }

    private final Connection connection;

    public RollupTables(Database db) {
        this.connection = db.connect();
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("cannot prepare " + db.file() + ": " + e.getMessage(), e);
        }
    }

    /** Adds rollups (and the seq they reach for the feed) in one transaction. */
    public void add(long feedId, Rollups rollups, long appliedSeq) {
        try {
            RollupStore.merge(connection, feedId, rollups, appliedSeq);
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the failure below is what matters
            }
            throw new StoreException("cannot write rebuilt rollups: " + e.getMessage(), e);
        }
    }

    /** Compares the rollups kept in {@code kept} with those in the database file {@code rebuilt}, table by table. */
    public static List<Diff> compare(Database kept, Path rebuilt) {
        try (Connection c = kept.connect(); Statement st = c.createStatement()) {
            st.execute("ATTACH DATABASE '" + rebuilt.toAbsolutePath().toString().replace("'", "''") + "' AS rebuilt");
            List<Diff> out = new ArrayList<>();
            for (String t : TABLES) {
                if (t.equals("rollup_state")) {
                    continue; // how far each side got is not a figure
                }
                long keptRows = count(st, "SELECT count(*) FROM main." + t);
                long rebuiltRows = count(st, "SELECT count(*) FROM rebuilt." + t);
                String onlyKept = "SELECT * FROM main." + t + " EXCEPT SELECT * FROM rebuilt." + t;
                String onlyRebuilt = "SELECT * FROM rebuilt." + t + " EXCEPT SELECT * FROM main." + t;
                long a = count(st, "SELECT count(*) FROM (" + onlyKept + ")");
                long b = count(st, "SELECT count(*) FROM (" + onlyRebuilt + ")");
                List<String> examples = new ArrayList<>();
                examples(st, onlyKept, "kept", examples);
                examples(st, onlyRebuilt, "rebuilt", examples);
                out.add(new Diff(t, keptRows, rebuiltRows, a, b, examples));
            }
            st.execute("DETACH DATABASE rebuilt");
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot compare the rollups: " + e.getMessage(), e);
        }
    }

    /** Replaces the kept rollups by the rebuilt ones, in one transaction. */
    public static void replace(Database kept, Path rebuilt) {
        try (Connection c = kept.connect(); Statement st = c.createStatement()) {
            st.execute("ATTACH DATABASE '" + rebuilt.toAbsolutePath().toString().replace("'", "''") + "' AS rebuilt");
            c.setAutoCommit(false);
            for (String t : TABLES) {
                st.execute("DELETE FROM main." + t);
                st.execute("INSERT INTO main." + t + " SELECT * FROM rebuilt." + t);
            }
            c.commit();
            c.setAutoCommit(true);
            st.execute("DETACH DATABASE rebuilt");
        } catch (SQLException e) {
            throw new StoreException("cannot replace the rollups: " + e.getMessage(), e);
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void examples(Statement st, String sql, String side, List<String> out) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql + " LIMIT 3")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder(side).append(':');
                for (int i = 1; i <= n && i <= 6; i++) {
                    Object v = rs.getObject(i);
                    b.append(' ').append(rs.getMetaData().getColumnName(i)).append('=')
                            .append(v instanceof byte[] bytes ? bytes.length + " bytes" : v);
                }
                out.add(b.toString());
            }
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close: " + e.getMessage(), e);
        }
    }
}
