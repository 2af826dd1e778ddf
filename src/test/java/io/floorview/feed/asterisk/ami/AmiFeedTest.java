package io.floorview.feed.asterisk.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.EventType;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedIn;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.CallAbandoned;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.CallOverflowed;
import io.floorview.domain.event.OverflowReason;
import io.floorview.feed.asterisk.ami.AmiActions.ActionResult;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.server.EventJournal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AMI source against a fake Asterisk on loopback, through asterisk-java, into a feed journal. */
class AmiFeedTest {

    private static final long WAIT_MS = 20_000;
    private static final EventCodec CODEC = new EventCodec();

    @TempDir
    Path dir;

    private FakeAmiServer asterisk;
    private final List<AmiFeed> feeds = new ArrayList<>();

    @BeforeEach
    void startAsterisk() throws Exception {
        asterisk = new FakeAmiServer("floorview", "s3cret");
    }

    @AfterEach
    void stop() throws Exception {
        feeds.forEach(AmiFeed::close);
        asterisk.close();
    }

    private AmiEndpoint endpoint(String secret) {
        return AmiEndpoint.parse("ami://floorview:" + secret + "@127.0.0.1:" + asterisk.port(), Map.of());
    }

    private AmiFeed start(EventJournal journal, Path file) throws Exception {
        AmiFeed feed = new AmiFeed(endpoint("s3cret"), journal, file, new Backoff(100, 400));
        feeds.add(feed);
        feed.start();
        return feed;
    }

    private static EventJournal journal() {
        return new EventJournal(CODEC, 100_000);
    }

    static List<FeedEvent> events(EventJournal journal) throws Exception {
        List<FeedEvent> list = new ArrayList<>();
        for (byte[] line : journal.after(0, 100_000, 0)) {
            list.add(CODEC.decodeEvent(new String(line, StandardCharsets.UTF_8)));
        }
        return list;
    }

    /** Polls the journal until {@code done} holds (or the generous wait runs out), and returns its events. */
    static List<FeedEvent> await(EventJournal journal, Predicate<List<FeedEvent>> done) throws Exception {
        long end = System.nanoTime() + WAIT_MS * 1_000_000;
        List<FeedEvent> e = events(journal);
        while (!done.test(e) && System.nanoTime() < end) {
            Thread.sleep(25);
            e = events(journal);
        }
        return e;
    }

    private static List<AmiText.Block> fixture(String name) {
        return AmiText.events(AmiText.fixture(name));
    }

