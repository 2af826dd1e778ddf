package io.floorview.app.bench;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.report.Interval;
import io.floorview.domain.report.Report;
import io.floorview.domain.report.ReportEngine;
import io.floorview.domain.report.ReportSpec;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.sim.CallCenterSimulator;
import io.floorview.feed.sim.SimulatorConfig;
import io.floorview.service.live.LiveFloor;
import io.floorview.store.CachedEvent;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import io.floorview.store.RollupStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report benchmark: fills a cache with a month of a large simulated center through the store writer's
 * path (events and rollups in one transaction per batch), then times a report of the whole month by
 * 30-minute interval from the stored rollups, as the Reports screen runs it.
 */
public final class ReportBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(ReportBenchmark.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");
    private static final int BATCH = 8192;

    private final int days;
    private final int agents;
    private final double callRate;
    private final Path dir;

    public ReportBenchmark(int days, int agents, double callRate, Path dir) {
        this.days = days;
        this.agents = agents;
        this.callRate = callRate;
        this.dir = dir;
    }

    public Map<String, Object> run() throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("floorview.db");
        LocalDate first = LocalDate.of(2026, 10, 1);
        long from = first.atStartOfDay(ZONE).toInstant().toEpochMilli();
        long to = first.plusDays(days).atStartOfDay(ZONE).toInstant().toEpochMilli();
        Database db = Database.open(file);
        long events;
        double fillSec;
        boolean filled = Files.exists(dir.resolve("filled"));
        if (filled) {
            events = countEvents(db);
            fillSec = Double.NaN;
            LOG.info("reusing the cache in {} ({} events)", dir, events);
        } else {
            long t0 = System.nanoTime();
            events = fill(db, from, to);
            fillSec = (System.nanoTime() - t0) / 1e9;
            Files.writeString(dir.resolve("filled"), String.valueOf(events));
        }
        ReportSpec spec = ReportSpec.of(from, to, ZONE, Interval.MINUTES_30);
        RollupStore store = new RollupStore(db);
        double[] ms = new double[5];
        double[] cpu = new double[5];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Report report = null;
        for (int i = 0; i < ms.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            report = ReportEngine.run(spec, store);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        // what the Reports screen runs: the same report with every abandoned and overflowed call, and the waits
        io.floorview.service.report.ReportService screen = new io.floorview.service.report.ReportService(db,
                CenterSettings.defaults(ZONE));
        double[] screenMs = new double[3];
        io.floorview.service.report.ReportService.Result screenResult = null;
        for (int i = 0; i < screenMs.length; i++) {
            long t0 = System.nanoTime();
            screenResult = screen.run(spec);
            screenMs[i] = (System.nanoTime() - t0) / 1e6;
        }
        screen.close();
        double[] screenSorted = screenMs.clone();
        Arrays.sort(screenSorted);
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reportMillis", Math.round(sorted[sorted.length / 2]));
        out.put("firstReportMillis", Math.round(ms[0]));
        out.put("runsMillis", Arrays.stream(ms).map(Math::round).boxed().toList());
        // the report runs on one thread (SQLite included): its CPU time is what the report costs on an idle machine
        out.put("runsCpuMillis", Arrays.stream(cpu).map(Math::round).boxed().toList());
        out.put("goalMillis", 1000);
        out.put("screenReportMillis", Math.round(screenSorted[1]));
        out.put("screenRunsMillis", Arrays.stream(screenMs).map(Math::round).boxed().toList());
        out.put("abandonedCallsListed", screenResult.report().abandoned().size());
        out.put("overflowedCallsListed", screenResult.report().overflowed().size());
        out.put("days", days);
        out.put("agents", report.agents().size());
        out.put("queues", report.queues().size());
        out.put("events", events);
        out.put("rows", report.rows().size());
        out.put("callsOffered", report.totals().get("*").calls().offered());
        out.put("fillSeconds", Double.isNaN(fillSec) ? null : Math.round(fillSec * 10) / 10.0);
        out.put("databaseMegabytes", Files.size(file) / (1024 * 1024));
        out.put("java", System.getProperty("java.version"));
        return out;
    }

    private long fill(Database db, long from, long to) {
        SimulatorConfig cfg = new SimulatorConfig(30, 6, agents, Math.max(30, agents), callRate, 0.2, ZONE,
                "Benchmark center");
        CallCenterSimulator sim = new CallCenterSimulator(cfg, from);
        EventCodec codec = new EventCodec();
        long[] n = {0};
        try (EventCache cache = new EventCache(db)) {
            long feedId = cache.feedId("bench-month");
            LiveFloor floor = new LiveFloor(CenterSettings.defaults(ZONE), from);
            List<CachedEvent> batch = new ArrayList<>(BATCH);
            List<FeedEvent> events = new ArrayList<>(BATCH);
            Runnable flush = () -> {
                floor.applyAndStore(events, (rollups, seq) -> cache.write(feedId, batch, List.of(), rollups, seq));
                n[0] += batch.size();
                batch.clear();
                events.clear();
            };
            for (long t = from; t < to; t += 3_600_000L) {
                sim.advanceTo(Math.min(to, t + 3_600_000L), e -> {
                    batch.add(new CachedEvent(e, codec.encode(e)));
                    events.add(e);
                    if (batch.size() == BATCH) {
                        flush.run();
                    }
                });
                if ((t - from) % (24 * 3_600_000L) == 0) {
                    LOG.info("filling: day {} of {}, {} events", (t - from) / (24 * 3_600_000L) + 1, days, n[0]);
                }
            }
            flush.run();
        }
        return n[0];
    }

    private static long countEvents(Database db) {
        try (EventCache cache = new EventCache(db)) {
            return cache.eventCount(cache.feedId("bench-month"));
        }
    }
}
