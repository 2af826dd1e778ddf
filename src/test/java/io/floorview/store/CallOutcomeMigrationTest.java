package io.floorview.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.floorview.domain.kpi.AbandonedCall;
import io.floorview.domain.kpi.OverflowedCall;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache made before V13 keeps its abandoned and overflowed calls when the table is re-keyed by entry time (V13),
 * all but the center's copies, which no list read (V14).
 */
class CallOutcomeMigrationTest {

    @TempDir
    Path dir;

    @Test
    void callsStoredBeforeTheNewKeyAreKeptAndListedInEntryOrder() throws Exception {
        Path file = dir.resolve("cache.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").mixed(true)
                .target("12").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO call_outcome VALUES"
                    + " (1, 'c2', 'sales', 'abandoned', '555-0102', 2000, 9000, 7000, 3, 1, NULL, NULL),"
                    + " (1, 'c1', 'sales', 'abandoned', '555-0101', 1000, 4000, 3000, 1, 1, NULL, NULL),"
                    + " (1, 'c1', '*', 'abandoned', '555-0101', 1000, 4000, 3000, 1, 1, NULL, NULL),"
                    + " (1, 'c3', 'support', 'overflowed', NULL, 1500, 61500, 60000, NULL, NULL, 'timeout', 'sales')");
        }

        Database db = Database.open(file);

        RollupStore store = new RollupStore(db);
        List<AbandonedCall> abandoned = store.abandonedCalls(0, 10_000, Set.of(), 100);
        assertEquals(List.of("c1", "c2"), abandoned.stream().map(AbandonedCall::callId).toList());
        assertEquals(new AbandonedCall("c2", "sales", "555-0102", 2000, 9000, 7000, 3, 1), abandoned.get(1));
        List<OverflowedCall> overflowed = store.overflowedCalls(0, 10_000, Set.of("support"), 100);
        assertEquals(1, overflowed.size());
        assertEquals("sales", overflowed.get(0).target());
        assertEquals(List.of("sales"), store.abandonedCalls(0, 10_000).stream().filter(a -> a.callId().equals("c1"))
                .map(AbandonedCall::queue).toList(), "the queue's row is kept, the center's (never listed) is gone");
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'call_outcome'"
                     + " AND type = 'index' AND sql IS NOT NULL")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the entry time is the key: no second index to keep up");
        }
    }

    @Test
    void theSameCallStoredTwiceIsOneRow() throws Exception {
        Database db = Database.open(dir.resolve("cache.db"));
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (int i = 0; i < 2; i++) {
                st.executeUpdate("INSERT OR IGNORE INTO call_outcome VALUES"
                        + " (1, 'c1', 'sales', 'abandoned', '555-0101', 1000, 4000, 3000, 1, 1, NULL, NULL)");
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM call_outcome")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }
}
