package io.floorview.domain.kpi;

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
import io.floorview.domain.event.FeedEvent.RingNoAnswer;
import io.floorview.domain.event.FeedEvent.SiteConfigured;
import io.floorview.domain.event.FeedEvent.WrapUpEnded;
import io.floorview.domain.event.OverflowReason;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that decides what each event counts for, and when: it follows every call and agent through
 * the feed and tells a {@link Tally}. The live floor and the reports both count through it, so they cannot
 * disagree (docs/metrics.md).
 *
 * <p>A call's outcome (answered, abandoned, overflowed) counts at the time the call entered the queue; for
 * the whole center, at the call's first entry, and only the call's first outcome counts. Refusals,
 * transfers, missed rings and an agent's answers count when they happen; a call is handled when its
 * after-call work ends. Not thread-safe; constant work per event.
 */
public final class CallAccounting {

    private final Tally tally;
    private final Map<String, QueueLive> queues = new HashMap<>();
    /**
     * Calls as the center sees them (offered once, one outcome), while they hold a line or may come back: a
     * finished call is forgotten an hour after it left the lines ({@link #FORGET_AFTER_MS}).
     */
    private final Map<String, CenterCall> centerCalls = new HashMap<>();
    /** Finished calls off the lines, oldest first, to be forgotten. */
    private final ArrayDeque<CenterCall> leftLines = new ArrayDeque<>();
    /** Calls holding a phone line now. */
    private int linesInUse;
    /** Talk and hold of ended calls whose after-call work has not ended yet, by call id (then agent). */
    private final Map<String, AwaitingWrapUp> awaitingWrapUp = new HashMap<>();
    private final Map<String, AgentLive> agents = new HashMap<>();
    private String site;
    private int lineCapacity;

    /**
     * How long a finished call is remembered after it left the lines: a transferred call leaves one queue's
     * agent and enters the next queue at once and must still count once for the center; a call id that comes
     * back later than this counts as a new call. Keeping every call of the day instead made the map the
     * biggest cost of the accounting.
     */
    public static final long FORGET_AFTER_MS = 3_600_000L;

    public CallAccounting(Tally tally) {
        this.tally = tally;
    }

    /** Takes in one event, in feed order, and tells the tally what it counts for. */
    public void apply(FeedEvent e) {
        forgetLeftBefore(e.ts() - FORGET_AFTER_MS);
        if (e.queue() != null) {
            queue(e.queue()); // every queue named by the feed is on the floor, even before its first call
        }
        switch (e.type()) {
            case CALL_ENTERED -> entered((CallEntered) e);
            case CALL_REJECTED -> rejected((CallRejected) e);
            case CALL_ANSWERED -> answered((CallAnswered) e);
            case CALL_ABANDONED -> abandoned((CallAbandoned) e);
            case CALL_OVERFLOWED -> overflowed((CallOverflowed) e);
            case CALL_TRANSFERRED -> transferred((CallTransferred) e);
            case CALL_ENDED -> ended((CallEnded) e);
            case WRAPUP_ENDED -> wrapUpEnded((WrapUpEnded) e);
            case RING_NO_ANSWER -> {
                RingNoAnswer r = (RingNoAnswer) e;
                if (r.queue() != null) {
                    tally.ringNoAnswer(r.queue(), r.agent(), r.ts());
                }
                tally.ringNoAnswer(null, r.agent(), r.ts());
            }
            case AGENT_LOGGED_IN -> loggedIn((AgentLoggedIn) e);
            case AGENT_LOGGED_OUT -> moveAgent(((AgentLoggedOut) e).agent(), AgentState.LOGGED_OUT, null, null, e.ts());
            case AGENT_STATE -> {
                AgentStateChanged s = (AgentStateChanged) e;
                moveAgent(s.agent(), s.state(), s.reason(), s.callId(), s.ts());
            }
            case QUEUE_CONFIGURED -> configured((QueueConfigured) e);
            case SITE_CONFIGURED -> {
                SiteConfigured s = (SiteConfigured) e;
                site = s.site();
                lineCapacity = Math.max(0, s.lines());
            }
            case RECORDING_AVAILABLE -> {
                // recordings do not move any figure
            }
            default -> throw new IllegalStateException("unhandled event type " + e.type());
        }
    }

