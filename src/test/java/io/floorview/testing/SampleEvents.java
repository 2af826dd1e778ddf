package io.floorview.testing;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedIn;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.CallAbandoned;
import io.floorview.domain.event.FeedEvent.CallAnswered;
import io.floorview.domain.event.FeedEvent.CallEnded;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.WrapUpEnded;
import io.floorview.domain.event.HangupParty;
import java.util.ArrayList;
import java.util.List;

/** A small, fully predictable stream of events for tests of the plumbing (not of the simulator). */
public final class SampleEvents {

    private SampleEvents() {
    }

    /**
     * {@code calls} calls, one every 30 s from {@code startMs} into queue "sales": every fourth abandons after
     * 40 s, the others are answered by agent a1 after 10 s, talk 60 s, wrap 5 s. Agent a1 logs in first.
     */
    public static List<FeedEvent> calls(long startMs, int calls) {
        List<FeedEvent> out = new ArrayList<>();
        long seq = 0;
        out.add(new AgentLoggedIn(++seq, startMs, "a1", "Anna", "North", List.of("sales")));
        for (int i = 0; i < calls; i++) {
            long t = startMs + 1000 + i * 30_000L;
            String id = "c" + i;
            out.add(new CallEntered(++seq, t, id, "sales", "+3900" + i, 1));
            if (i % 4 == 3) {
                out.add(new CallAbandoned(++seq, t + 40_000, id, "sales", 40_000, 1, 1));
            } else {
                out.add(new CallAnswered(++seq, t + 10_000, id, "sales", "a1", 10_000));
                out.add(new AgentStateChanged(++seq, t + 10_000, "a1", AgentState.ON_CALL, null, id));
                out.add(new CallEnded(++seq, t + 70_000, id, "sales", "a1", 60_000, 0, HangupParty.CALLER));
                out.add(new AgentStateChanged(++seq, t + 70_000, "a1", AgentState.WRAP_UP, null, id));
                out.add(new WrapUpEnded(++seq, t + 75_000, id, "sales", "a1", 5_000));
                out.add(new AgentStateChanged(++seq, t + 75_000, "a1", AgentState.READY, null, null));
            }
        }
        out.sort(java.util.Comparator.comparingLong(FeedEvent::ts).thenComparingLong(FeedEvent::seq));
        List<FeedEvent> renumbered = new ArrayList<>(out.size());
        long s = 0;
        for (FeedEvent e : out) {
            renumbered.add(e.withSeq(++s));
        }
        return renumbered;
    }
}
