package io.floorview.feed.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedIn;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.CallAnswered;
import io.floorview.domain.event.FeedEvent.CallEnded;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.WrapUpEnded;
import io.floorview.domain.event.HangupParty;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariant checker the simulator tests rely on must itself catch broken feeds. */
class FeedCheckerTest {

    /** A well-formed call: login, entry, answer, end, wrap-up, ready again. */
    private static List<FeedEvent> goodCall() {
        return new ArrayList<>(List.of(
                new AgentLoggedIn(1, 1000, "a1", "Ann Lee", "Team North", List.of("sales")),
                new AgentStateChanged(2, 1000, "a1", AgentState.READY, null, null),
                new CallEntered(3, 2000, "c1", "sales", "+1", 1),
                new CallAnswered(4, 5000, "c1", "sales", "a1", 3000),
                new AgentStateChanged(5, 5000, "a1", AgentState.ON_CALL, null, "c1"),
                new CallEnded(6, 65000, "c1", "sales", "a1", 60000, 0, HangupParty.CALLER),
                new AgentStateChanged(7, 65000, "a1", AgentState.WRAP_UP, null, "c1"),
                new WrapUpEnded(8, 95000, "c1", "sales", "a1", 30000),
                new AgentStateChanged(9, 95000, "a1", AgentState.READY, null, null)));
    }

    @Test
    void acceptsAConsistentFeed() {
        assertThat(FeedChecker.check(goodCall(), 1)).isEmpty();
    }

    @Test
    void catchesABreakInTheMiddleOfACall() {
        List<FeedEvent> events = goodCall();
        events.add(6, new AgentStateChanged(7, 65000, "a1", AgentState.NOT_READY, "break", null));
        renumber(events);
        assertThat(FeedChecker.check(events, 1)).anyMatch(p -> p.contains("in the middle of call"));
    }

    @Test
    void catchesMoreCallsThanLines() {
        List<FeedEvent> events = goodCall();
        events.add(3, new CallEntered(0, 2500, "c2", "sales", "+2", 2));
        renumber(events);
        assertThat(FeedChecker.check(events, 1)).anyMatch(p -> p.contains("calls on 1 lines"));
    }

    @Test
    void catchesAnAgentOnTwoCalls() {
        List<FeedEvent> events = goodCall();
        events.add(5, new CallEntered(0, 5000, "c2", "sales", "+2", 1));
        events.add(6, new CallAnswered(0, 6000, "c2", "sales", "a1", 1000));
        renumber(events);
        assertThat(FeedChecker.check(events, 5)).anyMatch(p -> p.contains("already on a call"));
    }

    @Test
    void catchesAWrongWaitAGapInSeqAndTimeGoingBack() {
        List<FeedEvent> events = goodCall();
        events.set(3, new CallAnswered(4, 5000, "c1", "sales", "a1", 2999));
        assertThat(FeedChecker.check(events, 1)).anyMatch(p -> p.startsWith("waitMs"));

        List<FeedEvent> gap = goodCall();
        gap.remove(8);
        assertThat(FeedChecker.check(gap, 1)).isEmpty();
        gap.remove(0);
        assertThat(FeedChecker.check(gap, 1)).anyMatch(p -> p.startsWith("seq should be 1"));

        List<FeedEvent> back = goodCall();
        back.set(2, new CallEntered(3, 500, "c1", "sales", "+1", 1));
        assertThat(FeedChecker.check(back, 1)).anyMatch(p -> p.startsWith("time went back"));
    }

    @Test
    void catchesAnAnswerWithoutEntry() {
        List<FeedEvent> events = goodCall();
        events.remove(2);
        renumber(events);
        assertThat(FeedChecker.check(events, 1)).anyMatch(p -> p.startsWith("answered a call not waiting"));
    }

    private static void renumber(List<FeedEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            events.set(i, events.get(i).withSeq(i + 1));
        }
    }
}