    private void entered(CallEntered e) {
        QueueLive q = queue(e.queue());
        q.waiting.put(e.callId(), new WaitingCall(e.callId(), e.queue(), e.caller(), e.ts(), e.position()));
        CenterCall call = centerCalls.get(e.callId());
        if (call == null) {
            call = new CenterCall(e.callId(), e.ts(), e.caller());
            centerCalls.put(e.callId(), call);
            tally.offered(null, e.ts());
        }
        if (!call.onLine) {
            call.onLine = true;
            linesInUse++;
        }
        call.pendingOverflow = null;
        tally.offered(e.queue(), e.ts());
    }

    private void rejected(CallRejected e) {
        CenterCall call = centerCalls.get(e.callId());
        offLine(call, e.ts());
        if (e.queue() != null) {
            tally.rejected(e.queue(), e.ts(), e.reason());
        }
        if (call == null) {
            tally.rejected(null, e.ts(), e.reason());
        } else if (call.finish()) {
            // a call moved on from another queue and refused here has left the center unanswered
            OverflowReason reason = call.pendingOverflow == null ? OverflowReason.FULL : call.pendingOverflow;
            long wait = e.ts() - call.firstEnteredMs;
            tally.overflowed(null, call.firstEnteredMs, reason, wait, new OverflowedCall(e.callId(), e.queue(),
                    call.caller, call.firstEnteredMs, e.ts(), wait, reason, null));
            settle(call, e.ts());
        }
    }

    private void answered(CallAnswered e) {
        QueueLive q = queue(e.queue());
        WaitingCall seen = q.waiting.remove(e.callId());
        long entry = entryOf(seen, e.ts(), e.waitMs());
        CenterCall call = unseenEntry(seen, e.queue(), e.callId(), entry, null);
        tally.answered(e.queue(), entry, e.waitMs());
        if (call.finish()) {
            tally.answered(null, call.firstEnteredMs, centerWait(e.waitMs(), entry, call.firstEnteredMs));
            settle(call, e.ts()); // a call answered without its entry seen holds no line
        }
        tally.answeredBy(e.agent(), e.queue(), e.ts(), e.waitMs());
        AgentLive by = agents.get(e.agent());
        if (by != null) {
            by.answered(e.callId(), call.caller, e.queue());
        }
    }

    private void abandoned(CallAbandoned e) {
        QueueLive q = queue(e.queue());
        WaitingCall seen = q.waiting.remove(e.callId());
        long entry = entryOf(seen, e.ts(), e.waitMs());
        CenterCall call = unseenEntry(seen, e.queue(), e.callId(), entry, null);
        offLine(call, e.ts());
        String caller = seen != null ? seen.caller() : call.caller;
        tally.abandoned(e.queue(), entry, e.waitMs(), new AbandonedCall(e.callId(), e.queue(), caller, entry,
                e.ts(), e.waitMs(), e.entryPosition(), e.position()));
        if (call.finish()) {
            long first = call.firstEnteredMs;
            long wait = centerWait(e.waitMs(), entry, first);
            tally.abandoned(null, first, wait, new AbandonedCall(e.callId(), e.queue(), caller, first, e.ts(), wait,
                    e.entryPosition(), e.position()));
            settle(call, e.ts());
        }
    }

    private void overflowed(CallOverflowed e) {
        QueueLive q = queue(e.queue());
        WaitingCall seen = q.waiting.remove(e.callId());
        long entry = entryOf(seen, e.ts(), e.waitMs());
        CenterCall call = unseenEntry(seen, e.queue(), e.callId(), entry, null);
        String caller = seen != null ? seen.caller() : call.caller;
        tally.overflowed(e.queue(), entry, e.reason(), e.waitMs(), new OverflowedCall(e.callId(), e.queue(), caller,
                entry, e.ts(), e.waitMs(), e.reason(), e.target()));
        if (e.target() == null) {
            offLine(call, e.ts());
            if (call.finish()) {
                long wait = centerWait(e.waitMs(), entry, call.firstEnteredMs);
                tally.overflowed(null, call.firstEnteredMs, e.reason(), wait, new OverflowedCall(e.callId(), e.queue(),
                        caller, call.firstEnteredMs, e.ts(), wait, e.reason(), null));
                settle(call, e.ts());
            }
        } else {
            call.pendingOverflow = e.reason();
        }
    }

