package io.floorview.service.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.kpi.AgentView;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.feed.client.CommandClient;
import io.floorview.feed.client.HttpFeedSource;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.server.CommandHandler;
import io.floorview.feed.server.CommandResult;
import io.floorview.feed.server.EventJournal;
import io.floorview.feed.server.FeedServer;
import io.floorview.feed.sim.SimulatorConfig;
import io.floorview.feed.sim.SimulatorFeed;
import io.floorview.service.actions.ActionOutcome.Status;
import io.floorview.service.ingest.IngestService;
import io.floorview.service.live.FeedClockEstimate;
import io.floorview.service.live.LiveFloor;
import io.floorview.store.ActionLogRepository;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's supervisor actions end to end, as the console runs them: a feed server over loopback (the
 * simulator as its source, or a scripted one), the ingest storing the feed, and the actions waiting for the
 * confirming event on it.
 */
class HttpSupervisorActionsTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final long DAY = LocalDate.of(2024, 3, 12).atStartOfDay(BRUSSELS).toInstant().toEpochMilli();
    private static final long TEN_THIRTY = DAY + 10 * 3_600_000L + 30 * 60_000L;
    private static final CenterSettings SETTINGS = CenterSettings.defaults(BRUSSELS);

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();
    private Database db;
    private ActionLog log;

    @BeforeEach
    void openDatabase() {
        db = Database.open(dir.resolve("fv.db"));
        log = new ActionLog(new ActionLogRepository(db), () -> SETTINGS, System::currentTimeMillis);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private <T extends AutoCloseable> T opened(T c) {
        open.add(c);
        return c;
    }

    private FeedServer serve(EventJournal journal, CommandHandler handler, io.floorview.feed.server.FeedClock clock)
            throws Exception {
        FeedServer s = opened(new FeedServer("feed-a", "test", journal, clock,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200, null, handler));
        s.start();
        return s;
    }

    private IngestService ingest(URI feed, LiveFloor floor) {
        EventCache cache = opened(new EventCache(db));
        IngestService ingest = opened(new IngestService(cache, floor, new HttpFeedSource(feed, null, 5_000),
                new FeedClockEstimate(), System::currentTimeMillis, IngestService.Options.DEFAULT));
        ingest.start();
        return ingest;
    }

    private HttpSupervisorActions actions(URI server, IngestService ingest, long confirmTimeoutMs) {
        return opened(new HttpSupervisorActions(new CommandClient(server, null, 5_000, 50), ingest, log,
                new HttpSupervisorActions.Options(confirmTimeoutMs), System::currentTimeMillis));
    }

    private static ActionOutcome outcome(SupervisorActions actions, AgentAction action) throws Exception {
        return actions.request(action).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static AgentAction notReady(String agent, String reason) {
        return new AgentAction(agent, AgentAction.Kind.NOT_READY, reason, "maria");
    }

    @Test
    void theSimulatorCarriesItOutTheFeedConfirmsItAndTheFloorShowsIt() throws Exception {
        AtomicLong wall = new AtomicLong(TEN_THIRTY);
        EventJournal journal = new EventJournal(new EventCodec(), 5_000_000);
        SimulatorFeed sim = opened(new SimulatorFeed(SimulatorConfig.defaults(42, BRUSSELS), DAY, 1, journal, wall::get));
        sim.start();
        FeedServer server = serve(journal, sim, sim);
        LiveFloor floor = new LiveFloor(SETTINGS, TEN_THIRTY);
        IngestService ingest = ingest(server.baseUri(), floor);
        HttpSupervisorActions actions = actions(server.baseUri(), ingest, 10_000);

        // the simulated clock stands still while the test looks; it moves on a minute at a time until the floor
        // has someone ready and someone on a call
        AgentView ready = null;
        AgentView onCall = null;
        for (int minute = 0; minute < 120 && (ready == null || onCall == null); minute++) {
            wall.addAndGet(minute == 0 ? 0 : 60_000);
            awaitJournal(journal, sim);
            assertThat(ingest.awaitStored(journal.lastSeq(), 30_000)).isTrue();
            List<AgentView> agents = floor.snapshot(sim.now()).agents();
            ready = first(agents, AgentState.READY).orElse(null);
            onCall = first(agents, AgentState.ON_CALL).orElse(null);
        }
        assertThat(ready).isNotNull();
        assertThat(onCall).isNotNull();

        ActionOutcome done = outcome(actions, notReady(ready.id(), "coaching"));
        assertThat(done.status()).as(done.message()).isEqualTo(Status.CONFIRMED);
        assertThat(done.confirmingSeq()).isGreaterThan(0);
        assertThat(done.message()).isEqualTo("the feed shows agent " + ready.id() + " not ready (coaching) at seq "
                + done.confirmingSeq());
        assertThat(ingest.awaitStored(done.confirmingSeq(), 10_000)).isTrue();
        AgentView after = floor.snapshot(sim.now()).agents().stream().filter(a -> a.id().equals(
                done.action().agent())).findFirst().orElseThrow();
        assertThat(after.state()).isEqualTo(AgentState.NOT_READY);
        assertThat(after.reason()).isEqualTo("coaching");

        ActionOutcome refused = outcome(actions, notReady(onCall.id(), "break"));
        assertThat(refused.status()).isEqualTo(Status.REFUSED);
        assertThat(refused.message()).startsWith("agent " + onCall.id() + " is on a call (")
                .endsWith("not ready can only follow the call");
        assertThat(refused.confirmingSeq()).isZero();

        ActionOutcome unknown = outcome(actions, new AgentAction("a9999", AgentAction.Kind.LOG_OUT, null, "luca"));
        assertThat(unknown.status()).isEqualTo(Status.REFUSED);
        assertThat(unknown.message()).isEqualTo("no agent a9999 on this floor");

        assertThat(log.today()).extracting(LoggedAction::outcome).containsExactly(done, refused, unknown);
        assertThat(log.today()).allSatisfy(l -> {
            assertThat(l.feed()).isEqualTo(server.baseUri().toString());
            assertThat(l.completedMs()).isGreaterThanOrEqualTo(l.requestedMs());
        });
    }

    private static Optional<AgentView> first(List<AgentView> agents, AgentState state) {
        return agents.stream().filter(a -> a.state() == state).findFirst();
    }

    /** Waits until the simulator has published everything up to the wall clock's time. */
    private static void awaitJournal(EventJournal journal, SimulatorFeed sim) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (sim.simulator().now() < sim.now() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(150);
    }

    @Test
    void aServerThatCannotBeReachedOrTakesNoCommandsFailsAndSaysWhich() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        URI dead = URI.create("http://127.0.0.1:" + closedPort);
        HttpSupervisorActions toDead = opened(new HttpSupervisorActions(new CommandClient(dead, null, 2_000, 10),
                listener -> { }, log, HttpSupervisorActions.Options.DEFAULT, System::currentTimeMillis));
        ActionOutcome failed = outcome(toDead, notReady("a1", "break"));
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.message()).startsWith("cannot reach the feed server at " + dead);

        FeedServer noCommands = serve(new EventJournal(new EventCodec(), 10), null,
                io.floorview.feed.server.FeedClock.SYSTEM);
        HttpSupervisorActions toReplay = actions(noCommands.baseUri(), ingest(noCommands.baseUri(),
                new LiveFloor(SETTINGS, TEN_THIRTY)), 10_000);
        ActionOutcome none = outcome(toReplay, notReady("a1", "break"));
        assertThat(none.status()).isEqualTo(Status.FAILED);
        assertThat(none.message()).isEqualTo("the feed at " + noCommands.baseUri()
                + " takes no commands (this feed's source (test) takes no commands)");

        assertThat(log.today()).extracting(l -> l.outcome().status()).containsExactly(Status.FAILED, Status.FAILED);
    }

    /** A source that accepts every command and publishes what it is told, or nothing. */
    private static final class Scripted implements CommandHandler {
        final EventJournal journal;
        volatile String stampWith;
        volatile boolean publish;

        Scripted(EventJournal journal) {
            this.journal = journal;
        }

        @Override
        public synchronized CommandResult execute(io.floorview.feed.protocol.AgentCommand c) {
            if (publish) {
                journal.append(new AgentStateChanged(journal.lastSeq() + 1, TEN_THIRTY, c.agent(),
                        AgentState.NOT_READY, c.reason(), null, stampWith));
            }
            return CommandResult.accepted();
        }
    }

    @Test
    void withoutTheConfirmingEventItTimesOutAndAnEventWithoutIdStillConfirms() throws Exception {
        EventJournal journal = new EventJournal(new EventCodec(), 1000);
        Scripted source = new Scripted(journal);
        FeedServer server = serve(journal, source, io.floorview.feed.server.FeedClock.SYSTEM);
        IngestService ingest = ingest(server.baseUri(), new LiveFloor(SETTINGS, TEN_THIRTY));
        HttpSupervisorActions actions = actions(server.baseUri(), ingest, 300);

        ActionOutcome silent = outcome(actions, notReady("PJSIP/400", "break"));
        assertThat(silent.status()).isEqualTo(Status.TIMED_OUT);
        assertThat(silent.message()).isEqualTo("the feed server accepted it, but the feed did not show agent "
                + "PJSIP/400 not ready (break) within 0.3 s");

        source.publish = true;
        source.stampWith = "another-command";
        ActionOutcome someoneElses = outcome(actions, notReady("PJSIP/400", "lunch"));
        assertThat(someoneElses.status()).as("an event for another command confirms nothing")
                .isEqualTo(Status.TIMED_OUT);

        source.stampWith = null;
        HttpSupervisorActions patient = actions(server.baseUri(), ingest, 10_000);
        ActionOutcome byState = outcome(patient, notReady("PJSIP/400", "meeting"));
        assertThat(byState.status()).as("a source that cannot tell the command still confirms by state")
                .isEqualTo(Status.CONFIRMED);
        assertThat(byState.confirmingSeq()).isEqualTo(journal.lastSeq());

        assertThat(log.today()).extracting(l -> l.outcome().status())
                .containsExactly(Status.TIMED_OUT, Status.TIMED_OUT, Status.CONFIRMED);
        assertThat(log.today()).extracting(l -> l.outcome().action().supervisor()).containsOnly("maria");
    }
}
