package io.floorview.service.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.KpiEngine;
import io.floorview.feed.client.HttpFeedSource;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.server.EventJournal;
import io.floorview.feed.server.FeedClock;
import io.floorview.feed.server.FeedServer;
import io.floorview.service.live.FeedClockEstimate;
import io.floorview.service.live.LiveFloor;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import io.floorview.testing.SampleEvents;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {

    private static final long DAY = Instant.parse("2026-11-23T00:00:00Z").toEpochMilli();
    private static final long NOW = DAY + 10 * 3_600_000L;
    private final EventCodec codec = new EventCodec();

    @TempDir
    Path dir;

    private final CenterSettings settings = CenterSettings.defaults(ZoneOffset.UTC);

    private FeedServer serve(EventJournal journal, int port) throws Exception {
        FeedClock clock = new FeedClock() {
            @Override
            public long now() {
                return NOW;
            }

            @Override
            public double rate() {
                return 1;
            }
        };
        FeedServer s = new FeedServer("feed-a", "test", journal, clock,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200, null);
        s.start();
        return s;
    }

    private IngestService ingest(EventCache cache, LiveFloor floor, URI feed, long offlineAfterMs) {
        return new IngestService(cache, floor, new HttpFeedSource(feed, null, 2_000), new FeedClockEstimate(),
                () -> NOW, new IngestService.Options(512, 4096, 24 * 3_600_000L, offlineAfterMs));
    }

    private static FloorSnapshot direct(List<FeedEvent> events, CenterSettings settings) {
        KpiEngine engine = new KpiEngine(settings, NOW);
        events.forEach(engine::apply);
        return engine.snapshot(NOW);
    }

    @Test
    void storesEveryEventBeforeTheFloorCountsItAndResumesAfterARestart() throws Exception {
        List<FeedEvent> events = SampleEvents.calls(DAY + 8 * 3_600_000L, 400);
        int half = events.size() / 2;
        EventJournal journal = new EventJournal(codec, 1_000_000);
        events.subList(0, half).forEach(journal::append);
        Database db = Database.open(dir.resolve("fv.db"));
        try (FeedServer server = serve(journal, 0); EventCache cache = new EventCache(db)) {
            LiveFloor floor = new LiveFloor(settings, NOW);
            List<FeedStatus> statuses = new CopyOnWriteArrayList<>();
            try (IngestService first = ingest(cache, floor, server.baseUri(), 10_000)) {
                first.addStatusListener(statuses::add);
                first.start();
                assertThat(first.awaitStored(half, 20_000)).isTrue();
                long feedId = cache.findFeed("feed-a").orElseThrow();
                assertThat(cache.eventCount(feedId)).isEqualTo(half);
                assertThat(floor.snapshot(NOW).eventsApplied()).isEqualTo(half);
            }
            assertThat(statuses).extracting(FeedStatus::state).contains(FeedStatus.State.LIVE);

            // the console restarts: a new floor is rebuilt from the cache, the feed resumes after seq `half`
            events.subList(half, events.size()).forEach(journal::append);
            LiveFloor again = new LiveFloor(settings, NOW);
            try (IngestService second = ingest(cache, again, server.baseUri(), 10_000)) {
                second.start();
                assertThat(second.awaitStored(events.size(), 20_000)).isTrue();
                long feedId = cache.findFeed("feed-a").orElseThrow();
                assertThat(cache.eventCount(feedId)).isEqualTo(events.size());
                assertThat(second.status().eventsStored()).as("only the new half came over the wire")
                        .isEqualTo(events.size() - half);
                FloorSnapshot rebuilt = again.snapshot(NOW);
                FloorSnapshot expected = direct(events, settings);
                assertThat(rebuilt.center().today()).isEqualTo(expected.center().today());
                assertThat(rebuilt.queues()).isEqualTo(expected.queues());
                assertThat(rebuilt.agents()).isEqualTo(expected.agents());
                assertThat(expected.center().today().offered()).isEqualTo(400);
            }
        }
    }

    @Test
    void badLinesAreSetAsideCountedAndDoNotStopTheFeed() throws Exception {
        List<FeedEvent> events = SampleEvents.calls(DAY + 8 * 3_600_000L, 10);
        EventJournal journal = new EventJournal(codec, 1000);
        long seq = 0;
        for (FeedEvent e : events) {
            seq++;
            if (seq == 5) {
                journal.appendEncoded(seq, e.ts(), ("{\"seq\":5,\"ts\":\"2026-11-23T08:00:00.000Z\","
                        + "\"type\":\"call.teleported\"}").getBytes(StandardCharsets.UTF_8));
            } else {
                journal.append(e);
            }
        }
        Database db = Database.open(dir.resolve("fv.db"));
        try (FeedServer server = serve(journal, 0); EventCache cache = new EventCache(db)) {
            LiveFloor floor = new LiveFloor(settings, NOW);
            try (IngestService ingest = ingest(cache, floor, server.baseUri(), 10_000)) {
                ingest.start();
                assertThat(ingest.awaitStored(events.size(), 20_000)).isTrue();
                assertThat(ingest.status().setAside()).isEqualTo(1);
                long feedId = cache.findFeed("feed-a").orElseThrow();
                assertThat(cache.setAside(feedId, 5)).singleElement()
                        .satisfies(l -> assertThat(l.reason()).contains("unknown type 'call.teleported'"));
                assertThat(cache.eventCount(feedId)).isEqualTo(events.size() - 1);
            }
        }
    }

    @Test
    void withoutAFeedTheConsoleShowsWhatItCachedAndSaysSinceWhenItIsOffline() throws Exception {
        List<FeedEvent> events = SampleEvents.calls(DAY + 8 * 3_600_000L, 40);
        EventJournal journal = new EventJournal(codec, 1000);
        events.forEach(journal::append);
        Database db = Database.open(dir.resolve("fv.db"));
        try (EventCache cache = new EventCache(db)) {
            try (FeedServer server = serve(journal, 0);
                 IngestService first = ingest(cache, new LiveFloor(settings, NOW), server.baseUri(), 10_000)) {
                first.start();
                assertThat(first.awaitStored(events.size(), 20_000)).isTrue();
            }
            int closedPort;
            try (ServerSocket s = new ServerSocket(0)) {
                closedPort = s.getLocalPort();
            }
            LiveFloor floor = new LiveFloor(settings, NOW);
            List<FeedStatus> statuses = new CopyOnWriteArrayList<>();
            try (IngestService offline = ingest(cache, floor, URI.create("http://127.0.0.1:" + closedPort), 0)) {
                offline.addStatusListener(statuses::add);
                offline.start();
                long deadline = System.currentTimeMillis() + 20_000;
                while (offline.status().state() != FeedStatus.State.OFFLINE && System.currentTimeMillis() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(offline.status().state()).isEqualTo(FeedStatus.State.OFFLINE);
                assertThat(offline.status().sinceMs()).isEqualTo(NOW);
                assertThat(offline.status().detail()).contains("cannot connect");
                assertThat(floor.snapshot(NOW).center().today().offered()).isEqualTo(40);
                assertThat(statuses).extracting(FeedStatus::state)
                        .contains(FeedStatus.State.REBUILDING, FeedStatus.State.RECONNECTING);
            }
        }
    }
}