    private void transferred(CallTransferred e) {
        if (e.queue() != null) {
            tally.transferred(e.queue(), e.agent(), e.ts());
        }
        tally.transferred(null, e.agent(), e.ts());
    }

    private void ended(CallEnded e) {
        offLine(centerCalls.get(e.callId()), e.ts());
        if (e.agent() != null) {
            AwaitingWrapUp w = new AwaitingWrapUp(e.agent(), e.talkMs(), e.holdMs(), e.ts());
            w.next = awaitingWrapUp.put(e.callId(), w);
        }
        if (e.queue() != null) {
            tally.hungUp(e.queue(), e.agent(), e.ts(), e.hungUpBy());
        }
        tally.hungUp(null, e.agent(), e.ts(), e.hungUpBy());
    }

    private void wrapUpEnded(WrapUpEnded e) {
        AwaitingWrapUp w = e.callId() == null ? null : takeWrapUp(e.callId(), e.agent());
        AgentLive by = agents.get(e.agent());
        if (by != null && (e.callId() == null || e.callId().equals(by.answeredCallId))) {
            by.answered(null, null, null); // the call's work is done
        }
        long talk = w == null ? 0 : w.talkMs;
        long hold = w == null ? 0 : w.holdMs;
        if (e.queue() != null) {
            tally.handled(e.queue(), e.agent(), e.ts(), talk, hold, e.wrapMs());
        }
        tally.handled(null, e.agent(), e.ts(), talk, hold, e.wrapMs());
    }

    private void loggedIn(AgentLoggedIn e) {
        AgentLive a = agent(e.agent());
        if (e.name() != null) {
            a.name = e.name();
        }
        if (e.team() != null) {
            a.team = e.team();
        }
        if (a.state == AgentState.LOGGED_OUT) {
            a.queues = e.queues();
            moveAgent(e.agent(), AgentState.READY, null, null, e.ts());
        } else if (!a.queues.equals(e.queues())) {
            // the time so far was spent serving the queues of before
            moveAgent(e.agent(), a.state, a.reason, a.callId, e.ts());
            a.queues = e.queues();
        }
        for (String q : e.queues()) {
            queue(q);
        }
    }

    private void moveAgent(String id, AgentState next, String reason, String callId, long ts) {
        AgentLive a = agent(id);
        if (ts > a.countedToMs && a.countedToMs > Long.MIN_VALUE) {
            tally.agentTime(id, a.queues, a.state, a.reason, a.countedToMs, ts);
        }
        String nextReason = next == AgentState.NOT_READY ? reason : null;
        String nextCall = next == AgentState.ON_CALL || next == AgentState.WRAP_UP ? callId : null;
        boolean changed = next != a.state || !java.util.Objects.equals(nextReason, a.reason)
                || !java.util.Objects.equals(nextCall, a.callId);
        a.state = next;
        a.reason = nextReason;
        a.callId = nextCall;
        if (nextCall == null ? next != AgentState.ON_CALL && next != AgentState.WRAP_UP
                : !nextCall.equals(a.answeredCallId)) {
            a.answered(null, null, null); // off the call the caller and queue were of
        }
        if (changed || a.sinceMs == Long.MIN_VALUE) {
            a.sinceMs = Math.max(a.sinceMs, ts);
        }
        a.countedToMs = Math.max(a.countedToMs, ts);
    }

    /**
     * Tells the tally the time every agent has spent in the current state up to {@code ts}, so that rollups
     * taken now hold it; the states go on, and their start ({@link AgentLive#sinceMs()}) does not move.
     */
    public void countTimeUpTo(long ts) {
        for (AgentLive a : agents.values()) {
            if (ts > a.countedToMs && a.countedToMs > Long.MIN_VALUE) {
                tally.agentTime(a.id, a.queues, a.state, a.reason, a.countedToMs, ts);
                a.countedToMs = ts;
            }
        }
    }

    private void configured(QueueConfigured e) {
        QueueLive q = queue(e.queue());
        if (e.name() != null && !e.name().isBlank()) {
            q.name = e.name();
        }
        // an objective the console cannot measure (past an hour, over 100 %) is left out, never thrown at the feed
        if (e.slThresholdSec() > 0 && e.slThresholdSec() <= WaitHistogram.MAX_SECONDS
                && e.slTargetPercent() > 0 && e.slTargetPercent() <= 100) {
            q.announcedThresholdSec = e.slThresholdSec();
            q.announcedTargetPercent = e.slTargetPercent();
        }
    }

