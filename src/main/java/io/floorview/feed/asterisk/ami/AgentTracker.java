package io.floorview.feed.asterisk.ami;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedIn;
import io.floorview.domain.event.FeedEvent.AgentLoggedOut;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.WrapUpEnded;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * The agents as AMI shows them: queue membership, pauses and the phone's device state, per queue; made into
 * the feed's one state per agent. Asterisk keeps a member per queue, so an agent's queues accumulate from
 * {@code QueueMemberAdded}/{@code QueueMemberStatus} and shrink with {@code QueueMemberRemoved}; the feed
 * hears {@code agent.logged_in} when that list changes and {@code agent.logged_out} when it empties. Only
 * changes are emitted: a member the feed already knows is never logged in again. Owned by the feed's thread.
 */
final class AgentTracker {

    /** Asterisk's device states ({@code ast_device_state}) as QueueMember {@code Status} gives them. */
    static final int NOT_INUSE = 1;
    static final int INUSE = 2;
    static final int BUSY = 3;
    static final int INVALID = 4;
    static final int UNAVAILABLE = 5;
    static final int RINGINUSE = 7;
    static final int ONHOLD = 8;

    /** The not-ready reason of an agent whose phone Asterisk cannot reach. */
    static final String UNAVAILABLE_REASON = "unavailable";

    private final Emitter out;
    private final ToIntFunction<String> wrapUpSecOf;
    private final Map<String, Member> members = new LinkedHashMap<>();
    /** Agent id → interface, read by supervisor actions from other threads. */
    private final Map<String, String> interfaces = new ConcurrentHashMap<>();
    /** Agent id → what the feed last said of the agent, read by supervisor actions from other threads. */
    private final Map<String, Visible> visible = new ConcurrentHashMap<>();

    /** An agent as the feed last showed it: state and queues. */
    record Visible(AgentState state, List<String> queues) {
    }

    private void remember(Member a) {
        visible.put(a.id, new Visible(a.shown.state(), a.shownQueues));
    }

    /** What the feed last said of {@code agent}, if anything. Any thread. */
    Optional<Visible> visibleOf(String agent) {
        return Optional.ofNullable(visible.get(agent));
    }
    private int generation;

    /** A queue call an agent is on; {@code generation} is the sync during which it was seen to start. */
    record OpenCall(String agent, String callId, String queue, long sinceTs, int generation) {
    }

    private record WrapUp(String callId, String queue, long startTs, long wrapMs, long endsAtMs) {
    }

    private record Shown(AgentState state, String reason, String callId) {
    }

    private static final class Member {
        final String id;
        /** Queue → paused there; the key set is the member's queues. */
        final Map<String, Boolean> pausedIn = new LinkedHashMap<>();
        /** Queue → the sync generation in which Asterisk last confirmed the membership. */
        final Map<String, Integer> seenIn = new HashMap<>();
        String pauseReason;
        int device = NOT_INUSE;
        boolean inCall;
        int ownWrapUpSec = -1;
        OpenCall active;
        WrapUp wrap;
        List<String> shownQueues = List.of();
        Shown shown = new Shown(AgentState.LOGGED_OUT, null, null);

        Member(String id) {
            this.id = id;
        }
    }

    /** @param wrapUpSecOf the after-call work time of a queue (0 when none), for members that do not say */
    AgentTracker(Emitter out, ToIntFunction<String> wrapUpSecOf) {
        this.out = out;
        this.wrapUpSecOf = wrapUpSecOf;
    }

    /** {@code QueueMemberStatus}, {@code QueueMemberAdded} and a QueueStatus answer's {@code QueueMember}. */
    void member(AmiMessage m) {
        Member a = memberOf(m);
        String queue = m.get("queue");
        if (a == null || queue == null) {
            return;
        }
        setPaused(a, queue, m);
        long status = m.number(-1, "status");
        if (status >= 0) {
            a.device = (int) status;
        }
        a.inCall = m.flag(false, "incall");
        long w = m.number(-1, "wrapuptime");
        if (w >= 0) {
            a.ownWrapUpSec = (int) w;
        }
        show(a, m.ts());
    }

    /** {@code QueueMemberPause} (Asterisk 12+) and {@code QueueMemberPaused} (Asterisk 11). */
    void paused(AmiMessage m) {
        Member a = memberOf(m);
        if (a == null) {
            return;
        }
        String queue = m.get("queue");
        if (queue != null) {
            setPaused(a, queue, m);
        } else {
            for (String q : new ArrayList<>(a.pausedIn.keySet())) {
                setPaused(a, q, m);
            }
        }
        show(a, m.ts());
    }

