package io.floorview.domain.kpi;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import java.util.List;

/** Tells two tallies the same facts, so that one accounting feeds the live floor and the rollups. */
final class BothTallies implements Tally {

    private final Tally a;
    private final Tally b;

    BothTallies(Tally a, Tally b) {
        this.a = a;
        this.b = b;
    }

    @Override
    public void offered(String queue, long entryMs) {
        a.offered(queue, entryMs);
        b.offered(queue, entryMs);
    }

    @Override
    public void answered(String queue, long entryMs, long waitMs) {
        a.answered(queue, entryMs, waitMs);
        b.answered(queue, entryMs, waitMs);
    }

    @Override
    public void answeredBy(String agent, String queue, long ts, long waitMs) {
        a.answeredBy(agent, queue, ts, waitMs);
        b.answeredBy(agent, queue, ts, waitMs);
    }

    @Override
    public void abandoned(String queue, long entryMs, long waitMs, AbandonedCall call) {
        a.abandoned(queue, entryMs, waitMs, call);
        b.abandoned(queue, entryMs, waitMs, call);
    }

    @Override
    public void overflowed(String queue, long entryMs, OverflowReason reason, long waitMs, OverflowedCall call) {
        a.overflowed(queue, entryMs, reason, waitMs, call);
        b.overflowed(queue, entryMs, reason, waitMs, call);
    }

    @Override
    public void rejected(String queue, long ts, RejectReason reason) {
        a.rejected(queue, ts, reason);
        b.rejected(queue, ts, reason);
    }

    @Override
    public void transferred(String queue, String agent, long ts) {
        a.transferred(queue, agent, ts);
        b.transferred(queue, agent, ts);
    }

    @Override
    public void handled(String queue, String agent, long ts, long talkMs, long holdMs, long wrapMs) {
        a.handled(queue, agent, ts, talkMs, holdMs, wrapMs);
        b.handled(queue, agent, ts, talkMs, holdMs, wrapMs);
    }

    @Override
    public void hungUp(String queue, String agent, long ts, HangupParty by) {
        a.hungUp(queue, agent, ts, by);
        b.hungUp(queue, agent, ts, by);
    }

    @Override
    public void ringNoAnswer(String queue, String agent, long ts) {
        a.ringNoAnswer(queue, agent, ts);
        b.ringNoAnswer(queue, agent, ts);
    }

    @Override
    public void agentTime(String agent, List<String> queues, AgentState state, String reason, long fromMs, long toMs) {
        a.agentTime(agent, queues, state, reason, fromMs, toMs);
        b.agentTime(agent, queues, state, reason, fromMs, toMs);
    }
}
