package io.floorview.feed.asterisk.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.EventType;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedIn;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.CallAbandoned;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.CallOverflowed;
import io.floorview.domain.event.FeedEvent.QueueConfigured;
import io.floorview.domain.event.OverflowReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapping of AMI events onto the feed, on this project's fixtures (no network). */
class AmiMapperTest {

    private final List<FeedEvent> out = new ArrayList<>();
    private AmiMapper mapper = new AmiMapper(out::add, q -> 0);
    private long now = 1_700_000_000_000L;

    private void feed(String fixture) {
        for (AmiText.Block b : AmiText.events(AmiText.fixture(fixture))) {
            now += 100;
            mapper.on(b.message(now));
        }
    }

    private void complete() {
        now += 100;
        mapper.on(new AmiMessage("QueueStatusComplete", Map.of(), now));
    }

    private List<FeedEvent> drain() {
        List<FeedEvent> copy = List.copyOf(out);
        out.clear();
        return copy;
    }

    private static List<EventType> types(List<FeedEvent> events) {
        return events.stream().map(FeedEvent::type).toList();
    }

    @Test
    void aTimeoutThatAsteriskReportsAsAnAbandonOverflowsToTheNextQueue() {
        feed("members.ami");
        drain();
        feed("timeout-then-support.ami");
        List<FeedEvent> events = drain();
        assertThat(types(events)).containsExactly(EventType.CALL_ENTERED, EventType.CALL_OVERFLOWED,
                EventType.CALL_ENTERED);
        CallOverflowed o = (CallOverflowed) events.get(1);
        assertThat(o.queue()).isEqualTo("sales");
        assertThat(o.reason()).isEqualTo(OverflowReason.TIMEOUT);
        assertThat(o.waitMs()).isEqualTo(30_000);
        assertThat(o.position()).isEqualTo(1);
        assertThat(o.target()).isEqualTo("support");
        assertThat(((CallEntered) events.get(2)).queue()).isEqualTo("support");
    }

    @Test
    void withoutDialplanEventsATimeoutIsStillNoAbandonOnceTheGraceRunsOut() {
        feed("members.ami");
        drain();
        feed("timeout-no-dialplan.ami");
        assertThat(types(drain())).containsExactly(EventType.CALL_ENTERED);
        mapper.tick(now + 1_000);
        assertThat(out).as("the exit waits for what would tell it apart").isEmpty();
        mapper.tick(now + CallTracker.GRACE_MS + 1);
        List<FeedEvent> events = drain();
        assertThat(events).singleElement().isInstanceOf(CallOverflowed.class);
        CallOverflowed o = (CallOverflowed) events.get(0);
        assertThat(o.reason()).isEqualTo(OverflowReason.TIMEOUT);
        assertThat(o.waitMs()).isEqualTo(45_000);
        assertThat(o.target()).isNull();
    }

    @Test
    void aQueueThatEmptiedSendsItsCallerOutAsOverflowNotAsAbandon() {
        feed("exit-empty.ami");
        List<FeedEvent> events = drain();
        assertThat(types(events)).containsExactly(EventType.AGENT_LOGGED_IN, EventType.CALL_ENTERED,
                EventType.AGENT_STATE, EventType.CALL_OVERFLOWED);
        assertThat((AgentStateChanged) events.get(2)).extracting(AgentStateChanged::state, AgentStateChanged::reason)
                .containsExactly(AgentState.NOT_READY, "meeting");
        CallOverflowed o = (CallOverflowed) events.get(3);
        assertThat(o.reason()).isEqualTo(OverflowReason.EMPTY);
        assertThat(o.waitMs()).isEqualTo(12_000);
        assertThat(o.target()).isNull();
    }

