package io.floorview.app.bench;

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
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest benchmark: simulated events, encoded once, served by a real feed server on loopback and taken in
 * by the real ingest (HTTP client, codec, SQLite cache, KPI engine); then the same rows inserted with plain
 * batched JDBC into a fresh database of the same schema, as the reference. Each path runs once on a warm-up
 * share first.
 */
public final class IngestBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(IngestBenchmark.class);
    private static final int BATCH = 8192;

    private final int events;
    private final Path workDir;

    public IngestBenchmark(int events, Path workDir) {
        this.events = events;
        this.workDir = workDir;
    }

    /** The benchmark's events, kept compact (its own baggage must not weigh on what it measures). */
    private record Rows(long[] seq, long[] ts, int[] type, byte[][] lines, long bytes) {
        int size() {
            return seq.length;
        }

        Rows head(int n) {
            return new Rows(Arrays.copyOf(seq, n), Arrays.copyOf(ts, n), Arrays.copyOf(type, n),
                    Arrays.copyOf(lines, n), 0);
        }
    }

    public Map<String, Object> run() throws Exception {
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("floorview-bench");
        try {
            Rows rows = generate(events);
            Rows warm = rows.head(Math.max(1000, events / 5));
            pipeline(dir.resolve("warm-pipeline.db"), warm);
            rawInsert(dir.resolve("warm-raw.db"), warm);
            // three alternating rounds; the median of each path is reported
            double[] pipelineSec = new double[ROUNDS];
            double[] rawSec = new double[ROUNDS];
            Map<String, Double> cpu = Map.of();
            for (int r = 0; r < ROUNDS; r++) {
                pipelineSec[r] = pipeline(dir.resolve("pipeline" + r + ".db"), rows);
                if (r == 0) {
                    cpu = threadCpu;
                }
                rawSec[r] = rawInsert(dir.resolve("raw" + r + ".db"), rows);
                Files.deleteIfExists(dir.resolve("pipeline" + r + ".db"));
                Files.deleteIfExists(dir.resolve("raw" + r + ".db"));
            }
            double p = median(pipelineSec);
            double q = median(rawSec);
            double eps = rows.size() / p;
            double raw = rows.size() / q;
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("eventsPerSecond", Math.round(eps));
            out.put("rawInsertRowsPerSecond", Math.round(raw));
            out.put("ratio", Math.round(eps / raw * 1000) / 1000.0);
            out.put("events", rows.size());
            out.put("rounds", ROUNDS);
            out.put("pipelineSeconds", Arrays.stream(pipelineSec).map(IngestBenchmark::round3).boxed().toList());
            out.put("rawInsertSeconds", Arrays.stream(rawSec).map(IngestBenchmark::round3).boxed().toList());
            out.put("averageLineBytes", rows.bytes() / rows.size());
            out.put("pipelineThreadCpuSeconds", cpu);
            out.put("java", System.getProperty("java.version"));
            out.put("gc", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
            out.put("cores", Runtime.getRuntime().availableProcessors());
            return out;
        } finally {
            if (workDir == null) {
                deleteTree(dir);
            }
        }
    }

    private static final int ROUNDS = 3;

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Events of a large simulated center, enough hours of it to make {@code n}, encoded once. */
    static Rows generate(int n) {
        SimulatorConfig cfg = new SimulatorConfig(7, 8, 400, 400, 12.0, 0.2, ZoneOffset.UTC, "Benchmark center");
        long start = LocalDate.of(2026, 1, 5).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        CallCenterSimulator sim = new CallCenterSimulator(cfg, start);
        EventCodec codec = new EventCodec();
        long[] seq = new long[n];
        long[] ts = new long[n];
        int[] type = new int[n];
        byte[][] lines = new byte[n][];
        long[] bytes = {0};
        int[] k = {0};
        long t = start;
        while (k[0] < n) {
            t += 3_600_000L;
            sim.advanceTo(t, e -> {
                int i = k[0];
                if (i < n) {
                    seq[i] = e.seq();
                    ts[i] = e.ts();
                    type[i] = e.type().code();
                    lines[i] = codec.encode(e).getBytes(StandardCharsets.UTF_8);
                    bytes[0] += lines[i].length;
                    k[0]++;
                }
            });
        }
        LOG.info("generated {} events over {} simulated hours", n, (t - start) / 3_600_000L);
        return new Rows(seq, ts, type, lines, bytes[0]);
    }

    private static double pipeline(Path dbFile, Rows rows) throws Exception {
        int n = rows.size();
        EventJournal journal = new EventJournal(new EventCodec(), n + 1);
        for (int i = 0; i < n; i++) {
            journal.appendEncoded(rows.seq()[i], rows.ts()[i], rows.lines()[i]);
        }
        long lastSeq = rows.seq()[n - 1];
        long lastTs = rows.ts()[n - 1];
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
        Database db = Database.open(dbFile);
        try (FeedServer server = new FeedServer("bench", "benchmark", journal, clock,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1_000, null);
             EventCache cache = new EventCache(db)) {
            server.start();
            LiveFloor floor = new LiveFloor(CenterSettings.defaults(ZoneOffset.UTC), rows.ts()[0]);
            FeedClockEstimate feedClock = new FeedClockEstimate();
            try (IngestService ingest = new IngestService(cache, floor, new HttpFeedSource(server.baseUri()),
                    feedClock, System::currentTimeMillis, IngestService.Options.DEFAULT)) {
                long t0 = System.nanoTime();
                ingest.start();
                if (!ingest.awaitStored(lastSeq, 600_000)) {
                    throw new IllegalStateException("the ingest did not finish: " + ingest.status());
                }
                double sec = (System.nanoTime() - t0) / 1e9;
                threadCpu = threadCpuSeconds();
                if (floor.snapshot(lastTs).eventsApplied() != n) {
                    throw new IllegalStateException("the KPI engine took in " + floor.snapshot(lastTs).eventsApplied()
                            + " events of " + n);
                }
                return sec;
            }
        } finally {
            journal.close();
        }
    }

    /** CPU seconds used by each of Floorview's pipeline threads, to show where the time goes. */
    private static Map<String, Double> threadCpu = Map.of();

    private static Map<String, Double> threadCpuSeconds() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Double> out = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo ti : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (ti == null) {
                continue;
            }
            String name = ti.getThreadName();
            if (name.startsWith("feed-") || name.equals("store-writer") || name.equals("cache-checkpoint") || name.startsWith("G1") || name.startsWith("GC")) {
                long ns = mx.getThreadCpuTime(ti.getThreadId());
                out.merge(name.replaceAll("#\\d+$", ""), round3(ns / 1e9), Double::sum);
            }
        }
        return out;
    }

    private static double rawInsert(Path dbFile, Rows rows) throws SQLException {
        Database db = Database.open(dbFile);
        int n = rows.size();
        String[] bodies = new String[n];
        for (int i = 0; i < n; i++) {
            bodies[i] = new String(rows.lines()[i], StandardCharsets.UTF_8);
        }
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (id, ts_ms, type, body) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    ps.setLong(1, 1L << 40 | rows.seq()[i]);
                    ps.setLong(2, rows.ts()[i]);
                    ps.setInt(3, rows.type()[i]);
                    ps.setString(4, bodies[i]);
                    ps.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
