package io.floorview.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * One transaction per user action: a write takes the database's write lock from its start
 * ({@code BEGIN IMMEDIATE}), so that what it reads to decide (a revision, a status) cannot change under it,
 * and it commits whole or not at all. Foreign keys are enforced. Shared by the repositories of schedules, QA
 * and forecasts.
 */
public final class Transactions {

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Transactions() {
    }

    /** Runs {@code work} in a write transaction; {@code what} words the failure ("save scorecard x v2"). */
    public static <T> T write(Database db, String what, Work<T> work) {
        try (Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
            c.unwrap(SQLiteConnection.class).getConnectionConfig()
                    .setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} on a connection of its own (a consistent snapshot in WAL mode). */
    public static <T> T read(Database db, String what, Work<T> work) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
        }
    }
}
