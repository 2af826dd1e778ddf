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
import io.floorview.domain.event.FeedEvent.RecordingAvailable;
import io.floorview.domain.event.FeedEvent.RingNoAnswer;
import io.floorview.domain.event.FeedEvent.WrapUpEnded;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Replays a feed and records every way it is inconsistent: gaps in seq, time going back, a call whose life
 * is out of order, more calls on lines than the site has, an agent on two calls or on a break mid-call.
 */
final class FeedChecker {

    private static final Set<String> REASONS = Set.of("break", "lunch", "meeting", "training", "coaching", "missed");

    private enum Phase { WAITING, CONNECTED, TRANSFERRING, MOVING, DONE }

    private static final class Call {
        Phase phase;
        String queue;
        long enteredTs;
        int entryPosition;
        String agent;
        long answeredTs;
        long endedTs;
        String target;
        long talkHoldTotal;
        boolean answered;
        boolean recordingSeen;
    }

    private static final class Agent {
        boolean loggedIn;
        AgentState state = AgentState.LOGGED_OUT;
        List<String> queues = List.of();
        /** The call on the phone or in wrap-up. */
        String callId;
        boolean callEnded;
        long callEndedTs;
        boolean mustPauseAfterMiss;
    }

    private final int lines;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Call> calls = new HashMap<>();
    private final Map<String, Agent> agents = new HashMap<>();
    private final Map<String, List<String>> waiting = new HashMap<>();
    private long lastSeq;
    private long lastTs = Long.MIN_VALUE;
    private int onLines;
    private int maxOnLines;

    FeedChecker(int lines) {
        this.lines = lines;
    }

    static List<String> check(List<FeedEvent> events, int lines) {
        FeedChecker c = new FeedChecker(lines);
        events.forEach(c::accept);
        return c.problems;
    }

    List<String> problems() {
        return problems;
    }

    int maxOnLines() {
        return maxOnLines;
    }