    @Test
    void aCallerWhoHangsUpIsAnAbandonWithPositionsAndWait() {
        feed("real-abandon.ami");
        List<FeedEvent> events = drain();
        assertThat(types(events)).containsExactly(EventType.CALL_ENTERED, EventType.CALL_ABANDONED);
        CallAbandoned a = (CallAbandoned) events.get(1);
        assertThat(a.callId()).isEqualTo("1700000400.19");
        assertThat(a.queue()).isEqualTo("sales");
        assertThat(a.waitMs()).isEqualTo(8_000);
        assertThat(a.position()).isEqualTo(2);
        assertThat(a.entryPosition()).isEqualTo(3);
    }

    @Test
    void aPauseWithAReasonIsNotReadyForThatReasonUntilTheAgentComesBack() {
        feed("members.ami");
        drain();
        feed("pause-with-reason.ami");
        assertThat(drain()).extracting(e -> ((AgentStateChanged) e).agent(), e -> ((AgentStateChanged) e).state(),
                e -> ((AgentStateChanged) e).reason())
                .containsExactly(tuple("Anna", AgentState.NOT_READY, "lunch"), tuple("Anna", AgentState.READY, null));
    }

    @Test
    void queuesAccumulatePerMemberAndTheLastRemovalLogsTheAgentOut() {
        feed("member-removed.ami");
        List<FeedEvent> events = drain();
        assertThat(types(events)).containsExactly(EventType.AGENT_LOGGED_IN, EventType.AGENT_LOGGED_IN,
                EventType.AGENT_LOGGED_IN, EventType.AGENT_LOGGED_OUT);
        assertThat(((AgentLoggedIn) events.get(0)).queues()).containsExactly("sales");
        assertThat(((AgentLoggedIn) events.get(1)).queues()).containsExactly("sales", "support");
        assertThat(((AgentLoggedIn) events.get(2)).queues()).containsExactly("support");
        assertThat(events.get(3).agent()).isEqualTo("Dario");
    }

    @Test
    void theStatusAtConnectGivesQueuesAgentsAndWaitingCallersWithTheirWait() {
        mapper.beginSync();
        feed("status-at-connect.ami");
        long received = now;
        complete();
        List<FeedEvent> events = drain();
        assertThat(types(events)).containsExactly(EventType.QUEUE_CONFIGURED, EventType.AGENT_LOGGED_IN,
                EventType.AGENT_LOGGED_IN, EventType.AGENT_STATE, EventType.CALL_ENTERED, EventType.CALL_ENTERED);
        assertThat((QueueConfigured) events.get(0)).extracting(QueueConfigured::queue, QueueConfigured::slThresholdSec)
                .containsExactly("sales", 20);
        assertThat(events.get(2).agent()).isEqualTo("Bruno");
        assertThat((AgentStateChanged) events.get(3)).extracting(AgentStateChanged::state, AgentStateChanged::reason)
                .containsExactly(AgentState.NOT_READY, "break");
        CallEntered eva = (CallEntered) events.get(4);
        assertThat(eva.callId()).isEqualTo("1700000500.30");
        assertThat(eva.caller()).isEqualTo("0633333333");
        assertThat(eva.position()).isEqualTo(1);
        assertThat(received - 100 - eva.ts()).as("entered as long ago as Asterisk says it waited").isEqualTo(42_000);
    }

