package io.floorview.app.wiring;

import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.feed.EventSource;
import io.floorview.feed.client.CommandClient;
import io.floorview.feed.client.HttpFeedSource;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.server.EventJournal;
import io.floorview.feed.server.FeedServer;
import io.floorview.feed.sim.SimulatorFeed;
import io.floorview.service.actions.ActionLog;
import io.floorview.service.actions.HttpSupervisorActions;
import io.floorview.service.actions.SupervisorActions;
import io.floorview.service.ingest.FeedStatus;
import io.floorview.service.ingest.IngestService;
import io.floorview.service.live.FeedClockEstimate;
import io.floorview.service.FloorUpdates;
import io.floorview.service.live.LiveFloor;
import io.floorview.service.live.SnapshotPublisher;
import io.floorview.store.ActionLogRepository;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a running console needs, wired by hand: the database and cache, the live floor, the feed source
 * (the embedded simulator served over loopback when no feed is given), the ingest, and the supervisor actions
 * sent to that feed's server. Closing it stops all, in reverse order.
 */
public final class ConsoleContext implements FloorUpdates, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleContext.class);

    private final Deque<AutoCloseable> closeables = new ArrayDeque<>();
    private final Path dataDir;
    private final EventCache cache;
    private final LiveFloor floor;
    private final IngestService ingest;
    private final SnapshotPublisher publisher;
    private final String sourceDescription;
    private final String supervisor;
    private final ActionLog actionLog;
    private final HttpSupervisorActions actions;
    private final io.floorview.service.schedule.ScheduleService schedules;
    private final io.floorview.service.report.ReportService reports;
    private final io.floorview.service.staffing.StaffingService staffing;
    private final java.util.concurrent.ExecutorService staffingThread;
    private final QaWiring qa;
    private final io.floorview.service.live.FloorLayouts floorLayouts;
    private final io.floorview.service.schedule.AdherenceService adherence;
    private final CenterDaySettings centerDays;
    private final io.floorview.service.live.AlertLog alertLog;

    private ConsoleContext(ConsoleConfig options) {
        long now = System.currentTimeMillis();
        dataDir = options.dataDir();
        Database db = Database.open(dataDir.resolve("floorview.db"));
        cache = new EventCache(db);
        closeables.push(cache);
        centerDays = new CenterDaySettings(new io.floorview.store.CenterSettingsRepository(db), options);
        io.floorview.domain.kpi.CenterDay day = centerDays.atStart();
        CenterSettings settings = new CenterSettings(day.zone(), day.dayStart(), 5,
                CenterSettings.defaults(day.zone()).defaults(), java.util.Map.of());
        floor = new LiveFloor(settings, now);
        URI feedUri = options.feed() == null ? embeddedSimulator(options, settings, now) : options.feed();
        String token = options.feed() == null ? null : options.token();
        EventSource source = new HttpFeedSource(feedUri, token, 15_000);
        sourceDescription = source.describe();
        FeedClockEstimate feedClock = new FeedClockEstimate();
        ingest = new IngestService(cache, floor, source, feedClock, System::currentTimeMillis,
                IngestService.Options.DEFAULT);
        closeables.push(ingest);
        centerDays.attach(floor, ingest, options.supervisor());
        publisher = new SnapshotPublisher(floor, () -> feedClock.now(System.currentTimeMillis()), 250);
        closeables.push(publisher);
        supervisor = options.supervisor();
        actionLog = new ActionLog(new ActionLogRepository(db), floor::settings, System::currentTimeMillis);
        alertLog = new io.floorview.service.live.AlertLog(new io.floorview.store.AlertLogRepository(db),
                floor::settings);
        actions = supervisorActions(feedUri, token);
        schedules = new io.floorview.service.schedule.ScheduleService(
                new io.floorview.store.schedule.ScheduleRepository(db), day.zone(),
                io.floorview.domain.schedule.RuleLimits.DEFAULT, System::currentTimeMillis);
        reports = new io.floorview.service.report.ReportService(db, settings);
        closeables.push(reports);
        adherence = new io.floorview.service.schedule.AdherenceService(schedules, cache,
                new io.floorview.store.schedule.ExcuseRepository(db), System::currentTimeMillis);
        if (options.feed() == null) { // the embedded simulator's agents get its planned shifts, labelled as a sample
            int n = io.floorview.service.schedule.SampleSchedule.generate(schedules,
                    io.floorview.feed.sim.SimulatedRoster.of(options.simulator()), settings.businessDay(now));
            if (n > 0) {
                LOG.info("published a sample schedule of {} blocks from the simulator's roster", n);
            }
        }
        // the Staffing screen: forecasts from the rollups and its saved edits, on a thread of its own
        staffing = new io.floorview.service.staffing.StaffingService(new io.floorview.store.RollupStore(db),
                new io.floorview.store.RollupCoverage(db), new io.floorview.store.ForecastEditStore(db),
                settings, () -> feedClock.now(System.currentTimeMillis()),
                new io.floorview.service.staffing.PublishedScheduleAgents(schedules),
                io.floorview.domain.forecast.WeeklyForecaster.DEFAULT_WEEKS);
        staffingThread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "staffing-query");
            t.setDaemon(true);
            return t;
        });
        closeables.push(staffingThread::shutdownNow);
        qa = new QaWiring(db, dataDir);
        if (options.feed() == null && qa.seedSampleScorecard()) {
            LOG.info("activated the sample scorecard for the simulated center's recorded calls");
        }
        floorLayouts = new io.floorview.service.live.FloorLayouts(new io.floorview.store.FloorLayoutRepository(db),
                supervisor, System::currentTimeMillis);
    }

    /** The center's time zone and day start, as saved in the console and applied to the live floor. */
    public CenterDaySettings centerDays() {
        return centerDays;
    }

    /** The Staffing screen's forecasts, edits and required agents (blocks on the database). */
    public io.floorview.service.staffing.StaffingService staffing() {
        return staffing;
    }

    /** The thread the Staffing screen's database work runs on. */
    public java.util.concurrent.Executor staffingExecutor() {
        return staffingThread;
    }

    /** Adherence to the published schedule: live from snapshots ({@code live(snapshot)}) and over a range. */
    public io.floorview.service.schedule.AdherenceService adherence() {
        return adherence;
    }

    /** Agent schedules: roster, activity codes, draft and published blocks (blocks on the database). */
    public io.floorview.service.schedule.ScheduleService schedules() {
        return schedules;
    }

    /** The Reports screen's reports and queue_log imports over the cache (thread {@code report-query}). */
    public io.floorview.service.report.ReportService reports() {
        return reports;
    }

    /** The QA screen's services: scorecards, evaluations, recorded calls and their audio files. */
    public QaWiring qa() {
        return qa;
    }

    /** Opens the data folder and wires the console; nothing runs until {@link #start()}. */
    public static ConsoleContext open(ConsoleConfig options) {
        return new ConsoleContext(options);
    }

    /** The embedded simulator, served on loopback; it takes supervisors' commands. Returns where it is served. */
    private URI embeddedSimulator(ConsoleConfig options, CenterSettings settings, long now) {
        EventJournal journal = new EventJournal(new EventCodec(), 5_000_000);
        long dayStart = settings.dayStartMs(settings.businessDay(now));
        SimulatorFeed sim = new SimulatorFeed(options.simulator(), dayStart,
                options.speed(), journal, System::currentTimeMillis);
        closeables.push(sim);
        sim.start();
        try {
            FeedServer server = new FeedServer(sim.feedId(), "simulator", journal, sim,
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1_000, null, sim);
            server.start();
            closeables.push(server);
            return server.baseUri();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded feed on loopback: " + e.getMessage(), e);
        }
    }

    // --- supervisor actions: the agent board's ready / not ready / log out, through the feed's command endpoint

    private HttpSupervisorActions supervisorActions(URI feed, String token) {
        HttpSupervisorActions a = new HttpSupervisorActions(new CommandClient(feed, token), ingest, actionLog,
                HttpSupervisorActions.Options.DEFAULT, System::currentTimeMillis);
        closeables.push(a);
        return a;
    }

    /** Actions on agents, sent to the console's feed server and confirmed by its feed. */
    public SupervisorActions supervisorActions() {
        return actions;
    }

    /** Who uses this console: the name an {@link io.floorview.service.actions.AgentAction} carries. */
    public String supervisor() {
        return supervisor;
    }

    /** Who did what to which agent, and how it ended; {@link ActionLog#today()} for today's. */
    public ActionLog actionLog() {
        return actionLog;
    }

    /** The live floor's alerts, kept so that today's are listed again after a restart (blocks on the database). */
    public io.floorview.service.live.AlertLog alertLog() {
        return alertLog;
    }

    /** The live floor's layout as this console's supervisor left it. */
    public io.floorview.service.live.FloorLayouts floorLayouts() {
        return floorLayouts;
    }

    // ---

    public void start() {
        ingest.start();
        publisher.start();
        LOG.info("console started on {} with data in {}", sourceDescription, dataDir);
    }

    @Override
    public void addSnapshotListener(Consumer<FloorSnapshot> listener) {
        publisher.addListener(listener);
    }

    @Override
    public void addStatusListener(Consumer<FeedStatus> listener) {
        ingest.addStatusListener(listener);
    }

    public IngestService ingest() {
        return ingest;
    }

    public LiveFloor floor() {
        return floor;
    }

    public EventCache cache() {
        return cache;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String sourceDescription() {
        return sourceDescription;
    }

    @Override
    public void close() {
        while (!closeables.isEmpty()) {
            try {
                closeables.pop().close();
            } catch (Exception e) {
                LOG.warn("while closing: {}", e.toString());
            }
        }
    }
}