    void accept(FeedEvent e) {
        expect(e.seq() == lastSeq + 1, e, "seq should be " + (lastSeq + 1));
        expect(e.ts() >= lastTs, e, "time went back from " + lastTs);
        lastSeq = e.seq();
        lastTs = e.ts();
        switch (e.type()) {
            case CALL_ENTERED -> entered((CallEntered) e);
            case CALL_REJECTED -> {
                CallRejected r = (CallRejected) e;
                expect(!calls.containsKey(r.callId()), e, "rejected call id already used");
                Call c = new Call();
                c.phase = Phase.DONE;
                calls.put(r.callId(), c);
            }
            case CALL_ANSWERED -> answered((CallAnswered) e);
            case CALL_ABANDONED -> {
                CallAbandoned a = (CallAbandoned) e;
                Call c = leaveQueue(e, a.queue(), a.waitMs(), a.position());
                if (c != null) {
                    expect(a.entryPosition() == c.entryPosition, e, "entry position " + c.entryPosition);
                    c.phase = Phase.DONE;
                    onLines--;
                }
            }
            case CALL_OVERFLOWED -> {
                CallOverflowed o = (CallOverflowed) e;
                Call c = leaveQueue(e, o.queue(), o.waitMs(), o.position());
                if (c != null) {
                    expect(!o.queue().equals(o.target()), e, "overflow into the same queue");
                    c.target = o.target();
                    c.phase = o.target() == null ? Phase.DONE : Phase.MOVING;
                    if (o.target() == null) {
                        onLines--;
                    }
                }
            }
            case CALL_TRANSFERRED -> {
                CallTransferred t = (CallTransferred) e;
                Call c = calls.get(t.callId());
                if (expect(c != null && c.phase == Phase.CONNECTED && t.agent().equals(c.agent), e,
                        "transfer of a call not connected to this agent")) {
                    c.phase = Phase.TRANSFERRING;
                    c.target = t.target();
                }
            }
            case CALL_ENDED -> ended((CallEnded) e);
            case WRAPUP_ENDED -> {
                WrapUpEnded w = (WrapUpEnded) e;
                Agent a = agents.get(w.agent());
                if (expect(a != null && a.state == AgentState.WRAP_UP && w.callId().equals(a.callId), e,
                        "wrap-up end of an agent not in wrap-up of this call")) {
                    expect(w.wrapMs() == w.ts() - a.callEndedTs && w.wrapMs() > 0, e, "wrapMs");
                    a.callId = null;
                }
            }
            case RING_NO_ANSWER -> {
                RingNoAnswer r = (RingNoAnswer) e;
                Agent a = agents.get(r.agent());
                Call c = calls.get(r.callId());
                expect(a != null && a.loggedIn && a.state == AgentState.READY, e, "missed ring of an agent not ready");
                expect(c != null && c.phase == Phase.WAITING && c.queue.equals(r.queue()), e, "missed ring of a call not waiting");
                if (a != null) {
                    a.mustPauseAfterMiss = true;
                }
            }
            case AGENT_LOGGED_IN -> {
                AgentLoggedIn l = (AgentLoggedIn) e;
                Agent a = agents.computeIfAbsent(l.agent(), k -> new Agent());
                expect(!a.loggedIn, e, "logged in twice");
                expect(l.name() != null && l.team() != null && !l.queues().isEmpty() && l.queues().size() <= 3,
                        e, "login without name, team or 1-3 queues");
                a.loggedIn = true;
                a.state = AgentState.READY;
                a.queues = l.queues();
                a.callId = null;
            }
            case AGENT_LOGGED_OUT -> {
                Agent a = agents.get(((AgentLoggedOut) e).agent());
                if (expect(a != null && a.loggedIn, e, "logout of an agent not logged in")) {
                    expect(a.callId == null, e, "logged out with a call in progress: " + a.callId);
                    a.loggedIn = false;
                    a.state = AgentState.LOGGED_OUT;
                }
            }
            case AGENT_STATE -> state((AgentStateChanged) e);
            case RECORDING_AVAILABLE -> {
                RecordingAvailable r = (RecordingAvailable) e;
                Call c = calls.get(r.callId());
                if (expect(c != null && c.answered && c.phase == Phase.DONE && !c.recordingSeen, e,
                        "recording of a call not answered, not over or already recorded")) {
                    c.recordingSeen = true;
                    expect(r.durationMs() == c.talkHoldTotal, e, "recording duration " + c.talkHoldTotal);
                    expect(r.uri().equals("sim://recordings/" + r.callId() + ".wav"), e, "recording uri");
                }
            }
            case QUEUE_CONFIGURED, SITE_CONFIGURED -> expect(e.ts() == lastTs, e, "configuration");
            default -> problems.add("unexpected " + e);
        }
    }

    private void entered(CallEntered e) {
        Call c = calls.get(e.callId());
        if (c == null) {
            c = new Call();
            calls.put(e.callId(), c);
            onLines++;
            maxOnLines = Math.max(maxOnLines, onLines);
            expect(onLines <= lines, e, onLines + " calls on " + lines + " lines");
        } else {
            expect(c.phase == Phase.MOVING && e.queue().equals(c.target), e,
                    "entered again without moving on to this queue");
        }
        List<String> q = waiting.computeIfAbsent(e.queue(), k -> new ArrayList<>());
        q.add(e.callId());
        expect(e.position() == q.size(), e, "position should be " + q.size());
        c.phase = Phase.WAITING;
        c.queue = e.queue();
        c.enteredTs = e.ts();
        c.entryPosition = e.position();
        c.target = null;
    }

