package io.floorview.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CallAccounting;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.KpiEngine;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.server.EventJournal;
import io.floorview.feed.server.FeedClock;
import io.floorview.feed.server.FeedServer;
import io.floorview.feed.sim.CallCenterSimulator;
import io.floorview.feed.sim.SimulatorConfig;
import io.floorview.domain.report.Interval;
import io.floorview.domain.report.Report;
import io.floorview.domain.report.ReportEngine;
import io.floorview.domain.report.ReportSpec;
import io.floorview.domain.report.Rollups;
import io.floorview.store.Database;
import io.floorview.store.RollupStore;
import io.floorview.store.EventCache;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the ingest (a child JVM running {@code floorview ingest}) with SIGKILL at random moments, restarts it
 * each time, and then checks that the cache holds every event exactly once and that the figures are those of
 * an uninterrupted run.
 */
class IngestCrashTest {

    private static final ZoneOffset ZONE = ZoneOffset.UTC;

    @TempDir
    Path dir;

    @Test
    void killedAtRandomMomentsTheIngestLosesAndDuplicatesNothing() throws Exception {
        // the last 20 hours up to now, so that every restart replays them the way a console does
        long end = System.currentTimeMillis() / 3_600_000L * 3_600_000L;
        long start = end - 20 * 3_600_000L;
        SimulatorConfig cfg = new SimulatorConfig(11, 6, 240, 240, 8.0, 0.2, ZONE, "Crash test center");
        CallCenterSimulator sim = new CallCenterSimulator(cfg, start);
        List<FeedEvent> events = new ArrayList<>();
        sim.advanceTo(end, events::add);
        assertThat(events.size()).as("enough events for the ingest to be killed in the middle").isGreaterThan(100_000);

        EventCodec codec = new EventCodec();
        EventJournal journal = new EventJournal(codec, events.size() + 1);
        events.forEach(journal::append);
        long lastTs = events.get(events.size() - 1).ts();
        FeedClock clock = new FeedClock() {
            @Override
            public long now() {
                return lastTs;
            }

            @Override
            public double rate() {
                return 1;
            }
        };
        long lastSeq = events.size();
        Path data = dir.resolve("data");
        try (FeedServer server = new FeedServer("crash-feed", "test", journal, clock,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 500, null)) {
            server.start();
            SplittableRandom random = new SplittableRandom(20261123);
            int kills = 0;
            for (int round = 0; round < 40 && kills < 12; round++) {
                Process p = ingest(server.baseUri().toString(), data, lastSeq);
                long wait = 400 + random.nextInt(1600);
                if (p.waitFor(wait, TimeUnit.MILLISECONDS)) {
                    assertThat(p.exitValue()).as("an ingest that finished").isZero();
                    break;
                }
                p.destroyForcibly(); // SIGKILL
                p.waitFor(10, TimeUnit.SECONDS);
                kills++;
            }
            assertThat(kills).as("the ingest was killed at least 10 times").isGreaterThanOrEqualTo(10);
            Process last = ingest(server.baseUri().toString(), data, lastSeq);
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).isZero();
        }

        Database db = Database.open(data.resolve("floorview.db"));
        try (EventCache cache = new EventCache(db); Connection c = db.connect()) {
            long feed = cache.findFeed("crash-feed").orElseThrow();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*), count(DISTINCT seq), min(seq), max(seq) FROM event_view WHERE feed_id = ?")) {
                ps.setLong(1, feed);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("events stored").isEqualTo(lastSeq);
                    assertThat(rs.getLong(2)).as("distinct seqs").isEqualTo(lastSeq);
                    assertThat(rs.getLong(3)).isEqualTo(1);
                    assertThat(rs.getLong(4)).isEqualTo(lastSeq);
                }
            }
            KpiEngine fromCache = new KpiEngine(CenterSettings.defaults(ZONE), lastTs);
            List<String> bodies = new ArrayList<>();
            cache.replay(feed, 0, (seq, body) -> bodies.add(body));
            for (int i = 0; i < bodies.size(); i++) {
                FeedEvent e = codec.decodeEvent(bodies.get(i));
                assertThat(e).isEqualTo(events.get(i));
                fromCache.apply(e);
            }
            KpiEngine uninterrupted = new KpiEngine(CenterSettings.defaults(ZONE), lastTs);
            events.forEach(uninterrupted::apply);
            FloorSnapshot expected = uninterrupted.snapshot(lastTs);
            FloorSnapshot actual = fromCache.snapshot(lastTs);
            assertThat(actual).isEqualTo(expected);

            // the report rollups, kept by the killed writers, equal those of one uninterrupted pass
            Rollups once = new Rollups();
            CallAccounting accounting = new CallAccounting(once);
            events.forEach(accounting::apply);
            accounting.countTimeUpTo(lastTs);
            ReportSpec spec = ReportSpec.of(start - 86_400_000L, end + 86_400_000L, ZONE, Interval.DAY);
            Report stored = ReportEngine.runWithCalls(spec, new RollupStore(db));
            Report direct = ReportEngine.runWithCalls(spec, once);
            assertThat(stored.totals()).isEqualTo(direct.totals());
            assertThat(stored.rows()).isEqualTo(direct.rows());
            assertThat(stored.agents()).isEqualTo(direct.agents());
            assertThat(stored.abandoned()).containsExactlyInAnyOrderElementsOf(direct.abandoned());
            assertThat(direct.totals().get("*").calls().offered()).isPositive();
        }
    }

    private static Process ingest(String feed, Path data, long untilSeq) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"), "-Xmx512m",
                Main.class.getName(), "ingest", "--feed", feed, "--data-dir", data.toString(),
                "--until-seq", String.valueOf(untilSeq), "--timeout", "120");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .directory(new File(".")).start();
    }
}