    /**
     * The call as the center knows it, at an outcome in {@code queue}. When the call was not seen entering the
     * queue (a database export whose ENTERQUEUE line comes after the CONNECT, a feed taken up mid-call) it is
     * offered now, at the time its wait says it entered, so that no queue ever shows more outcomes than calls
     * offered; and when the center never saw it at all, it is offered to the center too.
     */
    private CenterCall unseenEntry(WaitingCall seen, String queue, String callId, long entry, String caller) {
        if (seen == null) {
            tally.offered(queue, entry);
        }
        CenterCall call = centerCalls.get(callId);
        if (call == null) {
            call = new CenterCall(callId, entry, caller);
            centerCalls.put(callId, call);
            tally.offered(null, entry);
        }
        return call;
    }

    /**
     * A caller's wait for the whole center: the wait in the queue that gave the outcome, plus the time spent in
     * the queues before it. A call that never crossed queues waits exactly what its queue says (the phone
     * system's own figure, not a difference of whole-second times, which can be a second longer).
     */
    private static long centerWait(long queueWaitMs, long entryMs, long firstEnteredMs) {
        return queueWaitMs + Math.max(0, entryMs - firstEnteredMs);
    }

    /** When a call entered the queue it leaves now: as seen, else as its wait tells. */
    private static long entryOf(WaitingCall seen, long ts, long waitMs) {
        return seen != null ? seen.enteredMs() : ts - Math.max(0, waitMs);
    }

    /** The ended call's talk and hold waiting for {@code agent}'s after-call work, taken out; null if none. */
    private AwaitingWrapUp takeWrapUp(String callId, String agent) {
        AwaitingWrapUp first = awaitingWrapUp.get(callId);
        AwaitingWrapUp before = null;
        for (AwaitingWrapUp w = first; w != null; before = w, w = w.next) {
            if (w.agent.equals(agent)) {
                if (before != null) {
                    before.next = w.next;
                } else if (w.next != null) {
                    awaitingWrapUp.put(callId, w.next);
                } else {
                    awaitingWrapUp.remove(callId);
                }
                return w;
            }
        }
        return null;
    }

    /** The call no longer holds a line. */
    private void offLine(CenterCall call, long ts) {
        if (call != null && call.onLine) {
            call.onLine = false;
            linesInUse--;
            settle(call, ts);
        }
    }

    /** A finished call off the lines is put in line to be forgotten, once. */
    private void settle(CenterCall call, long ts) {
        if (call.finished && !call.onLine && !call.leaving) {
            call.leaving = true;
            call.leftMs = ts;
            leftLines.addLast(call);
        }
    }

    /** Forgets finished calls that left the lines before {@code cutoffMs} and did not come back. */
    private void forgetLeftBefore(long cutoffMs) {
        CenterCall c;
        while ((c = leftLines.peekFirst()) != null && c.leftMs < cutoffMs) {
            leftLines.pollFirst();
            c.leaving = false;
            if (!c.onLine && centerCalls.get(c.id) == c) {
                centerCalls.remove(c.id);
            }
        }
    }

    private QueueLive queue(String id) {
        return queues.computeIfAbsent(id, QueueLive::new);
    }

    private AgentLive agent(String id) {
        return agents.computeIfAbsent(id, AgentLive::new);
    }

    /**
     * Forgets what is no longer needed: finished calls that are off the lines (a call that comes back later
     * counts as a new one), and after-call work of calls that ended before {@code beforeMs}.
     */
    public void forget(long beforeMs) {
        centerCalls.values().removeIf(c -> !c.onLine);
        for (CenterCall c : leftLines) {
            c.leaving = false;
        }
        leftLines.clear();
        awaitingWrapUp.values().removeIf(w -> w.endedMs < beforeMs);
    }

    // ---- the live state, for the floor's snapshot ----

    public Collection<QueueLive> queues() {
        return queues.values();
    }

    public QueueLive queueState(String id) {
        return queues.get(id);
    }

    public Collection<AgentLive> agents() {
        return agents.values();
    }

    public int linesInUse() {
        return linesInUse;
    }

    public int lineCapacity() {
        return lineCapacity;
    }

    public String site() {
        return site;
    }

