package io.floorview.service.report;

import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.QueueCounters;
import io.floorview.domain.kpi.WaitHistogram;
import io.floorview.domain.kpi.AbandonedCall;
import io.floorview.domain.kpi.OverflowedCall;
import io.floorview.domain.report.AgentCounters;
import io.floorview.domain.report.Report;
import io.floorview.domain.report.RollupSource;
import io.floorview.domain.report.Rollups;
import java.util.function.BiConsumer;
import io.floorview.domain.report.ReportEngine;
import io.floorview.domain.report.ReportSpec;
import io.floorview.store.Database;
import io.floorview.store.RollupStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * What the Reports screen asks of the cache: reports from the stored rollups (by the same engine as the {@code
 * report} command), the queues and agents to pick from, the distribution of waits, and queue_log imports. Every
 * method blocks on the database; the screen calls them on {@link #executor()} ({@code report-query}), one at a
 * time, never on the FX thread.
 */
public final class ReportService implements AutoCloseable {

    /** Upper edges (seconds, inclusive) of the wait bands of {@link #waitDistribution}; the last band is open. */
    public static final List<Integer> WAIT_BANDS = List.of(10, 20, 30, 60, 120, 300);

    /** What the cache holds to report on. */
    public record Choices(List<String> queues, List<String> agents, Long firstBucketMs, Long lastBucketMs) {
        public Choices {
            queues = List.copyOf(queues);
            agents = List.copyOf(agents);
        }
    }

    /** Calls per wait band ({@link #WAIT_BANDS}, then the open band), answered and abandoned. */
    public record WaitDistribution(long[] answered, long[] abandoned) {
    }

    /**
     * A report and the waits behind it. Its lists of calls hold at most {@link #LIST_LIMIT} (or the service's own limit) calls each, the
     * earliest entries first; {@code abandonedTotal} and {@code overflowedTotal} say how many there are.
     */
    public record Result(Report report, WaitDistribution waits, long abandonedTotal, long overflowedTotal) {
        public boolean listsCut() {
            return report.abandoned().size() < abandonedTotal || report.overflowed().size() < overflowedTotal;
        }
    }

    /** The most calls a report lists (abandoned, and overflowed): a month of a busy center has a million. */
    public static final int LIST_LIMIT = 10_000;

    private final Database db;
    private final int listLimit;
    private final RollupStore rollups;
    private final CenterSettings settings;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "report-query");
        t.setDaemon(true);
        return t;
    });

    public ReportService(Database db, CenterSettings settings) {
        this(db, settings, LIST_LIMIT);
    }

    /** A service whose reports list at most {@code listLimit} calls of each kind. */
    public ReportService(Database db, CenterSettings settings, int listLimit) {
        this.listLimit = listLimit;
        this.db = db;
        this.rollups = new RollupStore(db);
        this.settings = settings;
    }

    /** The thread reports and imports run on. */
    public ExecutorService executor() {
        return executor;
    }

    /** The center's settings: its time zone is the reports' default. */
    public CenterSettings settings() {
        return settings;
    }

    public Choices choices() {
        long[] span = rollups.span();
        return new Choices(rollups.queueNames(), rollups.agentNames(), span == null ? null : span[0],
                span == null ? null : span[1]);
    }

    /** The report, with the abandoned and overflowed calls behind it, and the waits of its calls. */
    public Result run(ReportSpec spec) {
        // the waits are summed from the rows the engine reads anyway: one pass over the rollups, not two
        QueueCounters waits = new QueueCounters();
        RollupSource tee = new RollupSource() {
            @Override
            public void queueRows(long fromMs, long toMs, BiConsumer<Rollups.QueueKey, QueueCounters> row) {
                rollups.queueRows(fromMs, toMs, (k, c) -> {
                    if (countsForWaits(spec, k.queue())) {
                        waits.add(c);
                    }
                    row.accept(k, c);
                });
            }

            @Override
            public void agentRows(long fromMs, long toMs, BiConsumer<Rollups.AgentKey, AgentCounters> row) {
                rollups.agentRows(fromMs, toMs, row);
            }

            @Override
            public List<AbandonedCall> abandonedCalls(long fromMs, long toMs) {
                return rollups.abandonedCalls(fromMs, toMs);
            }

            @Override
            public List<OverflowedCall> overflowedCalls(long fromMs, long toMs) {
                return rollups.overflowedCalls(fromMs, toMs);
            }
        };
        Report figures = ReportEngine.run(spec, tee);
        Report report = new Report(spec, figures.queues(), figures.rows(), figures.totals(), figures.agents(),
                rollups.abandonedCalls(spec.fromMs(), spec.toMs(), spec.queues(), listLimit),
                rollups.overflowedCalls(spec.fromMs(), spec.toMs(), spec.queues(), listLimit));
        long abandoned = 0;
        long overflowed = 0;
        for (String q : figures.queues()) {
            abandoned += figures.totals().get(q).calls().abandoned();
            overflowed += figures.totals().get(q).calls().overflowed();
        }
        return new Result(report, new WaitDistribution(bands(waits.answeredWaits()), bands(waits.abandonedWaits())),
                abandoned, overflowed);
    }

    /** All queues: the center's rows (each call once); queues picked: theirs. */
    private static boolean countsForWaits(ReportSpec spec, String queue) {
        boolean center = FloorSnapshot.ALL_QUEUES.equals(queue);
        return spec.queues().isEmpty() ? center : !center && spec.showsQueue(queue);
    }

    /** Waits of the calls answered and abandoned in the report's range and queues (all queues: each call once). */
    public WaitDistribution waitDistribution(ReportSpec spec) {
        QueueCounters sum = new QueueCounters();
        rollups.queueRows(spec.fromMs(), spec.toMs(), (k, c) -> {
            if (countsForWaits(spec, k.queue())) {
                sum.add(c);
            }
        });
        return new WaitDistribution(bands(sum.answeredWaits()), bands(sum.abandonedWaits()));
    }

    private static long[] bands(WaitHistogram h) {
        long[] out = new long[WAIT_BANDS.size() + 1];
        long below = 0;
        for (int i = 0; i < WAIT_BANDS.size(); i++) {
            long upTo = h.countAtMost(WAIT_BANDS.get(i));
            out[i] = upTo - below;
            below = upTo;
        }
        out[WAIT_BANDS.size()] = h.count() - below;
        return out;
    }

    /** Imports a queue_log file into the cache (see {@link QueueLogImport}). */
    public QueueLogImport.Result importQueueLog(Path file, DoubleConsumer progress, BooleanSupplier cancel)
            throws IOException {
        return new QueueLogImport(db, settings).run(file, progress, cancel);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
