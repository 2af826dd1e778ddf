package io.floorview.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.alert.AlertLevel;
import io.floorview.domain.alert.Crossing;
import io.floorview.domain.alert.Metric;
import io.floorview.domain.alert.RaisedAlert;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertLogRepositoryTest {

    private static final long NOON = Instant.parse("2026-11-23T12:00:00Z").toEpochMilli();
    private static final long HOUR = 3_600_000L;

    @TempDir
    Path dir;

    private static RaisedAlert alert(String queue, Metric m, AlertLevel from, AlertLevel to, double value,
                                     double limit, long at) {
        return new RaisedAlert(new Crossing(queue, queue.equals("*") ? "All queues" : "Sales", m, from, to, value,
                at), limit);
    }

    @Test
    void keepsEveryAlertAsRaisedAcrossARestartOldestFirst() {
        RaisedAlert waiting = alert("sales", Metric.WAITING, AlertLevel.OK, AlertLevel.WARNING, 5, 5, NOON);
        RaisedAlert sl = alert("*", Metric.SERVICE_LEVEL, AlertLevel.WARNING, AlertLevel.CRITICAL, 61.5, 70,
                NOON + HOUR);
        AlertLogRepository log = new AlertLogRepository(Database.open(dir.resolve("fv.db")));
        log.append(sl);
        log.append(waiting);

        AlertLogRepository reopened = new AlertLogRepository(Database.open(dir.resolve("fv.db")));
        assertThat(reopened.between(NOON, NOON + 2 * HOUR)).containsExactly(waiting, sl);
        assertThat(reopened.between(NOON + 1, NOON + HOUR)).as("from inclusive, to exclusive").isEmpty();
    }

    @Test
    void theSameAlertWrittenTwiceIsOneRow() {
        RaisedAlert a = alert("sales", Metric.WAITING, AlertLevel.OK, AlertLevel.WARNING, 5, 5, NOON);
        AlertLogRepository log = new AlertLogRepository(Database.open(dir.resolve("fv.db")));
        log.append(a);
        log.append(a);
        // the same figure reaching critical at the same moment is another alert
        RaisedAlert critical = alert("sales", Metric.WAITING, AlertLevel.OK, AlertLevel.CRITICAL, 10, 10, NOON);
        log.append(critical);
        assertThat(log.between(0, Long.MAX_VALUE)).containsExactly(a, critical);
    }

    @Test
    void oldAlertsAreDeleted() {
        AlertLogRepository log = new AlertLogRepository(Database.open(dir.resolve("fv.db")));
        RaisedAlert old = alert("sales", Metric.ASA, AlertLevel.OK, AlertLevel.WARNING, 40, 30, NOON - 40 * 24 * HOUR);
        RaisedAlert recent = alert("sales", Metric.ASA, AlertLevel.OK, AlertLevel.WARNING, 40, 30, NOON);
        log.append(old);
        log.append(recent);
        assertThat(log.deleteBefore(NOON - 24 * HOUR)).isEqualTo(1);
        assertThat(log.between(0, Long.MAX_VALUE)).containsExactly(recent);
    }
}
