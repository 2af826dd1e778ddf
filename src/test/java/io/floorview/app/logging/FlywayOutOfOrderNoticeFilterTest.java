package io.floorview.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The console's log leaves out Flyway's outOfOrder notice, and only that. */
class FlywayOutOfOrderNoticeFilterTest {

    private static FilterReply decision(String logger, String message) {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        Appender<ILoggingEvent> stderr = ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        assertThat(stderr).as("logback.xml's appender").isNotNull();
        LoggingEvent e = new LoggingEvent(Logger.class.getName(), ctx.getLogger(logger), Level.WARN, message, null, null);
        return stderr.getFilterChainDecision(e);
    }

    @Test
    void theOutOfOrderNoticeIsLeftOutAndOtherWarningsAreNot() {
        assertThat(decision(FlywayOutOfOrderNoticeFilter.LOGGER,
                "outOfOrder mode is active. Migration of schema \"main\" may not be reproducible."))
                .isEqualTo(FilterReply.DENY);
        assertThat(decision(FlywayOutOfOrderNoticeFilter.LOGGER,
                "Schema \"main\" has a version (99) that is newer than the latest available migration (12) !"))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(decision("io.floorview.store.Database", "outOfOrder mode is active")).isEqualTo(FilterReply.NEUTRAL);
    }
}
