package io.floorview.app.bench;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.feed.client.HttpFeedSource;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.server.EventJournal;
import io.floorview.feed.server.FeedClock;
import io.floorview.feed.server.FeedServer;
import io.floorview.feed.sim.CallCenterSimulator;
import io.floorview.feed.sim.SimulatorConfig;
import io.floorview.service.ingest.FeedStatus;
import io.floorview.service.ingest.IngestService;
import io.floorview.service.live.FeedClockEstimate;
import io.floorview.service.live.LiveFloor;
import io.floorview.service.live.SnapshotPublisher;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import io.floorview.ui.common.FxBridge;
import io.floorview.ui.common.Messages;
import io.floorview.ui.live.DashboardViewModel;
import io.floorview.ui.shell.MainWindow;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The live floor under load: a simulated center's events are emitted into a real feed server at a fixed rate
 * and taken in by the real ingest (HTTP, SQLite cache, KPI engine), snapshots go through the real bridge to the
 * real main window (tiles, agent board, call lists, alerts) on a headless JavaFX toolkit (Monocle). Measured over
 * the run after a warm-up: the FX thread's CPU time as a share of the time (busy share), the longest pulse (CSS
 * and layout of the scene) and the longest snapshot update, and for every event the delay from its emission to
 * the end of the first pulse that lays out a snapshot holding it (its value on the tiles).
 */
public final class UiBenchmark {

    private static final int WARM_UP_SECONDS = 5;

    private final int rate;
    private final int seconds;

    public UiBenchmark(int rate, int seconds) {
        this.rate = rate;
        this.seconds = seconds;
    }

