package io.floorview.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the cache's write-ahead log back into the database on a thread of its own ({@code cache-checkpoint}),
 * so that the store writer never waits for it. Left to SQLite, the writer's own commit does that copy every
 * 1,000 pages, and waits there for the disk to confirm it. A passive checkpoint runs beside the writer and
 * its readers without blocking either; it is started after about {@link #BYTES_PER_CHECKPOINT} written, or a
 * second after the last write. The writer still checkpoints by itself should the log ever pass
 * {@link #WRITER_PAGES} pages (this thread stopped or held back by long reads), so the log stays bounded.
 */
final class WalCheckpointer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);

    /** About SQLite's own 1,000 pages of 4 KiB. */
    static final long BYTES_PER_CHECKPOINT = 4L << 20;
    /** The writer's own limit: 64 MiB of log. */
    static final int WRITER_PAGES = 16_384;
    private static final long IDLE_MS = 1_000;

    private final Database db;
    private final Thread thread;
    private final Object lock = new Object();
    private long pendingBytes;
    private boolean open = true;

    WalCheckpointer(Database db, Connection writer) throws SQLException {
        this.db = db;
        try (Statement st = writer.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = " + WRITER_PAGES);
        }
        thread = new Thread(this::run, "cache-checkpoint");
        thread.setDaemon(true);
        thread.start();
    }

    /** The writer committed about {@code bytes}. */
    void committed(long bytes) {
        synchronized (lock) {
            pendingBytes += Math.max(1, bytes);
            if (pendingBytes >= BYTES_PER_CHECKPOINT) {
                lock.notifyAll();
            }
        }
    }

    private void run() {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            while (awaitWork()) {
                try (ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                    rs.next();
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("the cache's log is no longer copied back on a thread of its own; the writer does it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until there is enough to copy, or a quiet second after some writes; false once closed. */
    private boolean awaitWork() throws InterruptedException {
        synchronized (lock) {
            while (open) {
                if (pendingBytes >= BYTES_PER_CHECKPOINT) {
                    pendingBytes = 0;
                    return true;
                }
                long before = pendingBytes;
                lock.wait(IDLE_MS);
                if (open && pendingBytes > 0 && pendingBytes == before) {
                    pendingBytes = 0; // writes then a quiet second
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            open = false;
            lock.notifyAll();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