    @Test
    void aResyncEmitsOnlyWhatChangedAndClosesCallersThatLeftUnseen() {
        mapper.beginSync();
        feed("status-at-connect.ami");
        complete();
        drain();
        // the connection drops; meanwhile Fabio leaves, Bruno's break ends and Anna logs off
        List<AmiText.Block> second = new ArrayList<>();
        for (AmiText.Block b : AmiText.events(AmiText.fixture("status-at-connect.ami"))) {
            if (b.isEvent("QueueMember") && b.fields().get("Name").equals("Anna")
                    || b.isEvent("QueueEntry") && b.fields().get("CallerIDNum").equals("0644444444")) {
                continue;
            }
            if (b.isEvent("QueueMember")) {
                var f = new java.util.LinkedHashMap<>(b.fields());
                f.put("Paused", "0");
                b = new AmiText.Block(f);
            }
            second.add(b);
        }
        mapper.beginSync();
        for (AmiText.Block b : second) {
            mapper.on(b.message(now += 100));
        }
        complete();
        List<FeedEvent> events = drain();
        assertThat(events).noneMatch(e -> e instanceof AgentLoggedIn).noneMatch(e -> e instanceof CallEntered)
                .noneMatch(e -> e instanceof QueueConfigured);
        assertThat(types(events)).containsExactly(EventType.AGENT_STATE, EventType.AGENT_LOGGED_OUT,
                EventType.CALL_OVERFLOWED);
        assertThat((AgentStateChanged) events.get(0)).extracting(AgentStateChanged::agent, AgentStateChanged::state)
                .containsExactly("Bruno", AgentState.READY);
        assertThat(events.get(1).agent()).isEqualTo("Anna");
        CallOverflowed gone = (CallOverflowed) events.get(2);
        assertThat(gone.callId()).isEqualTo("1700000537.31");
        assertThat(gone.reason()).isEqualTo(OverflowReason.TRANSFERRED);
        assertThat(gone.target()).isNull();
    }

    @Test
    void aFeedRestoredFromItsJournalLogsNobodyInTwice() {
        mapper.beginSync();
        feed("status-at-connect.ami");
        complete();
        List<FeedEvent> said = drain();
        mapper = new AmiMapper(out::add, q -> 0);
        said.forEach(mapper::restore);
        mapper.beginSync();
        feed("status-at-connect.ami");
        complete();
        assertThat(drain()).as("the same state again says nothing new").isEmpty();
    }

    @Test
    void afterCallWorkLastsTheQueuesWrapUpTimeThenTheAgentIsReady() {
        mapper = new AmiMapper(out::add, q -> 30);
        feed("members.ami");
        AmiMessage join = msg("QueueCallerJoin", "Uniqueid", "c1", "Queue", "sales", "Position", "1");
        mapper.on(join);
        mapper.on(msg("QueueCallerLeave", "Uniqueid", "c1", "Queue", "sales", "Position", "1"));
        mapper.on(msg("AgentConnect", "Uniqueid", "c1", "Queue", "sales", "MemberName", "Anna",
                "Interface", "PJSIP/401", "HoldTime", "4", "RingTime", "2"));
        drain();
        mapper.on(msg("AgentComplete", "Uniqueid", "c1", "Queue", "sales", "MemberName", "Anna",
                "Interface", "PJSIP/401", "HoldTime", "4", "TalkTime", "60", "Reason", "agent"));
        long completedAt = now;
        assertThat(types(drain())).containsExactly(EventType.CALL_ENDED, EventType.AGENT_STATE);
        mapper.tick(completedAt + 29_000);
        assertThat(out).isEmpty();
        mapper.tick(completedAt + 30_000);
        List<FeedEvent> events = drain();
        assertThat(types(events)).containsExactly(EventType.WRAPUP_ENDED, EventType.AGENT_STATE);
        assertThat(((FeedEvent.WrapUpEnded) events.get(0)).wrapMs()).isEqualTo(30_000);
        assertThat(((AgentStateChanged) events.get(1)).state()).isEqualTo(AgentState.READY);
    }

    @Test
    void channelNoiseMovesNothing() {
        mapper.on(msg("Newchannel", "Channel", "PJSIP/x-1", "Uniqueid", "n1"));
        mapper.on(msg("VarSet", "Uniqueid", "n1", "Variable", "SIPCALLID", "Value", "abc"));
        mapper.on(msg("Newexten", "Uniqueid", "n1", "Application", "Dial"));
        mapper.on(msg("AgentCalled", "Uniqueid", "n1", "Queue", "sales", "MemberName", "Anna"));
        mapper.on(msg("RTCPSent", "Channel", "PJSIP/x-1"));
        assertThat(out).isEmpty();
    }

    private AmiMessage msg(String name, String... kv) {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            f.put(kv[i], kv[i + 1]);
        }
        now += 100;
        return new AmiMessage(name, f, now);
    }
}