    /** {@code QueueMemberRemoved}. */
    void removed(AmiMessage m) {
        String id = m.member();
        Member a = id == null ? null : members.get(id);
        String queue = m.get("queue");
        if (a == null || queue == null) {
            return;
        }
        a.pausedIn.remove(queue);
        a.seenIn.remove(queue);
        show(a, m.ts());
    }

    private void setPaused(Member a, String queue, AmiMessage m) {
        boolean paused = m.flag(false, "paused");
        a.pausedIn.put(queue, paused);
        a.seenIn.put(queue, generation);
        String reason = m.get("pausedreason", "reason");
        if (paused && reason != null) {
            a.pauseReason = reason;
        }
    }

    /** An agent answered a queue call ({@code AgentConnect}). */
    void connected(AmiMessage m, String callId, String queue) {
        Member a = memberOf(m);
        if (a == null) {
            return;
        }
        if (queue != null && !a.pausedIn.containsKey(queue)) {
            a.pausedIn.put(queue, false); // an agent who answers a queue's call serves it
            a.seenIn.put(queue, generation);
        }
        if (a.wrap != null) {
            endWrapUp(a, Math.max(m.ts(), a.wrap.startTs));
        }
        a.active = new OpenCall(a.id, callId, queue, m.ts(), generation);
        show(a, m.ts());
    }

    /**
     * A queue call of {@code agent} ended at {@code ts}: after-call work follows for the queue's wrap-up time,
     * or ends at once (with 0 ms) when Asterisk gives none.
     */
    void completed(String agent, String callId, String queue, long ts, long nowMs) {
        Member a = agent == null ? null : members.get(agent);
        if (a == null) {
            return;
        }
        if (a.active != null && a.active.callId().equals(callId)) {
            a.active = null;
            // the phone was busy with this call; a later QueueMemberStatus says if it still is
            a.device = NOT_INUSE;
            a.inCall = false;
        }
        int wrapSec = a.ownWrapUpSec > 0 ? a.ownWrapUpSec : wrapUpSecOf.applyAsInt(queue);
        if (wrapSec > 0 && a.active == null && !a.pausedIn.isEmpty()) {
            a.wrap = new WrapUp(callId, queue, ts, wrapSec * 1000L, nowMs + wrapSec * 1000L);
        } else {
            out.emit(new WrapUpEnded(0, ts, callId, queue, a.id, 0));
        }
        show(a, ts);
    }

    /** Ends the after-call work whose time is up by {@code nowMs}. */
    void tick(long nowMs) {
        for (Member a : members.values()) {
            if (a.wrap != null && a.wrap.endsAtMs() <= nowMs) {
                endWrapUp(a, a.wrap.startTs() + a.wrap.wrapMs());
            }
        }
    }

    private void endWrapUp(Member a, long ts) {
        WrapUp w = a.wrap;
        a.wrap = null;
        out.emit(new WrapUpEnded(0, ts, w.callId(), w.queue(), a.id, Math.max(0, ts - w.startTs())));
        show(a, ts);
    }

    /**
     * Whether {@code queue} has a member Asterisk counts as present for {@code leavewhenempty} (not paused,
     * phone reachable): without one, a caller who leaves without hanging up left an empty queue.
     */
    boolean anyonePresent(String queue) {
        for (Member a : members.values()) {
            Boolean paused = a.pausedIn.get(queue);
            if (paused != null && !paused && a.device != INVALID && a.device != UNAVAILABLE) {
                return true;
            }
        }
        return false;
    }

    /** The interface Asterisk knows {@code agent} by, if it has been seen. */
    Optional<String> interfaceOf(String agent) {
        return Optional.ofNullable(interfaces.get(agent));
    }

    /** A QueueStatus was asked for: what it does not confirm is gone once it completes. */
    void beginSync() {
        generation++;
    }

    /**
     * The QueueStatus answer is complete: memberships it did not confirm are removed, and the calls of agents
     * whose phone is no longer busy (they ended while Floorview was not listening) are returned to be closed.
     */
    List<OpenCall> endSync(long ts) {
        List<OpenCall> stale = new ArrayList<>();
        for (Member a : members.values()) {
            a.pausedIn.keySet().removeIf(q -> a.seenIn.getOrDefault(q, -1) < generation);
            a.seenIn.keySet().retainAll(a.pausedIn.keySet());
            if (a.active != null && a.active.generation() < generation && !busy(a)) {
                stale.add(a.active);
            }
            show(a, ts);
        }
        return stale;
    }

