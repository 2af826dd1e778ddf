package io.floorview.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.kpi.CenterSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionLogRepositoryTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** 2026-11-23 06:30 in Rome. */
    private static final long MORNING = Instant.parse("2026-11-23T05:30:00Z").toEpochMilli();
    private static final long HOUR = 3_600_000L;

    @TempDir
    Path dir;

    private static ActionLogEntry entry(String id, long at, String outcome, String message, long seq) {
        return new ActionLogEntry(id, at, at + 800, "maria", "a1001", "not_ready", "coaching", outcome, message, seq,
                "http://127.0.0.1:7411");
    }

    @Test
    void keepsWhoDidWhatWhenAndHowItEndedAcrossARestart() {
        ActionLogEntry confirmed = entry("k-1", MORNING, "confirmed", "a1001 is not ready (coaching)", 30_413);
        ActionLogEntry refused = new ActionLogEntry("k-2", MORNING + HOUR, MORNING + HOUR + 20, "luca", "a1002",
                "log_out", null, "refused", "agent a1002 is on a call", 0, null);
        ActionLogRepository log = new ActionLogRepository(Database.open(dir.resolve("fv.db")));
        log.append(confirmed);
        log.append(refused);

        ActionLogRepository reopened = new ActionLogRepository(Database.open(dir.resolve("fv.db")));
        assertThat(reopened.between(MORNING, MORNING + 2 * HOUR)).containsExactly(confirmed, refused);
        assertThat(reopened.between(MORNING + 1, MORNING + 2 * HOUR)).containsExactly(refused);
    }

    @Test
    void todayIsTheCentersBusinessDayInItsZone() {
        CenterSettings settings = new CenterSettings(ROME, LocalTime.of(6, 0), 5, CenterSettings.defaults(ROME).defaults(),
                Map.of());
        ActionLogRepository log = new ActionLogRepository(Database.open(dir.resolve("fv.db")));
        log.append(entry("before-the-day-start", MORNING - HOUR, "confirmed", "ok", 1)); // 05:30 in Rome: yesterday
        log.append(entry("first", MORNING, "timed_out", "no event in 10 s", 0));
        log.append(entry("late", MORNING + 17 * HOUR, "failed", "cannot reach the feed server", 0)); // 23:30

        assertThat(log.today(settings, MORNING + 2 * HOUR)).extracting(ActionLogEntry::commandId)
                .containsExactly("first", "late");
        assertThat(log.today(settings, MORNING - 2 * HOUR)).extracting(ActionLogEntry::commandId)
                .containsExactly("before-the-day-start");
    }

    @Test
    void anActionIsRecordedOnceAndAnUnknownOutcomeIsRefused() {
        ActionLogRepository log = new ActionLogRepository(Database.open(dir.resolve("fv.db")));
        log.append(entry("k-1", MORNING, "confirmed", "ok", 5));
        log.append(entry("k-1", MORNING, "timed_out", "late", 0));
        assertThat(log.between(0, Long.MAX_VALUE)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("confirmed"));
        assertThatThrownBy(() -> log.append(entry("k-3", MORNING, "maybe", "?", 0)))
                .isInstanceOf(StoreException.class).hasMessageContaining("k-3");
        assertThat(log.between(0, Long.MAX_VALUE)).hasSize(1);
    }
}
