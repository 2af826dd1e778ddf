package io.floorview.feed.asterisk.queuelog;

import io.floorview.domain.event.FeedEvent.CallAnswered;
import io.floorview.domain.event.FeedEvent.CallEnded;
import io.floorview.domain.event.FeedEvent.CallOverflowed;
import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls in progress as queue_log shows them: waiting in a queue, or connected to an agent. A call's
 * lines that contradict what came before (a second CONNECT, an ENTERQUEUE written after the call was
 * answered) are refused; a call that moves on without the line that should say so is closed where it was.
 * Calls a restart of Asterisk cut off (QUEUESTART), and calls with no line for a day, are closed so that
 * neither memory nor the console's waiting list keeps them for ever.
 */
final class CallBook {

    private static final long HOUR_MS = 3_600_000L;
    private static final long STALE_MS = 24 * HOUR_MS;
    private static final int FINISHED_KEPT = 10_000;

    private static final class Call {
        final String id;
        final String queue;
        final long enteredTs;
        final int entryPosition;
        boolean connected;
        String agent;
        long connectedTs;

        Call(String id, String queue, long enteredTs, int entryPosition) {
            this.id = id;
            this.queue = queue;
            this.enteredTs = enteredTs;
            this.entryPosition = entryPosition;
        }

        long lastTs() {
            return connected ? connectedTs : enteredTs;
        }
    }

    private record Finished(String queue, long ts) {
    }