    /**
     * The waiting call as the whole center sees it: a caller moved on from queue to queue without an answer
     * has waited since the first entry.
     */
    public WaitingCall sinceFirstEntry(WaitingCall w) {
        CenterCall call = centerCalls.get(w.callId());
        if (call == null || call.finished || call.firstEnteredMs >= w.enteredMs()) {
            return w;
        }
        return new WaitingCall(w.callId(), w.queue(), w.caller(), call.firstEnteredMs, w.position());
    }

    /** A queue's live state: its name, the objective the phone system announced, the callers waiting. */
    public static final class QueueLive {
        private final String id;
        private String name;
        private int announcedThresholdSec;
        private double announcedTargetPercent;
        /** Waiting calls in order of entry: the first is the oldest. */
        private final LinkedHashMap<String, WaitingCall> waiting = new LinkedHashMap<>();

        QueueLive(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The name to show: the phone system's, else the id. */
        public String name() {
            return name == null ? id : name;
        }

        /** The announced threshold, 0 when the phone system announced none. */
        public int announcedThresholdSec() {
            return announcedThresholdSec;
        }

        public double announcedTargetPercent() {
            return announcedTargetPercent;
        }

        public Collection<WaitingCall> waiting() {
            return waiting.values();
        }
    }

    /** An agent's live state. */
    public static final class AgentLive {
        private final String id;
        private String name;
        private String team;
        private java.util.List<String> queues = java.util.List.of();
        private AgentState state = AgentState.LOGGED_OUT;
        private String reason;
        private String callId;
        /** The call the agent answered last, its caller and queue, until its work is done. */
        private String answeredCallId;
        private String callCaller;
        private String callQueue;
        private long sinceMs = Long.MIN_VALUE;
        /** The agent's time up to here has been told to the tally. */
        private long countedToMs = Long.MIN_VALUE;

        AgentLive(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public String name() {
            return name;
        }

        public String team() {
            return team;
        }

        public java.util.List<String> queues() {
            return queues;
        }

        public AgentState state() {
            return state;
        }

        public String reason() {
            return reason;
        }

        public String callId() {
            return callId;
        }

        /** The caller's number of the agent's current call, or {@code null} when not known or not on a call. */
        public String callCaller() {
            return onAnsweredCall() ? callCaller : null;
        }

        /** The queue the agent answered the current call from, or {@code null} when not known or not on a call. */
        public String callQueue() {
            return onAnsweredCall() ? callQueue : null;
        }

        private boolean onAnsweredCall() {
            return answeredCallId != null && (state == AgentState.ON_CALL || state == AgentState.WRAP_UP)
                    && (callId == null || callId.equals(answeredCallId));
        }

        void answered(String call, String caller, String queue) {
            answeredCallId = call;
            callCaller = caller;
            callQueue = queue;
        }

        /** When the current state began, or {@link Long#MIN_VALUE} when the agent was never seen to change. */
        public long sinceMs() {
            return sinceMs;
        }

        /** Up to when the agent's time has been counted; the rest of the current state is still open. */
        public long countedToMs() {
            return countedToMs;
        }
    }

    /** A call as the center sees it: offered once, with one outcome however many queues it crossed. */
    private static final class CenterCall {
        final String id;
        final long firstEnteredMs;
        final String caller;
        boolean finished;
        OverflowReason pendingOverflow;
        boolean onLine;
        /** In {@link #leftLines}, since {@link #leftMs}. */
        boolean leaving;
        long leftMs;

        CenterCall(String id, long firstEnteredMs, String caller) {
            this.id = id;
            this.firstEnteredMs = firstEnteredMs;
            this.caller = caller;
        }

        /** Marks the call's outcome as known; true the first time only. */
        boolean finish() {
            boolean first = !finished;
            finished = true;
            return first;
        }
    }

    /** An ended call's talk and hold, until the agent's after-call work ends; more agents of a call are chained. */
    private static final class AwaitingWrapUp {
        final String agent;
        final long talkMs;
        final long holdMs;
        final long endedMs;
        AwaitingWrapUp next;

        AwaitingWrapUp(String agent, long talkMs, long holdMs, long endedMs) {
            this.agent = agent;
            this.talkMs = talkMs;
            this.holdMs = holdMs;
            this.endedMs = endedMs;
        }
    }
}