    /** Takes in an event this feed published before a restart, so that the feed goes on from what it said. */
    void restore(FeedEvent e) {
        if (e instanceof AgentLoggedIn in) {
            Member a = members.computeIfAbsent(in.agent(), Member::new);
            a.pausedIn.keySet().retainAll(in.queues());
            in.queues().forEach(q -> a.pausedIn.putIfAbsent(q, false));
            a.shownQueues = in.queues();
            if (a.shown.state() == AgentState.LOGGED_OUT) {
                a.shown = new Shown(AgentState.READY, null, null);
            }
        } else if (e instanceof AgentLoggedOut outEvent) {
            Member a = members.computeIfAbsent(outEvent.agent(), Member::new);
            a.pausedIn.clear();
            a.shownQueues = List.of();
            a.shown = new Shown(AgentState.LOGGED_OUT, null, null);
            a.active = null;
            a.wrap = null;
        } else if (e instanceof AgentStateChanged s) {
            restoreState(members.computeIfAbsent(s.agent(), Member::new), s);
        }
        String agent = e.agent();
        if (agent != null && members.containsKey(agent)) {
            remember(members.get(agent));
        }
    }

    private void restoreState(Member a, AgentStateChanged s) {
        a.shown = new Shown(s.state(), s.reason(), s.callId());
        a.active = null;
        a.wrap = null;
        a.device = NOT_INUSE;
        a.pausedIn.replaceAll((q, p) -> s.state() == AgentState.NOT_READY);
        a.pauseReason = s.reason();
        switch (s.state()) {
            case ON_CALL -> {
                if (s.callId() != null) {
                    a.active = new OpenCall(a.id, s.callId(), null, s.ts(), 0);
                } else {
                    a.device = INUSE;
                }
            }
            case WRAP_UP -> {
                long ms = wrapUpSecOf.applyAsInt(null) * 1000L;
                a.wrap = new WrapUp(s.callId(), null, s.ts(), ms, s.ts() + ms);
            }
            default -> {
                // ready, not ready and logged out need nothing more
            }
        }
    }

    private Member memberOf(AmiMessage m) {
        String id = m.member();
        if (id == null) {
            return null;
        }
        String iface = m.memberInterface();
        if (iface != null) {
            interfaces.put(id, iface);
        }
        return members.computeIfAbsent(id, Member::new);
    }

    private static boolean busy(Member a) {
        return a.inCall || a.device == INUSE || a.device == BUSY || a.device == RINGINUSE || a.device == ONHOLD;
    }

    /** The feed's state of an agent: on a queue call, in wrap-up, paused everywhere, unreachable, busy, ready. */
    private static Shown wanted(Member a) {
        if (a.active != null) {
            return new Shown(AgentState.ON_CALL, null, a.active.callId());
        }
        if (a.wrap != null) {
            return new Shown(AgentState.WRAP_UP, null, a.wrap.callId());
        }
        if (!a.pausedIn.containsValue(false)) {
            return new Shown(AgentState.NOT_READY, a.pauseReason, null);
        }
        if (a.device == INVALID || a.device == UNAVAILABLE) {
            return new Shown(AgentState.NOT_READY, UNAVAILABLE_REASON, null);
        }
        if (busy(a)) {
            return new Shown(AgentState.ON_CALL, null, null);
        }
        return new Shown(AgentState.READY, null, null);
    }

    /** Tells the feed what changed about {@code a}: its queues, then its state. */
    private void show(Member a, long ts) {
        List<String> queues = List.copyOf(a.pausedIn.keySet());
        if (queues.isEmpty()) {
            if (!a.shownQueues.isEmpty()) {
                out.emit(new AgentLoggedOut(0, ts, a.id));
                a.shownQueues = List.of();
                a.shown = new Shown(AgentState.LOGGED_OUT, null, null);
                remember(a);
            }
            return;
        }
        if (!new HashSet<>(queues).equals(new HashSet<>(a.shownQueues))) {
            out.emit(new AgentLoggedIn(0, ts, a.id, null, null, queues));
            a.shownQueues = queues;
            if (a.shown.state() == AgentState.LOGGED_OUT) {
                a.shown = new Shown(AgentState.READY, null, null);
            }
        }
        Shown want = wanted(a);
        if (!want.equals(a.shown)) {
            out.emit(new AgentStateChanged(0, ts, a.id, want.state(), want.reason(), want.callId()));
            a.shown = want;
        }
        remember(a);
    }
}
