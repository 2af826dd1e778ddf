package io.floorview.domain.schedule;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agents' states over time, folded from feed events in feed order: a login makes a logged-out agent ready, a
 * logout logs them out, a state change sets the state (and not-ready reason). Before an agent's first event
 * they count as logged out. Events of other kinds are ignored.
 */
public final class StateHistory {

    private record Open(AgentState state, String reason, long sinceMs) {
    }

    private final Map<String, Open> open = new HashMap<>();
    private final Map<String, List<StateSpan>> spans = new HashMap<>();

    public void apply(FeedEvent e) {
        switch (e.type()) {
            case AGENT_LOGGED_IN -> {
                Open o = open.get(e.agent());
                if (o == null || o.state() == AgentState.LOGGED_OUT) {
                    move(e.agent(), AgentState.READY, null, e.ts());
                }
            }
            case AGENT_LOGGED_OUT -> move(e.agent(), AgentState.LOGGED_OUT, null, e.ts());
            case AGENT_STATE -> {
                FeedEvent.AgentStateChanged s = (FeedEvent.AgentStateChanged) e;
                move(s.agent(), s.state(), s.state() == AgentState.NOT_READY ? s.reason() : null, s.ts());
            }
            default -> {
                // only agent events move agents' states
            }
        }
    }

    private void move(String agent, AgentState state, String reason, long ts) {
        Open o = open.get(agent);
        if (o != null) {
            if (o.state() == state && java.util.Objects.equals(o.reason(), reason)) {
                return;
            }
            if (ts > o.sinceMs()) {
                spans.computeIfAbsent(agent, k -> new ArrayList<>()).add(new StateSpan(agent, o.state(), o.reason(),
                        o.sinceMs(), ts));
            }
        }
        open.put(agent, new Open(state, reason, o == null ? ts : Math.max(ts, o.sinceMs())));
    }

    /**
     * The agent's states within {@code [fromMs, toMs)}, the last one running to {@code toMs}; time before the
     * agent's first event is logged out.
     */
    public List<StateSpan> spans(String agent, long fromMs, long toMs) {
        List<StateSpan> all = new ArrayList<>(spans.getOrDefault(agent, List.of()));
        Open o = open.get(agent);
        if (o != null && o.sinceMs() < toMs) {
            all.add(new StateSpan(agent, o.state(), o.reason(), o.sinceMs(), toMs));
        }
        List<StateSpan> out = new ArrayList<>();
        long covered = fromMs;
        for (StateSpan s : all) {
            long a = Math.max(s.fromMs(), fromMs);
            long b = Math.min(s.toMs(), toMs);
            if (b <= a) {
                continue;
            }
            if (a > covered) {
                out.add(new StateSpan(agent, AgentState.LOGGED_OUT, null, covered, a));
            }
            out.add(new StateSpan(agent, s.state(), s.reason(), a, b));
            covered = b;
        }
        if (covered < toMs) {
            out.add(new StateSpan(agent, AgentState.LOGGED_OUT, null, covered, toMs));
        }
        return out;
    }
}
