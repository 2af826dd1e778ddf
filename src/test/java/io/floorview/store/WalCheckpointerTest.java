package io.floorview.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.FeedEvent.CallEntered;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store writer leaves copying its log back into the database to a thread of its own. */
class WalCheckpointerTest {

    private static final long T = Instant.parse("2026-11-22T09:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    @Test
    void theLogIsCopiedBackWhileTheWriterGoesOnAndAfterAQuietSecond() throws Exception {
        Path file = dir.resolve("fv.db");
        String padding = "x".repeat(400);
        try (EventCache cache = new EventCache(Database.open(file))) {
            long feed = cache.feedId("sim-1");
            long before = Files.size(file);
            long seq = 0;
            for (int batch = 0; batch < 30; batch++) { // about 12 MiB, well under the writer's own 64 MiB limit
                List<CachedEvent> events = new ArrayList<>();
                for (int i = 0; i < 1_000; i++) {
                    seq++;
                    events.add(new CachedEvent(new CallEntered(seq, T + seq, "c" + seq, "sales", null, 1),
                            "{\"seq\":" + seq + ",\"pad\":\"" + padding + "\"}"));
                }
                cache.write(feed, events, List.of());
            }
            assertThat(awaitSize(file, before + (8L << 20)))
                    .as("the database itself holds the events, not only its log").isTrue();
            assertThat(cache.eventCount(feed)).isEqualTo(30_000);
        }
        try (EventCache again = new EventCache(Database.open(file))) {
            assertThat(again.eventCount(again.feedId("sim-1"))).isEqualTo(30_000);
        }
    }

    private static boolean awaitSize(Path file, long atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (Files.size(file) >= atLeast) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
