package io.floorview.feed.sim;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedIn;
import io.floorview.domain.event.FeedEvent.AgentLoggedOut;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.CallAbandoned;
import io.floorview.domain.event.FeedEvent.CallAnswered;
import io.floorview.domain.event.FeedEvent.CallEnded;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.CallOverflowed;
import io.floorview.domain.event.FeedEvent.CallRejected;
import io.floorview.domain.event.FeedEvent.CallTransferred;
import io.floorview.domain.event.FeedEvent.QueueConfigured;
import io.floorview.domain.event.FeedEvent.RecordingAvailable;
import io.floorview.domain.event.FeedEvent.RingNoAnswer;
import io.floorview.domain.event.FeedEvent.SiteConfigured;
import io.floorview.domain.event.FeedEvent.WrapUpEnded;
import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * Turns what happens on the simulated floor into feed events, numbered 1, 2, 3 … at the simulated time.
 * Events wait here until handed over, so a consumer that fails loses nothing: the next hand-over starts
 * with the event it failed on.
 */
final class FeedWriter {

    private final Scheduler clock;
    private final ArrayDeque<FeedEvent> pending = new ArrayDeque<>();
    private long seq;
    private long delivered;

    FeedWriter(Scheduler clock) {
        this.clock = clock;
    }

    /** The sequence number of the last event handed over, 0 before the first. */
    long lastSeq() {
        return delivered;
    }

    void drainTo(Consumer<FeedEvent> out) {
        while (!pending.isEmpty()) {
            FeedEvent e = pending.peek();
            out.accept(e);
            pending.poll();
            delivered = e.seq();
        }
    }

    private long now() {
        return clock.now();
    }

    void site(SimulatorConfig c) {
        pending.add(new SiteConfigured(++seq, now(), c.site(), c.lines(), c.zone().getId()));
    }

    void queue(QueueSpec q) {
        pending.add(new QueueConfigured(++seq, now(), q.id(), q.name(), q.slThresholdSec(), q.slTargetPercent()));
    }

    void entered(SimCall c) {
        pending.add(new CallEntered(++seq, now(), c.id, c.queue.id(), c.caller, c.entryPosition));
    }

    void rejected(SimCall c, QueueSpec q, RejectReason reason) {
        pending.add(new CallRejected(++seq, now(), c.id, q.id(), c.caller, reason));
    }

    void answered(SimCall c, SimAgent a) {
        pending.add(new CallAnswered(++seq, now(), c.id, c.queue.id(), a.id(), c.waitedMs(now())));
    }

    void abandoned(SimCall c, int position) {
        pending.add(new CallAbandoned(++seq, now(), c.id, c.queue.id(), c.waitedMs(now()), position,
                c.entryPosition));
    }

    void overflowed(SimCall c, OverflowReason reason, int position, QueueSpec target) {
        pending.add(new CallOverflowed(++seq, now(), c.id, c.queue.id(), reason, c.waitedMs(now()), position,
                target == null ? null : target.id()));
    }

    void transferred(SimCall c, SimAgent a, QueueSpec target) {
        pending.add(new CallTransferred(++seq, now(), c.id, c.queue.id(), a.id(), target.id(), c.attendedTransfer));
    }

    void ended(SimCall c, SimAgent a, HangupParty by) {
        pending.add(new CallEnded(++seq, now(), c.id, c.queue.id(), a.id(), c.talkMs, c.holdMs, by));
    }

    void wrapUpEnded(SimCall c, QueueSpec q, SimAgent a, long wrapMs) {
        pending.add(new WrapUpEnded(++seq, now(), c.id, q.id(), a.id(), wrapMs));
    }

    void ringNoAnswer(SimCall c, SimAgent a, long ringMs) {
        pending.add(new RingNoAnswer(++seq, now(), c.id, c.queue.id(), a.id(), ringMs));
    }

    void recording(SimCall c) {
        pending.add(new RecordingAvailable(++seq, now(), c.id, "sim://recordings/" + c.id + ".wav",
                c.talkTotalMs + c.holdTotalMs));
    }

    void loggedIn(SimAgent a) {
        AgentProfile p = a.profile;
        pending.add(new AgentLoggedIn(++seq, now(), p.id(), p.name(), p.team(), p.queueIds()));
    }

    /** @param commandId the supervisor's command the logout results from, or {@code null} */
    void loggedOut(SimAgent a, String commandId) {
        a.reported = AgentState.LOGGED_OUT;
        a.reportedReason = null;
        pending.add(new AgentLoggedOut(++seq, now(), a.id(), commandId));
    }

    /** Reports the agent's state, unless the feed already shows exactly that. */
    void state(SimAgent a, AgentState state, String reason, SimCall call) {
        state(a, state, reason, call, null);
    }

    /**
     * Reports the agent's state, unless the feed already shows exactly that and no supervisor's command
     * ({@code commandId}) asked for it.
     */
    void state(SimAgent a, AgentState state, String reason, SimCall call, String commandId) {
        String callId = call == null ? null : call.id;
        boolean same = a.reported == state && java.util.Objects.equals(a.reportedReason, reason)
                && (state != AgentState.ON_CALL && state != AgentState.WRAP_UP);
        if (same && commandId == null) {
            return;
        }
        a.reported = state;
        a.reportedReason = reason;
        pending.add(new AgentStateChanged(++seq, now(), a.id(), state, reason, callId, commandId));
    }
}
