package io.floorview.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The console's SQLite database: one file in the data folder, in WAL mode, brought to the current schema
 * by versioned migrations ({@code src/main/resources/db/migration}) when opened.
 */
public final class Database {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final SQLiteDataSource dataSource;

    private Database(Path file, SQLiteDataSource dataSource) {
        this.file = file;
        this.dataSource = dataSource;
    }

    /**
     * Opens (creating when needed) the database at {@code file} and migrates it.
     *
     * @throws StoreException when the file cannot be opened or migrated, with the reason
     */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setBusyTimeout(10_000);
        config.setCacheSize(-32_768); // 32 MiB of page cache per connection
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            var result = Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .mixed(true)
                    // each migration adds tables of its own feature; one added later with a lower number
                    // (features built side by side) still applies to a database that has the higher ones
                    .outOfOrder(true)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("database {} migrated to version {}", file, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new StoreException("cannot prepare the database " + file + ": " + e.getMessage(), e);
        }
        return new Database(file, ds);
    }

    public Path file() {
        return file;
    }

    /** A new connection with the console's settings; the caller closes it. */
    public Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }
}
