package io.floorview.feed.asterisk.ami;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.CallAbandoned;
import io.floorview.domain.event.FeedEvent.CallAnswered;
import io.floorview.domain.event.FeedEvent.CallEnded;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.CallOverflowed;
import io.floorview.domain.event.FeedEvent.CallRejected;
import io.floorview.domain.event.FeedEvent.CallTransferred;
import io.floorview.domain.event.FeedEvent.RingNoAnswer;
import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The callers as AMI shows them, made into the feed's call events. The hard part is the exit of a caller
 * who was not answered: Asterisk raises {@code QueueCallerAbandon} for a caller who hung up <em>and</em>
 * for a timeout or a queue that emptied, so the abandon is only taken for one when the caller's own channel
 * asked to hang up ({@code HangupRequest}, raised when the far end hangs up) while it waited. Anything else
 * is an overflow, whose reason the channel's {@code QUEUESTATUS} tells (when {@code dialplan} events are
 * read) and whose target is the next queue the caller joins; an exit waits {@link #GRACE_MS} for them. See
 * {@code docs/asterisk-ami.md}. Owned by the feed's thread.
 */
final class CallTracker {

    private static final Logger LOG = LoggerFactory.getLogger(CallTracker.class);

    /** How long an exit waits for the events that tell what it was. */
    static final long GRACE_MS = 3_000;
    /** The target of a transfer AMI does not name. */
    static final String UNKNOWN_TARGET = "unknown";

    private final Emitter out;
    private final Predicate<String> anyonePresent;
    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    private final Map<String, Exit> exits = new LinkedHashMap<>();
    private final Map<String, Connected> connected = new HashMap<>();
    private int generation;

    private static final class Waiting {
        final String callId;
        final String queue;
        final long enteredTs;
        final int entryPosition;
        int generation;
        boolean hungUp;
        boolean stoppedBySystem;
        boolean abandonRaised;
        int position;
        long holdSec = -1;

        Waiting(String callId, String queue, long enteredTs, int position, int generation) {
            this.callId = callId;
            this.queue = queue;
            this.enteredTs = enteredTs;
            this.entryPosition = position;
            this.position = position;
            this.generation = generation;
        }

        long waitMs(long ts) {
            return holdSec >= 0 ? holdSec * 1000 : Math.max(0, ts - enteredTs);
        }
    }

    /** A caller who left a queue unanswered and has not been told apart yet. */
    private static final class Exit {
        final Waiting w;
        final long leftTs;
        final long deadlineMs;
        OverflowReason reason;

        Exit(Waiting w, long leftTs, long deadlineMs, OverflowReason reason) {
            this.w = w;
            this.leftTs = leftTs;
            this.deadlineMs = deadlineMs;
            this.reason = reason;
        }
    }

    /** A queue call an agent answered. */
    record Connected(String callId, String queue, String agent, long answeredTs) {
    }

    /** @param anyonePresent whether a queue still has a member who could take a call */
    CallTracker(Emitter out, Predicate<String> anyonePresent) {
        this.out = out;
        this.anyonePresent = anyonePresent;
    }

    /** {@code QueueCallerJoin} (Asterisk 12+) and {@code Join} (Asterisk 11). */
    void joined(AmiMessage m) {
        String callId = m.uniqueId();
        String queue = m.get("queue");
        if (callId == null || queue == null) {
            return;
        }
        Exit e = exits.remove(callId);
        if (e != null) {
            overflow(e, queue);
        }
        Waiting w = waiting.get(callId);
        if (w != null && w.queue.equals(queue)) {
            w.generation = generation;
            return;
        }
        if (w != null) {
            waiting.remove(callId);
            out.emit(new CallOverflowed(0, m.ts(), callId, w.queue, OverflowReason.TRANSFERRED, w.waitMs(m.ts()),
                    w.position, queue));
        }
        int position = (int) m.number(0, "position");
        waiting.put(callId, new Waiting(callId, queue, m.ts(), position, generation));
        out.emit(new CallEntered(0, m.ts(), callId, queue, m.get("calleridnum", "callerid"), position));
    }

    /** A QueueStatus answer's {@code QueueEntry}: a caller waiting since {@code Wait} seconds ago. */
    void waitingNow(AmiMessage m) {
        String callId = m.get("uniqueid", "channel");
        String queue = m.get("queue");
        if (callId == null || queue == null) {
            return;
        }
        Waiting w = waiting.get(callId);
        int position = (int) m.number(0, "position");
        if (w != null && w.queue.equals(queue)) {
            w.generation = generation;
            w.position = position;
            return;
        }
        long entered = m.received() - m.number(0, "wait") * 1000;
        waiting.put(callId, new Waiting(callId, queue, entered, position, generation));
        out.emit(new CallEntered(0, entered, callId, queue, m.get("calleridnum", "callerid"), position));
    }

    /** {@code QueueCallerAbandon}: the caller left unanswered, by hanging up or not; decided at the leave. */
    void abandonRaised(AmiMessage m) {
        Waiting w = waiting.get(m.uniqueId());
        if (w != null) {
            w.abandonRaised = true;
            w.position = (int) m.number(w.position, "position");
            w.holdSec = m.number(-1, "holdtime");
        }
    }

    /** {@code QueueCallerLeave} and {@code Leave}: answered, abandoned or overflowed, as the evidence says. */
    void left(AmiMessage m) {
        Waiting w = waiting.remove(m.uniqueId());
        if (w == null) {
            return;
        }
        if (w.abandonRaised && w.hungUp) {
            out.emit(new CallAbandoned(0, m.ts(), w.callId, w.queue, w.waitMs(m.ts()), w.position, w.entryPosition));
            return;
        }
        OverflowReason guess;
        if (!w.abandonRaised) {
            // answered (AgentConnect follows) or left with a key press: no QueueCallerAbandon for either
            w.position = (int) m.number(w.position, "position");
            guess = OverflowReason.KEY;
        } else if (w.stoppedBySystem) {
            guess = OverflowReason.TRANSFERRED;
        } else {
            guess = anyonePresent.test(w.queue) ? OverflowReason.TIMEOUT : OverflowReason.EMPTY;
        }
        exits.put(w.callId, new Exit(w, m.ts(), m.received() + GRACE_MS, guess));
    }

    /** {@code HangupRequest} and {@code Hangup} of a channel: the far end hung up. */
    void hungUp(AmiMessage m) {
        String id = m.uniqueId();
        Waiting w = waiting.get(id);
        if (w != null) {
            w.hungUp = true;
        }
        Exit e = exits.remove(id);
        if (e != null) {
            overflow(e, null);
        }
    }

    /** {@code SoftHangupRequest}: Asterisk itself stopped the channel (AMI, dialplan), not the caller. */
    void stoppedBySystem(AmiMessage m) {
        String id = m.uniqueId();
        Waiting w = waiting.get(id);
        if (w != null) {
            w.stoppedBySystem = true;
        }
        Exit e = exits.remove(id);
        if (e != null) {
            overflow(e, null);
        }
    }

    /** {@code VarSet} of {@code QUEUESTATUS}: how the Queue application ended for the channel. */
    void queueStatus(AmiMessage m) {
        if (!"QUEUESTATUS".equalsIgnoreCase(m.get("variable"))) {
            return;
        }
        String id = m.uniqueId();
        String value = m.get("value");
        if (id == null || value == null) {
            return;
        }
        String status = value.toUpperCase(Locale.ROOT);
        Exit e = exits.get(id);
        if (e != null) {
            switch (status) {
                case "TIMEOUT" -> e.reason = OverflowReason.TIMEOUT;
                case "LEAVEEMPTY", "LEAVEUNAVAIL" -> e.reason = OverflowReason.EMPTY;
                case "WITHDRAW" -> e.reason = OverflowReason.TRANSFERRED;
                default -> {
                    // CONTINUE follows an answered call; nothing to learn
                }
            }
            return;
        }
        if (!waiting.containsKey(id)) {
            RejectReason refused = switch (status) {
                case "FULL" -> RejectReason.QUEUE_FULL;
                case "JOINEMPTY", "JOINUNAVAIL" -> RejectReason.JOIN_EMPTY;
                default -> null;
            };
            if (refused != null) {
                out.emit(new CallRejected(0, m.ts(), id, null, m.get("calleridnum"), refused));
            }
        }
    }

    /** {@code AgentConnect}: the call is answered. Returns the answered call, or {@code null}. */
    Connected answered(AmiMessage m) {
        String callId = m.uniqueId();
        String queue = m.get("queue");
        String agent = m.member();
        if (callId == null || queue == null || agent == null) {
            return null;
        }
        Exit e = exits.remove(callId);
        Waiting w = waiting.remove(callId);
        if (w == null && e != null) {
            w = e.w;
        }
        long hold = m.number(-1, "holdtime");
        long waitMs = hold >= 0 ? hold * 1000 : w != null ? Math.max(0, m.ts() - w.enteredTs) : 0;
        out.emit(new CallAnswered(0, m.ts(), callId, queue, agent, waitMs));
        Connected c = new Connected(callId, queue, agent, m.ts());
        connected.put(callId, c);
        return c;
    }

    /** {@code AgentComplete}: the connected call ended; {@code Reason} says who ended it. */
    Connected completed(AmiMessage m) {
        String callId = m.uniqueId();
        if (callId == null) {
            return null;
        }
        Connected c = connected.remove(callId);
        String queue = m.get("queue");
        String agent = m.member();
        if (queue == null && c != null) {
            queue = c.queue();
        }
        if (agent == null && c != null) {
            agent = c.agent();
        }
        long talk = m.number(-1, "talktime");
        long talkMs = talk >= 0 ? talk * 1000 : c != null ? Math.max(0, m.ts() - c.answeredTs()) : 0;
        String reason = m.get("reason");
        HangupParty by = HangupParty.UNKNOWN;
        if ("caller".equalsIgnoreCase(reason)) {
            by = HangupParty.CALLER;
        } else if ("agent".equalsIgnoreCase(reason)) {
            by = HangupParty.AGENT;
        } else if ("transfer".equalsIgnoreCase(reason)) {
            out.emit(new CallTransferred(0, m.ts(), callId, queue, agent, UNKNOWN_TARGET, false));
        }
        out.emit(new CallEnded(0, m.ts(), callId, queue, agent, talkMs, 0, by));
        return new Connected(callId, queue, agent, c == null ? m.ts() - talkMs : c.answeredTs());
    }

    /** Ends a connected call whose end Floorview missed while it was not listening. */
    void closeMissed(String callId, long ts) {
        Connected c = connected.remove(callId);
        if (c != null) {
            LOG.warn("call {} of {} ended while the connection to Asterisk was down; its talk time is an estimate",
                    callId, c.agent());
            out.emit(new CallEnded(0, ts, callId, c.queue(), c.agent(), Math.max(0, ts - c.answeredTs()), 0,
                    HangupParty.UNKNOWN));
        }
    }

    /** {@code AgentRingNoAnswer}: the member's phone rang for {@code RingTime} ms and nobody answered. */
    void ringNoAnswer(AmiMessage m) {
        String agent = m.member();
        if (agent != null) {
            out.emit(new RingNoAnswer(0, m.ts(), m.uniqueId(), m.get("queue"), agent, m.number(0, "ringtime")));
        }
    }

    /** Settles the exits whose grace ran out by {@code nowMs}, with what is known of them. */
    void tick(long nowMs) {
        for (Iterator<Exit> it = exits.values().iterator(); it.hasNext(); ) {
            Exit e = it.next();
            if (e.deadlineMs <= nowMs) {
                it.remove();
                overflow(e, null);
            }
        }
    }

    private void overflow(Exit e, String target) {
        Waiting w = e.w;
        out.emit(new CallOverflowed(0, e.leftTs, w.callId, w.queue, e.reason, w.waitMs(e.leftTs), w.position, target));
    }

    /** A QueueStatus was asked for. */
    void beginSync() {
        generation++;
    }

    /**
     * The QueueStatus answer is complete: callers Floorview thought waiting that it did not list left while
     * Floorview was not listening, and how is not known; they are closed as routed elsewhere.
     */
    void endSync(long ts) {
        List<Waiting> gone = new ArrayList<>();
        for (Waiting w : waiting.values()) {
            if (w.generation < generation) {
                gone.add(w);
            }
        }
        for (Waiting w : gone) {
            waiting.remove(w.callId);
            LOG.warn("caller {} left queue {} while the connection to Asterisk was down; counted as routed elsewhere",
                    w.callId, w.queue);
            out.emit(new CallOverflowed(0, ts, w.callId, w.queue, OverflowReason.TRANSFERRED,
                    Math.max(0, ts - w.enteredTs), w.position, null));
        }
    }

    /** Takes in an event this feed published before a restart, so that the feed goes on from what it said. */
    void restore(FeedEvent e) {
        switch (e.type()) {
            case CALL_ENTERED -> {
                CallEntered c = (CallEntered) e;
                waiting.put(c.callId(), new Waiting(c.callId(), c.queue(), c.ts(), c.position(), 0));
            }
            case CALL_ANSWERED -> {
                CallAnswered a = (CallAnswered) e;
                waiting.remove(a.callId());
                connected.put(a.callId(), new Connected(a.callId(), a.queue(), a.agent(), a.ts()));
            }
            case CALL_ABANDONED, CALL_OVERFLOWED, CALL_REJECTED -> waiting.remove(e.callId());
            case CALL_ENDED -> connected.remove(e.callId());
            default -> {
                // agent and configuration events are the agents' and queues' business
            }
        }
    }
}