    private static void assertConsecutiveSeqs(List<FeedEvent> events, long first) {
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).seq()).isEqualTo(first + i);
        }
    }

    @Test
    void theAsterisk13CaptureComesOutAsOneAnsweredCall() throws Exception {
        List<AmiText.Block> capture = AmiText.events(AmiText.capture("asterisk13-queue-call.ami.txt"));
        EventJournal journal = journal();
        start(journal, dir.resolve("feed.ndjson"));
        assertThat(asterisk.awaitAction("QueueStatus", 1, WAIT_MS)).isTrue();
        asterisk.send(capture);
        List<FeedEvent> events = await(journal, e -> e.size() >= 8);
        assertConsecutiveSeqs(events, 1);
        AmiCapturesTest.assertTheAsterisk13Call(events);
    }

    @Test
    void anAbandonAndATimeoutAreToldApartThroughTheRealClient() throws Exception {
        EventJournal journal = journal();
        start(journal, dir.resolve("feed.ndjson"));
        assertThat(asterisk.awaitAction("QueueStatus", 1, WAIT_MS)).isTrue();
        List<AmiText.Block> all = new ArrayList<>(fixture("members.ami"));
        all.addAll(fixture("real-abandon.ami"));
        all.addAll(fixture("timeout-then-support.ami"));
        asterisk.send(all);
        List<FeedEvent> events = await(journal, e -> e.stream().filter(x -> x instanceof CallEntered).count() >= 3);
        assertThat(events).filteredOn(e -> e instanceof CallAbandoned).singleElement()
                .satisfies(e -> assertThat(((CallAbandoned) e).waitMs()).isEqualTo(8_000))
                .satisfies(e -> assertThat(((CallAbandoned) e).entryPosition()).isEqualTo(3));
        assertThat(events).filteredOn(e -> e instanceof CallOverflowed).singleElement()
                .satisfies(e -> assertThat(((CallOverflowed) e).reason()).isEqualTo(OverflowReason.TIMEOUT))
                .satisfies(e -> assertThat(((CallOverflowed) e).target()).isEqualTo("support"));
    }

    @Test
    void asterisk11EventsComeThroughTheRealClientToo() throws Exception {
        List<AmiText.Block> pauses = AmiText.events(AmiText.capture("xivo-agent_not_in_pause.yaml"));
        EventJournal journal = journal();
        AmiFeed feed = start(journal, dir.resolve("feed.ndjson"));
        assertThat(asterisk.awaitAction("QueueStatus", 1, WAIT_MS)).isTrue();
        asterisk.send(pauses);
        // Asterisk 11 names: Join and Leave, answered through AgentConnect's Holdtime
        asterisk.send(AmiText.events("""
                Event: Join
                Channel: SIP/trunk-0001
                CallerIDNum: 0655555555
                Queue: maisonvoyance-tous
                Position: 1
                Count: 1
                Uniqueid: 1413823999.42

                Event: Leave
                Channel: SIP/trunk-0001
                Queue: maisonvoyance-tous
                Count: 0
                Uniqueid: 1413823999.42

                Event: AgentConnect
                Queue: maisonvoyance-tous
                Uniqueid: 1413823999.42
                Channel: Local/id-12@agentcallback-0001;1
                Member: Local/id-12@agentcallback
                MemberName: Agent/999
                Holdtime: 7
                BridgedChannel: 1413824000.43
                Ringtime: 3
                """));
        List<FeedEvent> events = await(journal, e -> e.stream().anyMatch(x -> x.type() == EventType.CALL_ANSWERED));
        assertThat(events).filteredOn(e -> e instanceof AgentLoggedIn).extracting(e -> ((AgentLoggedIn) e).queues())
                .containsExactly(List.of("maisonvoyance-tous"), List.of("maisonvoyance-tous", "xxxxxxxxxxxx-tous"));
        assertThat(events).filteredOn(e -> e instanceof AgentStateChanged).extracting(e -> ((AgentStateChanged) e).state())
                .containsExactly(AgentState.NOT_READY, AgentState.ON_CALL, AgentState.READY, AgentState.ON_CALL);
        assertThat(events).filteredOn(e -> e.type() == EventType.CALL_ANSWERED).singleElement()
                .satisfies(e -> assertThat(((io.floorview.domain.event.FeedEvent.CallAnswered) e).waitMs())
                        .isEqualTo(7_000))
                .extracting(FeedEvent::agent).isEqualTo("Agent/999");
        assertThat(feed.pause("Agent/999", null, "lunch").done()).isTrue();
        assertThat(asterisk.actions()).filteredOn(a -> "QueuePause".equalsIgnoreCase(a.get("Action")))
                .singleElement().extracting(a -> a.get("Interface")).isEqualTo("Local/id-12@agentcallback");
    }

    @Test
    void theStatusAtConnectStartsTheFeedAndAReconnectResyncsWithoutDuplicates() throws Exception {
        asterisk.snapshot(() -> fixture("status-at-connect.ami"));
        EventJournal journal = journal();
        start(journal, dir.resolve("feed.ndjson"));
        List<FeedEvent> first = await(journal, e -> e.size() >= 6);
        assertThat(first).extracting(FeedEvent::type).containsExactly(EventType.QUEUE_CONFIGURED,
                EventType.AGENT_LOGGED_IN, EventType.AGENT_LOGGED_IN, EventType.AGENT_STATE, EventType.CALL_ENTERED,
                EventType.CALL_ENTERED);

        // while the connection is down, Fabio leaves the queue and Bruno's break ends
        asterisk.snapshot(() -> fixture("status-at-connect.ami").stream()
                .filter(b -> !(b.isEvent("QueueEntry") && "0644444444".equals(b.fields().get("CallerIDNum"))))
                .map(b -> {
                    if (!b.isEvent("QueueMember")) {
                        return b;
                    }
                    Map<String, String> f = new LinkedHashMap<>(b.fields());
                    f.put("Paused", "0");
                    return new AmiText.Block(f);
                }).toList());
        asterisk.drop();
        assertThat(asterisk.awaitLogins(2, WAIT_MS)).as("logged in again after the drop").isTrue();
        List<FeedEvent> all = await(journal, e -> e.size() >= 8);
        assertConsecutiveSeqs(all, 1);
        List<FeedEvent> after = all.subList(6, all.size());
        assertThat(after).extracting(FeedEvent::type)
                .containsExactly(EventType.AGENT_STATE, EventType.CALL_OVERFLOWED);
        assertThat((AgentStateChanged) after.get(0)).extracting(AgentStateChanged::agent, AgentStateChanged::state)
                .containsExactly("Bruno", AgentState.READY);
        assertThat(after.get(1).callId()).isEqualTo("1700000537.31");
    }

    @Test
    void aRestartedFeedServerGoesOnWithTheSameFeedAndTheNextSeq() throws Exception {
        asterisk.snapshot(() -> fixture("status-at-connect.ami"));
        Path file = dir.resolve("feed.ndjson");
        EventJournal firstJournal = journal();
        AmiFeed first = start(firstJournal, file);
        String feedId = first.feedId();
        assertThat(feedId).startsWith("ami:127.0.0.1:" + asterisk.port() + ":");
        await(firstJournal, e -> e.size() >= 6);
        first.close();

        EventJournal journal = journal();
        AmiFeed second = start(journal, file);
        assertThat(second.feedId()).isEqualTo(feedId);
        assertThat(journal.lastSeq()).as("serves what it said before the restart").isEqualTo(6);
        assertThat(asterisk.awaitAction("QueueStatus", 2, WAIT_MS)).isTrue();
        // a member who logs in now shows when the feed has taken in the whole status answer
        asterisk.send(AmiText.events("Event: QueueMemberAdded\nQueue: sales\nMemberName: Zoe\nInterface: PJSIP/409\n"
                + "Status: 1\nPaused: 0\n"));
        List<FeedEvent> events = await(journal, e -> e.size() >= 7);
        assertConsecutiveSeqs(events, 1);
        assertThat(events.subList(6, events.size())).as("nobody logged in twice, no caller entered twice")
                .singleElement().isInstanceOf(AgentLoggedIn.class).extracting(FeedEvent::agent).isEqualTo("Zoe");
        second.close();

        Files.delete(file);
        AmiFeed third = start(journal(), file);
        assertThat(third.feedId()).as("a lost journal is a new feed, never new meanings for old seqs")
                .isNotEqualTo(feedId);
    }

    @Test
    void pauseAndRemoveGoThroughTheFeedsConnectionAndSayWhyTheyFail() throws Exception {
        asterisk.snapshot(() -> fixture("status-at-connect.ami"));
        asterisk.answerActions(a -> "QueueRemove".equalsIgnoreCase(a.get("Action"))
                ? FakeAmiServer.error("Member not dynamic") : FakeAmiServer.ok("Interface paused successfully"));
        EventJournal journal = journal();
        AmiFeed feed = start(journal, dir.resolve("feed.ndjson"));
        await(journal, e -> e.size() >= 6);

        ActionResult paused = feed.pause("Anna", "sales", "coaching");
        assertThat(paused.done()).as(paused.message()).isTrue();
        Map<String, String> sent = asterisk.actions().stream()
                .filter(a -> "QueuePause".equalsIgnoreCase(a.get("Action"))).findFirst().orElseThrow();
        assertThat(sent).containsEntry("Interface", "PJSIP/401").containsEntry("Queue", "sales")
                .containsEntry("Reason", "coaching");
        assertThat(sent.get("Paused")).isIn("true", "1");

        ActionResult removed = feed.remove("Bruno", "sales");
        assertThat(removed.done()).isFalse();
        assertThat(removed.message()).contains("Bruno", "Member not dynamic");

        ActionResult unknown = feed.unpause("Zed", null);
        assertThat(unknown.done()).isFalse();
        assertThat(unknown.message()).contains("Zed");

        feed.close();
        ActionResult offline = feed.pause("Anna", null, "break");
        assertThat(offline.done()).isFalse();
        assertThat(offline.message()).contains("not connected");
    }

    @Test
    void supervisorsCommandsBecomeQueuePauseAndQueueRemoveForEveryQueue() throws Exception {
        asterisk.snapshot(() -> fixture("status-at-connect.ami"));
        asterisk.answerActions(a -> FakeAmiServer.ok("done"));
        EventJournal journal = journal();
        AmiFeed feed = start(journal, dir.resolve("feed.ndjson"));
        await(journal, e -> e.size() >= 6);
        var commands = new io.floorview.feed.server.QueueMemberCommandHandler(new AmiQueueMemberControl(feed),
                feed::stateOf);
        assertThat(feed.queuesOf("Anna")).isNotEmpty();

        var notReady = commands.execute(new io.floorview.feed.protocol.AgentCommand("c1",
                io.floorview.feed.protocol.CommandType.SET_NOT_READY, "Anna", "coaching", "maria"));
        assertThat(notReady.isAccepted()).as(String.valueOf(notReady)).isTrue();
        var logOut = commands.execute(new io.floorview.feed.protocol.AgentCommand("c2",
                io.floorview.feed.protocol.CommandType.LOG_OUT, "Anna", null, "maria"));
        assertThat(logOut.isAccepted()).as(String.valueOf(logOut)).isTrue();
        long removes = asterisk.actions().stream().filter(a -> "QueueRemove".equalsIgnoreCase(a.get("Action"))).count();
        assertThat(removes).as("one QueueRemove per queue Anna serves").isEqualTo(feed.queuesOf("Anna").size());

        var unknown = commands.execute(new io.floorview.feed.protocol.AgentCommand("c3",
                io.floorview.feed.protocol.CommandType.SET_READY, "Zed", null, "maria"));
        assertThat(unknown.isAccepted()).isFalse();
    }

    @Test
    void aRefusedLoginIsTriedAgainAndNothingIsPublished() throws Exception {
        EventJournal journal = journal();
        AmiFeed feed = new AmiFeed(endpoint("wrong"), journal, dir.resolve("feed.ndjson"), new Backoff(100, 400));
        feeds.add(feed);
        feed.start();
        assertThat(asterisk.awaitAction("Login", 2, WAIT_MS)).as("tried again").isTrue();
        assertThat(asterisk.logins()).isZero();
        assertThat(feed.connected()).isFalse();
        assertThat(journal.lastSeq()).isZero();
    }

    @Test
    void log4jIsNotOnTheClassPathTheseTestsRunOn() {
        // asterisk-java logs through SLF4J; Log4j is excluded in pom.xml and the tests above prove the source
        // works without it
        assertThatThrownBy(() -> Class.forName("org.apache.logging.log4j.core.LoggerContext"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.apache.logging.log4j.LogManager"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