    private void answered(CallAnswered e) {
        Call c = calls.get(e.callId());
        Agent a = agents.get(e.agent());
        if (!expect(c != null && c.phase == Phase.WAITING && e.queue().equals(c.queue), e,
                "answered a call not waiting in this queue")) {
            return;
        }
        expect(a != null && a.loggedIn && a.state == AgentState.READY && a.callId == null, e,
                "answered by an agent not ready or already on a call");
        expect(a != null && a.queues.contains(e.queue()), e, "answered by an agent not serving the queue");
        expect(e.waitMs() == e.ts() - c.enteredTs, e, "waitMs should be " + (e.ts() - c.enteredTs));
        waiting.get(c.queue).remove(e.callId());
        c.phase = Phase.CONNECTED;
        c.agent = e.agent();
        c.answeredTs = e.ts();
        c.answered = true;
    }

    private void ended(CallEnded e) {
        Call c = calls.get(e.callId());
        if (!expect(c != null && (c.phase == Phase.CONNECTED || c.phase == Phase.TRANSFERRING)
                && e.agent().equals(c.agent), e, "end of a call not connected to this agent")) {
            return;
        }
        expect(e.talkMs() + e.holdMs() == e.ts() - c.answeredTs && e.talkMs() > 0 && e.holdMs() >= 0, e,
                "talk + hold should be " + (e.ts() - c.answeredTs));
        c.talkHoldTotal += e.talkMs() + e.holdMs();
        c.endedTs = e.ts();
        if (c.phase == Phase.TRANSFERRING) {
            c.phase = Phase.MOVING;
        } else {
            c.phase = Phase.DONE;
            onLines--;
        }
        Agent a = agents.get(e.agent());
        if (a != null) {
            a.callEnded = true;
            a.callEndedTs = e.ts();
        }
    }

    private void state(AgentStateChanged e) {
        Agent a = agents.get(e.agent());
        if (!expect(a != null && a.loggedIn, e, "state of an agent not logged in")) {
            return;
        }
        if (a.mustPauseAfterMiss) {
            expect(e.state() == AgentState.NOT_READY && "missed".equals(e.reason()), e,
                    "a missed ring should be followed by not ready (missed)");
            a.mustPauseAfterMiss = false;
        }
        switch (e.state()) {
            case READY -> expect(a.callId == null, e, "ready with a call in progress");
            case NOT_READY -> {
                expect(REASONS.contains(e.reason()), e, "unknown reason code");
                expect(a.callId == null, e, "not ready (" + e.reason() + ") in the middle of call " + a.callId);
            }
            case ON_CALL -> {
                Call c = calls.get(e.callId());
                expect(a.callId == null && a.state == AgentState.READY, e, "on a call while not ready or on another");
                expect(c != null && c.phase == Phase.CONNECTED && e.agent().equals(c.agent)
                        && c.answeredTs == e.ts(), e, "on call without answering it");
                a.callId = e.callId();
                a.callEnded = false;
            }
            case WRAP_UP -> expect(a.state == AgentState.ON_CALL && Objects.equals(a.callId, e.callId())
                    && a.callEnded && a.callEndedTs == e.ts(), e, "wrap-up without the call ending");
            default -> problems.add("unexpected state " + e);
        }
        a.state = e.state();
    }

    private Call leaveQueue(FeedEvent e, String queue, long waitMs, int position) {
        Call c = calls.get(e.callId());
        if (!expect(c != null && c.phase == Phase.WAITING && queue.equals(c.queue), e,
                "left a queue it was not waiting in")) {
            return null;
        }
        List<String> q = waiting.get(queue);
        expect(position == q.indexOf(e.callId()) + 1, e, "position should be " + (q.indexOf(e.callId()) + 1));
        expect(waitMs == e.ts() - c.enteredTs, e, "waitMs should be " + (e.ts() - c.enteredTs));
        q.remove(e.callId());
        return c;
    }

    private boolean expect(boolean ok, FeedEvent e, String what) {
        if (!ok && problems.size() < 50) {
            problems.add(what + ": " + e);
        }
        return ok;
    }
}
