package io.floorview.feed.asterisk.queuelog;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent.AgentLoggedIn;
import io.floorview.domain.event.FeedEvent.AgentLoggedOut;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.WrapUpEnded;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The agents as queue_log shows them, and the agent events that follow from it.
 *
 * <p>An agent serves every queue it was added to or seen working in (queues accumulate: added to three
 * queues, it serves three). An agent the log never logged in but that rings, answers or pauses in a queue is
 * a static member of it (queues.conf) and counts as logged in from then on. The agent's state follows from
 * what is known: on a call, in after-call work, not ready while paused in any queue (with the last reason
 * given), else ready; a state event is emitted only when it changes. queue_log has no wrap-up event: after a
 * call the agent is in wrap-up for the queue's configured wrap-up time (0 by default: it ends with the call),
 * cut short when the agent's next call comes sooner.
 */
final class AgentBook {

    private enum Presence { UNKNOWN, IN, OUT }

    private static final class Agent {
        final String id;
        final Set<String> queues = new LinkedHashSet<>(4);
        final Set<String> pausedIn = new HashSet<>(4);
        Presence presence = Presence.UNKNOWN;
        boolean pausedAll;
        String pauseReason;
        String callId;
        String wrapCallId;
        Wrap wrap;
        /** What the feed has said so far (the console's view of the agent). */
        AgentState shown = AgentState.LOGGED_OUT;
        String shownReason;
        String shownCall;

        Agent(String id) {
            this.id = id;
        }

        boolean paused() {
            return pausedAll || !pausedIn.isEmpty();
        }
    }

    private static final class Wrap {
        final Agent agent;
        final String callId;
        final String queue;
        final long endTs;
        final long due;
        final long order;
        boolean done;

        Wrap(Agent agent, String callId, String queue, long endTs, long due, long order) {
            this.agent = agent;
            this.callId = callId;
            this.queue = queue;
            this.endTs = endTs;
            this.due = due;
            this.order = order;
        }
    }

    private final EventOutput out;
    private final QueueLogOptions options;
    private final Map<String, Agent> agents = new HashMap<>();
    private final PriorityQueue<Wrap> timers = new PriorityQueue<>(
            Comparator.comparingLong((Wrap w) -> w.due).thenComparingLong(w -> w.order));
    private long wrapOrder;

    AgentBook(EventOutput out, QueueLogOptions options) {
        this.out = out;
        this.options = options;
    }

    private Agent get(String id) {
        Agent a = agents.get(id);
        if (a == null) {
            a = new Agent(id);
            agents.put(id, a);
        }
        return a;
    }

    /**
     * The agent appears in {@code queue}'s lines. {@code working} (it rang or answered) proves it logged in;
     * otherwise only an agent never seen before is taken as a static member, logged in.
     */
    void seen(String agent, String queue, long ts, boolean working) {
        Agent a = get(agent);
        boolean added = queue != null && a.queues.add(queue);
        if (a.presence != Presence.IN && (working || a.presence == Presence.UNKNOWN)) {
            login(a, ts);
        } else if (added && a.presence == Presence.IN) {
            announce(a, ts);
        }
    }

    void login(String agent, long ts) {
        login(get(agent), ts);
    }

    private void login(Agent a, long ts) {
        a.presence = Presence.IN;
        announce(a, ts);
        sync(a, ts);
    }

    /** Says which queues the agent serves; the console takes a logged-out agent as ready from here. */
    private void announce(Agent a, long ts) {
        out.emit(new AgentLoggedIn(out.next(), ts, a.id, null, null, List.copyOf(a.queues)));
        if (a.shown == AgentState.LOGGED_OUT) {
            a.shown = AgentState.READY;
            a.shownReason = null;
            a.shownCall = null;
        }
    }

    void logout(String agent, long ts) {
        Agent a = get(agent);
        endWrap(a, ts);
        a.presence = Presence.OUT;
        out.emit(new AgentLoggedOut(out.next(), ts, a.id));
        a.shown = AgentState.LOGGED_OUT;
        a.shownReason = null;
        a.shownCall = null;
    }

    void addMember(String agent, String queue, boolean paused, long ts) {
        Agent a = get(agent);
        a.queues.add(queue);
        if (paused) {
            a.pausedIn.add(queue);
        }
        if (a.presence == Presence.IN) {
            announce(a, ts);
            sync(a, ts);
        } else {
            login(a, ts);
        }
    }

