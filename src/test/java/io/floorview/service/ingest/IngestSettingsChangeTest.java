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
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new day boundary set while the console runs: today's figures are worked out again from the cache for it. */
class IngestSettingsChangeTest {

    private static final long DAY = Instant.parse("2026-11-23T00:00:00Z").toEpochMilli();
    private static final long NOW = DAY + 10 * 3_600_000L;

    @TempDir
    Path dir;

    @Test
    void aLaterDayStartRebuildsTodaysFiguresFromTheCacheForTheNewBoundary() throws Exception {
        // 400 calls from 05:00 to 08:20; the day starts at midnight, then at 06:00
        List<FeedEvent> events = SampleEvents.calls(DAY + 5 * 3_600_000L, 400);
        EventJournal journal = new EventJournal(new EventCodec(), 1_000_000);
        events.forEach(journal::append);
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
        CenterSettings midnight = CenterSettings.defaults(ZoneOffset.UTC);
        CenterSettings six = new CenterSettings(ZoneOffset.UTC, LocalTime.of(6, 0), midnight.shortAbandonSec(),
                midnight.defaults(), midnight.queues());
        try (FeedServer server = new FeedServer("feed-a", "test", journal, clock,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200, null);
             EventCache cache = new EventCache(Database.open(dir.resolve("fv.db")))) {
            server.start();
            LiveFloor floor = new LiveFloor(midnight, NOW);
            try (IngestService ingest = new IngestService(cache, floor,
                    new HttpFeedSource(server.baseUri(), null, 2_000), new FeedClockEstimate(), () -> NOW,
                    new IngestService.Options(512, 4096, 24 * 3_600_000L, 10_000))) {
                ingest.start();
                assertThat(ingest.awaitStored(events.size(), 20_000)).isTrue();
                assertThat(floor.snapshot(NOW).center().today().offered()).isEqualTo(400);

                ingest.changeSettings(s -> new CenterSettings(s.zone(), LocalTime.of(6, 0), s.shortAbandonSec(),
                        s.defaults(), s.queues())).get(20, TimeUnit.SECONDS);

                FloorSnapshot after = floor.snapshot(NOW);
                KpiEngine direct = new KpiEngine(six, NOW);
                events.forEach(direct::apply);
                FloorSnapshot expected = direct.snapshot(NOW);
                assertThat(expected.center().today().offered()).isBetween(1L, 399L);
                assertThat(after.center().today()).isEqualTo(expected.center().today());
                assertThat(after.queues()).isEqualTo(expected.queues());
                assertThat(floor.settings().dayStart()).isEqualTo(LocalTime.of(6, 0));
                assertThat(ingest.status().state()).as("still live after the rebuild")
                        .isEqualTo(FeedStatus.State.LIVE);
            }
        }
    }
}