    /** Makes JavaFX run headless on Monocle; call before anything touches the toolkit. */
    public static void useHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }

    public Map<String, Object> run() throws Exception {
        int total = rate * (seconds + WARM_UP_SECONDS) + rate;
        List<FeedEvent> events = generate(total);
        long[] emittedNs = new long[total + 2];
        long firstSeq = events.get(0).seq();
        Path dir = Files.createTempDirectory("floorview-ui-bench");
        EventJournal journal = new EventJournal(new EventCodec(), total + 1);
        long[] lastTs = {events.get(0).ts()};
        FeedClock clock = new FeedClock() {
            @Override
            public long now() {
                return lastTs[0];
            }

            @Override
            public double rate() {
                return 1;
            }
        };
        Database db = Database.open(dir.resolve("floorview.db"));
        Probe probe = new Probe(emittedNs, firstSeq);
        try (FeedServer server = new FeedServer("bench-ui", "benchmark", journal, clock,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1_000, null);
             EventCache cache = new EventCache(db)) {
            server.start();
            LiveFloor floor = new LiveFloor(CenterSettings.defaults(ZoneOffset.UTC), events.get(0).ts());
            FeedClockEstimate feedClock = new FeedClockEstimate();
            try (IngestService ingest = new IngestService(cache, floor, new HttpFeedSource(server.baseUri()),
                    feedClock, System::currentTimeMillis, IngestService.Options.DEFAULT);
                 SnapshotPublisher publisher = new SnapshotPublisher(floor,
                         () -> feedClock.now(System.currentTimeMillis()), 250)) {
                DashboardViewModel model = openWindow(probe);
                FxBridge<FloorSnapshot> snapshots = new FxBridge<>(Platform::runLater, s -> probe.update(model, s));
                FxBridge<FeedStatus> statuses = new FxBridge<>(Platform::runLater, model::update);
                publisher.addListener(s -> {
                    probe.published(s);
                    snapshots.publish(s);
                });
                ingest.addStatusListener(statuses::publish);
                ingest.start();
                publisher.start();

                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long start = System.nanoTime();
                long measureFrom = start + WARM_UP_SECONDS * 1_000_000_000L;
                long end = measureFrom + seconds * 1_000_000_000L;
                int next = 0;
                boolean measuring = false;
                long cpu0 = 0;
                long wall0 = 0;
                while (true) {
                    long now = System.nanoTime();
                    if (!measuring && now >= measureFrom) {
                        measuring = true;
                        cpu0 = threads.getThreadCpuTime(probe.fxThreadId);
                        wall0 = now;
                        probe.measureFromSeq = events.get(Math.min(next, events.size() - 1)).seq();
                    }
                    if (now >= end) {
                        break;
                    }
                    int due = (int) Math.min(events.size(), (now - start) * rate / 1_000_000_000L);
                    for (; next < due; next++) {
                        FeedEvent e = events.get(next);
                        emittedNs[(int) (e.seq() - firstSeq)] = System.nanoTime();
                        lastTs[0] = Math.max(lastTs[0], e.ts());
                        journal.append(e);
                    }
                    if (measuring) {
                        probe.lastMeasuredSeq = events.get(Math.max(0, next - 1)).seq();
                    }
                    Thread.sleep(2);
                }
                long cpu = threads.getThreadCpuTime(probe.fxThreadId) - cpu0;
                long wall = System.nanoTime() - wall0;
                // let the last events of the measured window reach the tiles
                long waitUntil = System.nanoTime() + 10_000_000_000L;
                while (probe.shownSeq < probe.lastMeasuredSeq && System.nanoTime() < waitUntil) {
                    Thread.sleep(20);
                }
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("benchmark", "ui");
                r.put("rateEventsPerSec", rate);
                r.put("seconds", seconds);
                r.put("warmUpSeconds", WARM_UP_SECONDS);
                r.put("eventsEmitted", next);
                r.put("eventsMeasured", probe.delayCount);
                r.put("eventsOnTilesAtEnd", probe.shownSeq - firstSeq + 1);
                r.put("agents", model.board().rows().size());
                r.put("fxBusyShare", round3((double) cpu / wall));
                r.put("longestPulseMs", round1(probe.longestPulseNs / 1e6));
                r.put("longestUpdateMs", round1(probe.longestUpdateNs / 1e6));
                r.put("updates", probe.updates);
                r.put("pulsesPerSecond", round1(probe.pulses / (double) seconds));
                long[] d = Arrays.copyOf(probe.delays, probe.delayCount);
                Arrays.sort(d);
                r.put("p50DelayMs", round1(percentile(d, 0.50) / 1e6));
                r.put("p99DelayMs", round1(percentile(d, 0.99) / 1e6));
                long[] fx = Arrays.copyOf(probe.fxDelays, probe.fxDelayCount);
                Arrays.sort(fx);
                r.put("p50SnapshotToTileMs", round1(percentile(fx, 0.50) / 1e6));
                r.put("p99SnapshotToTileMs", round1(percentile(fx, 0.99) / 1e6));
                r.put("loadAverage", round1(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
                r.put("cpus", Runtime.getRuntime().availableProcessors());
                r.put("maxDelayMs", round1(d.length == 0 ? Double.NaN : d[d.length - 1] / 1e6));
                r.put("goalBusyShareBelow", 0.15);
                r.put("goalP99DelayMsBelow", 500);
                r.put("pass", (double) cpu / wall < 0.15 && percentile(d, 0.99) / 1e6 < 500 && d.length > 0);
                closeWindow(probe);
                return r;
            }
        } finally {
            journal.close();
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** What the FX thread reports: which thread it is, its pulses and updates, the events shown. */
    private static final class Probe {
        final long[] emittedNs;
        final long firstSeq;
        final long[] delays;
        volatile long fxThreadId;
        volatile long measureFromSeq = Long.MAX_VALUE;
        volatile long lastMeasuredSeq = Long.MAX_VALUE;
        volatile long shownSeq;
        int delayCount;
        long longestPulseNs;
        long longestUpdateNs;
        long preLayoutNs;
        long updates;
        /** Layout pulses of the scene while measuring: every pulse walks the whole scene for its bounds. */
        long pulses;
        Stage stage;
        DashboardViewModel model;
        /** When the snapshot holding each last seq was published (floor-snapshots thread). */
        final java.util.concurrent.ConcurrentHashMap<Long, Long> publishedNs = new java.util.concurrent.ConcurrentHashMap<>();
        final long[] fxDelays = new long[100_000];
        int fxDelayCount;
        long lastFxSeq;

        void published(FloorSnapshot s) {
            publishedNs.putIfAbsent(s.lastSeq(), System.nanoTime());
        }

        Probe(long[] emittedNs, long firstSeq) {
            this.emittedNs = emittedNs;
            this.firstSeq = firstSeq;
            this.delays = new long[emittedNs.length];
        }

        void update(DashboardViewModel m, FloorSnapshot s) {
            long t0 = System.nanoTime();
            m.update(s);
            long took = System.nanoTime() - t0;
            if (s.lastSeq() >= measureFromSeq) {
                longestUpdateNs = Math.max(longestUpdateNs, took);
                updates++;
            }
        }

        void preLayout() {
            preLayoutNs = System.nanoTime();
        }

        void postLayout() {
            long now = System.nanoTime();
            FloorSnapshot s = model.latest();
            if (s == null) {
                return;
            }
            long from = shownSeq;
            if (s.lastSeq() >= measureFromSeq && s.lastSeq() <= lastMeasuredSeq) {
                longestPulseNs = Math.max(longestPulseNs, now - preLayoutNs);
                pulses++;
            }
            for (long seq = Math.max(from + 1, measureFromSeq); seq <= s.lastSeq() && seq <= lastMeasuredSeq; seq++) {
                int i = (int) (seq - firstSeq);
                if (i >= 0 && i < emittedNs.length && emittedNs[i] != 0) {
                    delays[delayCount++] = now - emittedNs[i];
                }
            }
            if (s.lastSeq() >= measureFromSeq && s.lastSeq() != lastFxSeq && fxDelayCount < fxDelays.length) {
                Long p = publishedNs.remove(s.lastSeq());
                if (p != null) {
                    fxDelays[fxDelayCount++] = now - p;
                }
            }
            lastFxSeq = s.lastSeq();
            shownSeq = Math.max(shownSeq, s.lastSeq());
        }
    }

    private static DashboardViewModel openWindow(Probe probe) throws Exception {
        CompletableFuture<DashboardViewModel> opened = new CompletableFuture<>();
        Runnable open = () -> {
            try {
                probe.fxThreadId = Thread.currentThread().getId();
                Messages messages = new Messages(Locale.ENGLISH);
                DashboardViewModel model = new DashboardViewModel(messages, ZoneOffset.UTC);
                MainWindow window = new MainWindow(model);
                Scene scene = new Scene(window, 1280, 800);
                scene.getStylesheets().add(UiBenchmark.class.getResource("/io/floorview/ui/floorview.css")
                        .toExternalForm());
                scene.addPreLayoutPulseListener(probe::preLayout);
                scene.addPostLayoutPulseListener(probe::postLayout);
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                probe.stage = stage;
                probe.model = model;
                opened.complete(model);
            } catch (RuntimeException e) {
                opened.completeExceptionally(e);
            }
        };
        Platform.setImplicitExit(false);
        try {
            Platform.startup(open);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(open);
        }
        return opened.get(60, TimeUnit.SECONDS);
    }

    private static void closeWindow(Probe probe) throws Exception {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            probe.stage.close();
            closed.complete(null);
        });
        closed.get(10, TimeUnit.SECONDS);
    }

    /** A large simulated center's events (8 queues, 400 agents), in seq order. */
    static List<FeedEvent> generate(int n) {
        SimulatorConfig cfg = new SimulatorConfig(7, 8, 400, 400, 12.0, 0.2, ZoneOffset.UTC, "Benchmark center");
        long start = LocalDate.of(2026, 1, 5).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
                + 7 * 3_600_000L;
        CallCenterSimulator sim = new CallCenterSimulator(cfg, start);
        List<FeedEvent> out = new ArrayList<>(n);
        long t = start;
        while (out.size() < n) {
            t += 60_000L;
            sim.advanceTo(t, e -> {
                if (out.size() < n) {
                    out.add(e);
                }
            });
        }
        return out;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
