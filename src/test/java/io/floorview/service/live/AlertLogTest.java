package io.floorview.service.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.alert.AlertLevel;
import io.floorview.domain.alert.Crossing;
import io.floorview.domain.alert.Metric;
import io.floorview.domain.alert.RaisedAlert;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.QueueSettings;
import io.floorview.store.AlertLogRepository;
import io.floorview.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertLogTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path dir;

    private static long rome(String dateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(dateTime), ROME).toInstant().toEpochMilli();
    }

    private static RaisedAlert at(long ms) {
        return new RaisedAlert(new Crossing("sales", "Sales", Metric.WAITING, AlertLevel.OK, AlertLevel.WARNING, 6,
                ms), 5);
    }

    @Test
    void aDaysAlertsAreThoseOfTheCentersBusinessDayInItsZone() {
        AtomicReference<CenterSettings> settings = new AtomicReference<>(
                new CenterSettings(ROME, LocalTime.of(6, 0), 5, QueueSettings.DEFAULT, Map.of()));
        AlertLog log = new AlertLog(new AlertLogRepository(Database.open(dir.resolve("fv.db"))), settings::get);
        RaisedAlert lateYesterday = at(rome("2026-11-23T05:59:59"));   // before the 06:00 day start: the 22nd
        RaisedAlert morning = at(rome("2026-11-23T06:00:00"));
        RaisedAlert night = at(rome("2026-11-24T02:00:00"));           // after midnight, still the 23rd
        RaisedAlert tomorrow = at(rome("2026-11-24T06:00:00"));
        for (RaisedAlert a : new RaisedAlert[] {lateYesterday, morning, night, tomorrow}) {
            log.record(a);
        }

        assertThat(log.ofDay(LocalDate.parse("2026-11-23"))).containsExactly(morning, night);
        assertThat(log.ofDay(LocalDate.parse("2026-11-22"))).containsExactly(lateYesterday);

        // the day start changed to midnight: the day is counted as it is now
        settings.set(CenterSettings.defaults(ROME));
        assertThat(log.ofDay(LocalDate.parse("2026-11-23"))).containsExactly(lateYesterday, morning);
    }

    @Test
    void readingADayDeletesAlertsAMonthOld() {
        AlertLog log = new AlertLog(new AlertLogRepository(Database.open(dir.resolve("fv.db"))),
                () -> CenterSettings.defaults(ROME));
        RaisedAlert old = at(rome("2026-10-01T10:00:00"));
        log.record(old);
        assertThat(log.ofDay(LocalDate.parse("2026-10-01"))).containsExactly(old);
        log.ofDay(LocalDate.parse("2026-11-23"));
        assertThat(log.ofDay(LocalDate.parse("2026-10-01"))).as("more than " + AlertLog.KEEP_DAYS + " days old")
                .isEmpty();
    }
}