    private final EventOutput out;
    private final AgentBook agents;
    private final Map<String, Call> calls = new HashMap<>();
    private final Map<String, Finished> finished = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Finished> eldest) {
            return size() > FINISHED_KEPT;
        }
    };
    private long sweptHour = Long.MIN_VALUE;

    CallBook(EventOutput out, AgentBook agents) {
        this.out = out;
        this.agents = agents;
    }

    /** Refuses an ENTERQUEUE that repeats or comes after what it should precede. */
    void checkEntry(QueueLogLine l, String callId, String queue) throws QueueLogLineException {
        Call c = calls.get(callId);
        if (c != null && c.queue.equals(queue)) {
            throw new QueueLogLineException(c.connected
                    ? "ENTERQUEUE of call " + callId + " comes after its CONNECT in " + queue
                        + ": lines out of order; the call stays answered and is not entered again"
                    : "call " + callId + " is already waiting in " + queue + " (a repeated ENTERQUEUE)");
        }
        Finished f = c == null ? finished.get(callId) : null;
        if (f != null && f.queue().equals(queue) && l.ts() < f.ts()) {
            throw new QueueLogLineException("ENTERQUEUE of call " + callId + " is older than the line that ended it in "
                    + queue + ": lines out of order; not entered again");
        }
    }

    /** Refuses a line about a call that already ended or left (a repeated or late line). */
    void checkNotOver(QueueLogLine l, String callId) throws QueueLogLineException {
        if (!calls.containsKey(callId)) {
            checkNotFinished(l, callId);
        }
    }

    private void checkNotFinished(QueueLogLine l, String callId) throws QueueLogLineException {
        Finished f = finished.get(callId);
        if (f != null) {
            throw new QueueLogLineException(l.event() + " of call " + callId + ", which already left "
                    + (f.queue() == null ? "its queue" : f.queue()) + " at " + Instant.ofEpochMilli(f.ts())
                    + ": a repeated or late line");
        }
    }

    void checkAnswer(QueueLogLine l, String callId) throws QueueLogLineException {
        Call c = calls.get(callId);
        if (c == null) {
            checkNotFinished(l, callId);
        } else if (c.connected) {
            throw new QueueLogLineException("a second CONNECT for call " + callId + ", already answered by " + c.agent);
        }
    }

    /** The wait of a call the line does not give, from its ENTERQUEUE. */
    long waitedSoFar(QueueLogLine l, String callId, String queue) throws QueueLogLineException {
        Call c = calls.get(callId);
        if (c == null || c.connected || !c.queue.equals(queue)) {
            throw new QueueLogLineException(l.event() + " gives no wait time, and the call's ENTERQUEUE in " + queue
                    + " was not seen: its wait is unknown");
        }
        return Math.max(0, l.ts() - c.enteredTs);
    }

    /** The talk time of a call the line does not give, from its CONNECT. */
    long talkedSoFar(QueueLogLine l, String callId) throws QueueLogLineException {
        Call c = calls.get(callId);
        if (c == null || !c.connected) {
            throw new QueueLogLineException(l.event() + " gives no call time, and the call's CONNECT was not seen:"
                    + " its talk time is unknown");
        }
        return Math.max(0, l.ts() - c.connectedTs);
    }

    String agentOf(String callId) {
        Call c = calls.get(callId);
        return c == null ? null : c.agent;
    }

    String queueOf(String callId) {
        Call c = calls.get(callId);
        return c == null ? null : c.queue;
    }

    int entryPositionOr(String callId, int otherwise) {
        Call c = calls.get(callId);
        return c == null || c.entryPosition == 0 ? otherwise : c.entryPosition;
    }

    void entered(String callId, String queue, long ts, int position) {
        Call before = calls.remove(callId);
        if (before != null) {
            close(before, ts, queue);
        }
        calls.put(callId, new Call(callId, queue, ts, position));
    }

    void answered(String callId, String queue, String agent, long ts, long waitMs) {
        Call c = calls.get(callId);
        if (c != null && !c.queue.equals(queue)) {
            calls.remove(callId);
            close(c, ts, queue);
            c = null;
        }
        if (c == null) {
            c = new Call(callId, queue, ts - waitMs, 0);
            calls.put(callId, c);
        }
        c.connected = true;
        c.agent = agent;
        c.connectedTs = ts;
    }

    /**
     * The connected call ended (hung up or transferred away). A call still waiting in this queue, whose
     * CONNECT is missing, was answered all the same: the ending line says so, and with what wait.
     */
    void ended(String callId, String queue, String agent, long ts, long talkMs, long holdMs, HangupParty by) {
        Call c = calls.remove(callId);
        String q = queue != null ? queue : c == null ? null : c.queue;
        String a = agent != null ? agent : c == null ? null : c.agent;
        if (c != null && !c.connected && a != null && c.queue.equals(q)) {
            long answeredTs = Math.max(c.enteredTs, ts - talkMs);
            long waitMs = holdMs >= 0 ? holdMs : answeredTs - c.enteredTs;
            out.emit(new CallAnswered(out.next(), answeredTs, callId, q, a, waitMs));
        } else if (c != null && !c.connected) {
            close(c, ts, q);
        }
        out.emit(new CallEnded(out.next(), ts, callId, q, a, talkMs, 0, by));
        finished.put(callId, new Finished(q, ts));
        if (a != null) {
            agents.callEnded(a, q, callId, ts);
        }
    }

    /** The call left {@code queue} unanswered (abandoned, or exited: it may enter another queue next). */
    void left(String callId, String queue, long ts) {
        Call c = calls.remove(callId);
        if (c != null && (c.connected || !c.queue.equals(queue))) {
            close(c, ts, queue);
        }
        finished.put(callId, new Finished(queue, ts));
    }

    /** Asterisk restarted at about {@code ts}: every call it had is over. */
    void closeAll(long ts) {
        for (Call c : inOrder(calls.values())) {
            calls.remove(c.id);
            close(c, Math.max(ts, c.lastTs()), null);
        }
    }

    /** Once an hour of the log's time, closes the calls without a line for a day. */
    void sweep(long ts) {
        long hour = Math.floorDiv(ts, HOUR_MS);
        if (hour <= sweptHour) {
            return;
        }
        sweptHour = hour;
        List<Call> stale = new ArrayList<>();
        for (Call c : calls.values()) {
            if (c.lastTs() < ts - STALE_MS) {
                stale.add(c);
            }
        }
        for (Call c : inOrder(stale)) {
            calls.remove(c.id);
            close(c, c.lastTs(), null);
        }
    }

    private static List<Call> inOrder(java.util.Collection<Call> cs) {
        List<Call> l = new ArrayList<>(cs);
        l.sort(Comparator.comparingLong((Call c) -> c.enteredTs).thenComparing(c -> c.id));
        return l;
    }

    /**
     * Ends a call that left without the line that should say so: a waiting call was routed on (to
     * {@code target}, or out of the center's queues, including a drop by the system); a connected one ended.
     */
    private void close(Call c, long ts, String target) {
        if (c.connected) {
            out.emit(new CallEnded(out.next(), ts, c.id, c.queue, c.agent, Math.max(0, ts - c.connectedTs), 0,
                    HangupParty.UNKNOWN));
            finished.put(c.id, new Finished(c.queue, ts));
            if (c.agent != null) {
                agents.callEnded(c.agent, c.queue, c.id, ts);
            }
        } else {
            out.emit(new CallOverflowed(out.next(), ts, c.id, c.queue, OverflowReason.TRANSFERRED,
                    Math.max(0, ts - c.enteredTs), 0, target));
        }
    }
}
