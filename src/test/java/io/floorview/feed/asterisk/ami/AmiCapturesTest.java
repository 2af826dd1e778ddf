package io.floorview.feed.asterisk.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.EventType;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedIn;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.CallAnswered;
import io.floorview.domain.event.FeedEvent.CallEnded;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.QueueConfigured;
import io.floorview.domain.event.FeedEvent.WrapUpEnded;
import io.floorview.domain.event.HangupParty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapping checked against real AMI captures from ../shared/data/ami (skipped where they are absent). */
class AmiCapturesTest {

    private final List<FeedEvent> out = new ArrayList<>();
    private final AmiMapper mapper = new AmiMapper(out::add, q -> 0);
    private long now = 1_514_295_800_000L;

    private void replay(String capture) {
        for (AmiText.Block b : AmiText.events(AmiText.capture(capture))) {
            now += 10;
            mapper.on(b.message(now));
        }
        mapper.tick(now + CallTracker.GRACE_MS + 1);
    }

    /** Asterisk 13: Eugene (123) calls queue Q1, SIP/777 answers after 9 s, they talk 3 s, the caller hangs up. */
    static void assertTheAsterisk13Call(List<FeedEvent> events) {
        assertThat(events).extracting(FeedEvent::type).containsExactly(
                EventType.AGENT_LOGGED_IN,   // QueueMemberStatus: SIP/777 serves Q1, not in use
                EventType.CALL_ENTERED,      // QueueCallerJoin
                EventType.AGENT_STATE,       // QueueMemberStatus: the phone is in use (answering)
                EventType.CALL_ANSWERED,     // QueueCallerLeave, then AgentConnect
                EventType.AGENT_STATE,       // on the call
                EventType.CALL_ENDED,        // AgentComplete, Reason: caller
                EventType.WRAPUP_ENDED,      // no wrap-up time known
                EventType.AGENT_STATE);      // ready again
        assertThat((AgentLoggedIn) events.get(0)).extracting(AgentLoggedIn::agent, AgentLoggedIn::queues)
                .containsExactly("SIP/777", List.of("Q1"));
        CallEntered entered = (CallEntered) events.get(1);
        assertThat(entered).extracting(CallEntered::callId, CallEntered::queue, CallEntered::caller,
                CallEntered::position).containsExactly("1514295827.372", "Q1", "123", 1);
        CallAnswered answered = (CallAnswered) events.get(3);
        assertThat(answered).extracting(CallAnswered::callId, CallAnswered::queue, CallAnswered::agent,
                CallAnswered::waitMs).containsExactly("1514295827.372", "Q1", "SIP/777", 9_000L);
        assertThat(events.subList(2, 8)).filteredOn(e -> e instanceof AgentStateChanged)
                .extracting(e -> ((AgentStateChanged) e).state(), e -> ((AgentStateChanged) e).callId())
                .containsExactly(tuple(AgentState.ON_CALL, null), tuple(AgentState.ON_CALL, "1514295827.372"),
                        tuple(AgentState.READY, null));
        CallEnded ended = (CallEnded) events.get(5);
        assertThat(ended).extracting(CallEnded::callId, CallEnded::agent, CallEnded::talkMs, CallEnded::hungUpBy)
                .containsExactly("1514295827.372", "SIP/777", 3_000L, HangupParty.CALLER);
        assertThat(((WrapUpEnded) events.get(6)).wrapMs()).isZero();
    }

    @Test
    void asterisk13OneCallThroughQ1() {
        replay("asterisk13-queue-call.ami.txt");
        assertTheAsterisk13Call(out);
    }

    @Test
    void asterisk11QueueStatusAnswerIsTheStartingState() {
        mapper.beginSync();
        for (AmiText.Block b : AmiText.events(AmiText.capture("xivo-queue_status.yaml"))) {
            mapper.on(b.message(now += 10));
        }
        List<FeedEvent> events = List.copyOf(out);
        assertThat(events.get(0)).isInstanceOf(QueueConfigured.class);
        assertThat(events).filteredOn(e -> e instanceof AgentLoggedIn).extracting(FeedEvent::agent)
                .containsExactly("Agent/220", "Agent/213", "Agent/859", "Agent/214", "Agent/333", "Agent/999");
        assertThat(events).filteredOn(e -> e instanceof AgentStateChanged)
                .extracting(FeedEvent::agent, e -> ((AgentStateChanged) e).state())
                .containsExactly(tuple("Agent/999", AgentState.NOT_READY));
        assertThat(mapper.interfaceOf("Agent/220")).contains("Local/id-9@agentcallback");
        out.clear();
        mapper.on(new AmiMessage("QueueStatusComplete", Map.of(), now += 10));
        assertThat(out).as("everything listed is confirmed").isEmpty();
    }

    @Test
    void asterisk11AgentLoginThroughAgentCallback() {
        replay("xivo-agent_loggued_in.yaml");
        assertThat(out).filteredOn(e -> e instanceof AgentLoggedIn)
                .extracting(FeedEvent::agent, e -> ((AgentLoggedIn) e).queues())
                .containsExactly(tuple("Agent/401", List.of("general_queue")),
                        tuple("Agent/402", List.of("general_queue")));
        assertThat(out).filteredOn(e -> e instanceof AgentStateChanged && e.agent().equals("Agent/402"))
                .extracting(e -> ((AgentStateChanged) e).state())
                .as("busy dialling the login code, then ready").containsExactly(AgentState.ON_CALL, AgentState.READY);
    }

    @Test
    void asterisk11PauseEndsWithQueueMemberPaused() {
        replay("xivo-agent_not_in_pause.yaml");
        assertThat(out).filteredOn(e -> e instanceof AgentLoggedIn)
                .extracting(e -> ((AgentLoggedIn) e).queues())
                .containsExactly(List.of("maisonvoyance-tous"), List.of("maisonvoyance-tous", "xxxxxxxxxxxx-tous"));
        assertThat(out).filteredOn(e -> e instanceof AgentStateChanged)
                .extracting(e -> ((AgentStateChanged) e).state())
                .containsExactly(AgentState.NOT_READY, AgentState.ON_CALL, AgentState.READY);
    }

    @Test
    void callsWithoutQueuesMoveNothing() {
        replay("xivo-originate_with_events.yaml");
        assertThat(out).isEmpty();
    }
}
