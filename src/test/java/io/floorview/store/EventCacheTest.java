package io.floorview.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedOut;
import io.floorview.domain.event.FeedEvent.CallEntered;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCacheTest {

    private static final long DAY1 = Instant.parse("2026-11-22T00:00:00Z").toEpochMilli();
    private static final long HOUR = 3_600_000L;

    @TempDir
    Path dir;

    private static CachedEvent entered(long seq, long ts) {
        return new CachedEvent(new CallEntered(seq, ts, "c" + seq, "sales", "+39" + seq, 1), "{\"seq\":" + seq + "}");
    }

    @Test
    void anEventIsStoredOnceWhateverHowOftenItComes() {
        try (EventCache cache = new EventCache(Database.open(dir.resolve("fv.db")))) {
            long feed = cache.feedId("sim-1");
            assertThat(cache.write(feed, List.of(entered(1, DAY1), entered(2, DAY1 + 1)), List.of())).isEqualTo(2);
            assertThat(cache.write(feed, List.of(entered(2, DAY1 + 1), entered(3, DAY1 + 2)), List.of())).isEqualTo(1);
            assertThat(cache.eventCount(feed)).isEqualTo(3);
            assertThat(cache.lastSeq(feed)).isEqualTo(3);
        }
    }

    @Test
    void feedsAreKeptApartAndRegisteredOnce() {
        try (EventCache cache = new EventCache(Database.open(dir.resolve("fv.db")))) {
            long a = cache.feedId("a");
            long b = cache.feedId("b");
            assertThat(cache.feedId("a")).isEqualTo(a).isNotEqualTo(b);
            cache.write(a, List.of(entered(1, DAY1)), List.of());
            cache.write(b, List.of(entered(1, DAY1 + HOUR), entered(2, DAY1 + HOUR)), List.of());
            assertThat(cache.lastSeq(a)).isEqualTo(1);
            assertThat(cache.lastSeq(b)).isEqualTo(2);
            assertThat(cache.findFeed("b")).hasValue(b);
            assertThat(cache.findFeed("nope")).isEmpty();
            assertThat(cache.latestFeed()).hasValue("b");
        }
    }

    @Test
    void anImportedQueueLogIsNeverTheFeedAConsoleResumes() {
        Database db = Database.open(dir.resolve("fv.db"));
        try (EventCache cache = new EventCache(db)) {
            long live = cache.feedId("sim-1");
            long imported = cache.feedId("queue_log:abc");
            cache.write(live, List.of(entered(1, DAY1)), List.of());
            cache.write(imported, List.of(entered(1, DAY1 + HOUR)), List.of());
            assertThat(cache.latestFeed()).hasValue("queue_log:abc");
            new LogImports(db).add(new LogImports.Entry(imported, "queue_log", DAY1, 1, 1, 1, 0, false));
            assertThat(cache.latestFeed()).hasValue("sim-1");
        }
    }

    @Test
    void setAsideLinesCountAndMoveTheResumePoint() {
        try (EventCache cache = new EventCache(Database.open(dir.resolve("fv.db")))) {
            long feed = cache.feedId("f");
            cache.write(feed, List.of(entered(1, DAY1)),
                    List.of(new SetAsideLine(2L, 5, "unknown type 'x'", "{\"seq\":2,\"type\":\"x\"}"),
                            new SetAsideLine(null, 6, "not valid JSON", "garbage")));
            assertThat(cache.lastSeq(feed)).isEqualTo(2);
            assertThat(cache.setAsideCount(feed)).isEqualTo(2);
            assertThat(cache.setAside(feed, 10)).extracting(SetAsideLine::reason)
                    .containsExactly("not valid JSON", "unknown type 'x'");
            // the same line with a seq comes again after a reconnect: kept once
            cache.write(feed, List.of(), List.of(new SetAsideLine(2L, 7, "unknown type 'x'", "{}")));
            assertThat(cache.setAsideCount(feed)).isEqualTo(2);
        }
    }

    @Test
    void replayStartsAtTheFirstEventThatCanBelongToTheDay() {
        try (EventCache cache = new EventCache(Database.open(dir.resolve("fv.db")))) {
            long feed = cache.feedId("f");
            List<CachedEvent> events = new ArrayList<>();
            long seq = 0;
            for (int h = 0; h < 48; h++) {
                for (int k = 0; k < 3; k++) {
                    events.add(entered(++seq, DAY1 + h * HOUR + k * 1000));
                }
            }
            // a late event: its time is in the first day, but it comes after the second day began
            events.add(new CachedEvent(new AgentLoggedOut(++seq, DAY1 + 5 * HOUR, "a1"), "{}"));
            for (int i = 0; i < events.size(); i += 10) {
                cache.write(feed, events.subList(i, Math.min(events.size(), i + 10)), List.of());
            }
            List<Long> seqs = new ArrayList<>();
            long n = cache.replay(feed, DAY1 + 24 * HOUR, (s, body) -> seqs.add(s));
            // day two starts with seq 73 (hour 24, first event); everything after it comes, the late event too
            assertThat(seqs.get(0)).isEqualTo(73);
            assertThat(seqs).hasSize(24 * 3 + 1).isSorted();
            assertThat(n).isEqualTo(seqs.size());
            assertThat(cache.countFrom(feed, DAY1 + 24 * HOUR)).isEqualTo(n);
            assertThat(cache.replay(feed, DAY1 + 100 * HOUR, (s, body) -> { })).isZero();
        }
    }

    @Test
    void reopeningKeepsEverythingAndTheSchemaVersion() throws Exception {
        Path file = dir.resolve("sub").resolve("fv.db");
        try (EventCache cache = new EventCache(Database.open(file))) {
            cache.write(cache.feedId("f"), List.of(entered(1, DAY1)), List.of());
        }
        Database db = Database.open(file);
        try (EventCache cache = new EventCache(db); Connection c = db.connect(); Statement st = c.createStatement()) {
            assertThat(cache.lastSeq(cache.feedId("f"))).isEqualTo(1);
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
            try (ResultSet rs = st.executeQuery("SELECT max(version) FROM flyway_schema_history")) {
                rs.next();
                assertThat(rs.getString(1)).isNotBlank();
            }
        }
    }

    @Test
    void aFailedBatchStoresNothingOfIt() {
        try (EventCache cache = new EventCache(Database.open(dir.resolve("fv.db")))) {
            long feed = cache.feedId("f");
            List<CachedEvent> batch = new ArrayList<>();
            batch.add(entered(1, DAY1));
            batch.add(null);
            assertThatThrownBy(() -> cache.write(feed, batch, List.of())).isInstanceOf(StoreException.class);
            // the next batch commits: nothing of the failed one may come with it
            cache.write(feed, List.of(entered(5, DAY1)), List.of());
            assertThat(cache.eventCount(feed)).isEqualTo(1);
            assertThat(cache.lastSeq(feed)).isEqualTo(5);
        }
    }

    @Test
    void aDatabaseThatCannotBeCreatedSaysWhere() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "not a folder");
        assertThatThrownBy(() -> Database.open(blocker.resolve("fv.db")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(blocker.toString());
    }
}
