package io.floorview.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps Flyway's "outOfOrder mode is active. Migration … may not be reproducible" off the console's log. Floorview
 * migrates with {@code outOfOrder} on purpose (store.Database: each feature's migration adds its own tables, and
 * one numbered lower but added later must still apply), so the notice came with every run of the console and of
 * {@code import} and told the user nothing. Flyway's other warnings from the same class (a database newer than
 * this Floorview, for one) still show.
 */
public final class FlywayOutOfOrderNoticeFilter extends Filter<ILoggingEvent> {

    static final String LOGGER = "org.flywaydb.core.internal.command.DbMigrate";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        String msg = event.getMessage();
        return LOGGER.equals(event.getLoggerName()) && msg != null && msg.startsWith("outOfOrder mode is active")
                ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
