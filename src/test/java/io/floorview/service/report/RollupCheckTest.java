package io.floorview.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.feed.client.HttpFeedSource;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.server.EventJournal;
import io.floorview.feed.server.FeedClock;
import io.floorview.feed.server.FeedServer;
import io.floorview.feed.sim.CallCenterSimulator;
import io.floorview.feed.sim.SimulatorConfig;
import io.floorview.service.ingest.IngestService;
import io.floorview.service.live.FeedClockEstimate;
import io.floorview.service.live.LiveFloor;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import io.floorview.store.RollupTables;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rollups the writer keeps, against the rollups rebuilt from the cached events. */
class RollupCheckTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    @TempDir
    Path dir;

    @Test
    void keptRollupsEqualRebuiltOnesAndADamagedRowIsFoundAndMended() throws Exception {
        long end = System.currentTimeMillis() / 60_000 * 60_000;
        long start = end - 9 * 3_600_000L;
        CallCenterSimulator sim = new CallCenterSimulator(SimulatorConfig.defaults(4, ZONE), start);
        List<FeedEvent> events = new ArrayList<>();
        sim.advanceTo(end, events::add);
        EventJournal journal = new EventJournal(new EventCodec(), events.size() + 1);
        events.forEach(journal::append);
        FeedClock clock = new FeedClock() {
            @Override
            public long now() {
                return end;
            }

            @Override
            public double rate() {
                return 1;
            }
        };
        CenterSettings settings = CenterSettings.defaults(ZONE);
        Database db = Database.open(dir.resolve("fv.db"));
        try (FeedServer server = new FeedServer("check-feed", "test", journal, clock,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 500, null);
             EventCache cache = new EventCache(db)) {
            server.start();
            // a small queue and small batches, so the rollups are kept over many transactions
            try (IngestService ingest = new IngestService(cache, new LiveFloor(settings, end),
                    new HttpFeedSource(server.baseUri()), new FeedClockEstimate(), () -> end,
                    new IngestService.Options(300, 1000, 24 * 3_600_000L, 10_000))) {
                ingest.start();
                assertThat(ingest.awaitStored(events.size(), 60_000)).isTrue();
            }

            RollupCheck check = new RollupCheck(cache, settings);
            RollupCheck.Result ok = check.run(dir.resolve("rebuilt.db"), p -> { });
            assertThat(ok.eventsRead()).isEqualTo(events.size());
            assertThat(ok.tables()).allSatisfy(t -> assertThat(t.keptRows()).as(t.table()).isPositive());
            assertThat(ok.agree()).as(ok.toString()).isTrue();

            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE rollup_agent SET answered = answered + 1 WHERE (bucket_ms, agent, queue) = "
                        + "(SELECT bucket_ms, agent, queue FROM rollup_agent ORDER BY bucket_ms LIMIT 1)");
            }
            RollupCheck.Result damaged = check.run(dir.resolve("rebuilt.db"), p -> { });
            assertThat(damaged.agree()).isFalse();
            RollupTables.Diff queueDiff = damaged.tables().stream().filter(t -> t.table().equals("rollup_agent"))
                    .findFirst().orElseThrow();
            assertThat(queueDiff.onlyKept()).isEqualTo(1);
            assertThat(queueDiff.onlyRebuilt()).isEqualTo(1);
            assertThat(queueDiff.examples()).hasSize(2);

            RollupTables.replace(db, dir.resolve("rebuilt.db"));
            assertThat(check.run(dir.resolve("rebuilt2.db"), p -> { }).agree()).isTrue();
        }
    }
}