    void removeMember(String agent, String queue, long ts) {
        Agent a = get(agent);
        a.queues.remove(queue);
        a.pausedIn.remove(queue);
        if (a.queues.isEmpty()) {
            logout(agent, ts);
        } else if (a.presence == Presence.IN) {
            announce(a, ts);
            sync(a, ts);
        }
    }

    /** Pauses the agent in {@code queue}, or in every queue when {@code null}. */
    void pause(String agent, String queue, String reason, long ts) {
        seen(agent, queue, ts, false);
        Agent a = get(agent);
        if (queue == null) {
            a.pausedAll = true;
        } else {
            a.pausedIn.add(queue);
        }
        a.pauseReason = reason;
        sync(a, ts);
    }

    /** Unpauses the agent in {@code queue}, or in every queue when {@code null}. */
    void unpause(String agent, String queue, long ts) {
        seen(agent, queue, ts, false);
        Agent a = get(agent);
        a.pausedAll = false;
        if (queue == null) {
            a.pausedIn.clear();
        } else {
            a.pausedIn.remove(queue);
        }
        if (!a.paused()) {
            a.pauseReason = null;
        }
        sync(a, ts);
    }

    /** A call is offered to or taken by the agent: any after-call work is over, and the agent is working. */
    void working(String agent, String queue, long ts) {
        endWrap(get(agent), ts);
        seen(agent, queue, ts, true);
    }

    void onCall(String agent, String callId, long ts) {
        Agent a = get(agent);
        a.callId = callId;
        sync(a, ts);
    }

    /** The agent's call ended: after-call work follows, for the queue's wrap-up time. */
    void callEnded(String agent, String queue, String callId, long ts) {
        Agent a = get(agent);
        endWrap(a, ts);
        seen(agent, queue, ts, false);
        a.callId = null;
        a.wrapCallId = callId;
        sync(a, ts);
        long wrapMs = options.wrapUpMs(queue);
        if (wrapMs == 0) {
            finishWrap(a, callId, queue, ts, 0);
        } else {
            a.wrap = new Wrap(a, callId, queue, ts, ts + wrapMs, wrapOrder++);
            timers.add(a.wrap);
        }
    }

    /** Ends every wrap-up due by {@code ts}. */
    void fireDue(long ts) {
        while (!timers.isEmpty() && timers.peek().due <= ts) {
            Wrap w = timers.poll();
            if (!w.done) {
                w.done = true;
                finishWrap(w.agent, w.callId, w.queue, w.due, w.due - w.endTs);
            }
        }
    }

    private void endWrap(Agent a, long ts) {
        Wrap w = a.wrap;
        if (w != null && !w.done) {
            w.done = true;
            long at = Math.max(w.endTs, Math.min(ts, w.due));
            finishWrap(a, w.callId, w.queue, at, at - w.endTs);
        }
    }

    private void finishWrap(Agent a, String callId, String queue, long ts, long wrapMs) {
        out.emit(new WrapUpEnded(out.next(), ts, callId, queue, a.id, wrapMs));
        a.wrap = null;
        if (Objects.equals(a.wrapCallId, callId)) {
            a.wrapCallId = null;
        }
        sync(a, ts);
    }

    /** Emits the agent's state when what is known says something else than what the feed said last. */
    private void sync(Agent a, long ts) {
        if (a.presence != Presence.IN) {
            return; // logged out: said by agent.logged_out itself
        }
        AgentState st;
        String reason = null;
        String call = null;
        if (a.callId != null) {
            st = AgentState.ON_CALL;
            call = a.callId;
        } else if (a.wrapCallId != null) {
            st = AgentState.WRAP_UP;
            call = a.wrapCallId;
        } else if (a.paused()) {
            st = AgentState.NOT_READY;
            reason = a.pauseReason;
        } else {
            st = AgentState.READY;
        }
        if (st != a.shown || !Objects.equals(reason, a.shownReason) || !Objects.equals(call, a.shownCall)) {
            out.emit(new AgentStateChanged(out.next(), ts, a.id, st, reason, call));
            a.shown = st;
            a.shownReason = reason;
            a.shownCall = call;
        }
    }
}
