package io.floorview.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.FeedEvent.CallEntered;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event cache shares its database with other writers (the log of supervisors' actions, and whatever the
 * console keeps next): their commits must never stop the feed from being stored.
 */
class ConcurrentWritersTest {

    private static final long T = Instant.parse("2026-11-23T09:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    @Test
    void anotherWritersCommitsNeverStopTheEventCache() throws Exception {
        Database db = Database.open(dir.resolve("fv.db"));
        ActionLogRepository log = new ActionLogRepository(db);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger logged = new AtomicInteger();
        AtomicReference<Throwable> logFailure = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                while (!stop.get()) {
                    int n = logged.incrementAndGet();
                    log.append(new ActionLogEntry("k-" + n, T + n, T + n, "maria", "a1", "ready", null, "confirmed",
                            "ok", n, null));
                }
            } catch (Throwable e) {
                logFailure.set(e);
            }
        }, "other-writer");
        other.start();
        try (EventCache cache = new EventCache(db)) {
            for (int f = 0; f < 150; f++) {
                long feed = cache.feedId("feed-" + f); // a new feed: the cache looks up where its hours stand
                for (int b = 0; b < 3; b++) {
                    long seq = b * 2L + 1;
                    cache.write(feed, List.of(event(seq), event(seq + 1)), List.of());
                }
                assertThat(cache.eventCount(feed)).isEqualTo(6);
            }
        } finally {
            stop.set(true);
            other.join(10_000);
        }
        assertThat(logFailure.get()).isNull();
        assertThat(logged.get()).isGreaterThan(1);
    }

    private static CachedEvent event(long seq) {
        return new CachedEvent(new CallEntered(seq, T + seq * 3_600_000L, "c" + seq, "sales", null, 1), "{}");
    }
}
