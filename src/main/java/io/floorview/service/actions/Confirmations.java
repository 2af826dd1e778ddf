package io.floorview.service.actions;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedOut;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Watches the stored feed for the events that confirm commands under way. An event confirms a command when it
 * shows the agent in the state asked for (with the reason asked for, for not ready) and either carries the
 * command's id, or carries no command id and comes after the feed's last seq at the command's acceptance (a
 * source that cannot tell which command caused a change). An event that names another command never
 * confirms this one. Events may come before the server's answer does; they are kept until it comes.
 * Thread-safe; {@code onConfirmed} runs on the thread that hands the events over.
 */
final class Confirmations {

    /** A command whose confirming event is awaited. */
    final class Pending {
        final String commandId;
        final String agent;
        final AgentState state;
        final String reason;
        private final Consumer<FeedEvent> onConfirmed;
        /** The feed's last seq when the server accepted the command; -1 until then. */
        private long afterSeq = -1;
        private FeedEvent byId;
        private final List<FeedEvent> early = new ArrayList<>(2);

        private Pending(String commandId, String agent, AgentState state, String reason,
                        Consumer<FeedEvent> onConfirmed) {
            this.commandId = commandId;
            this.agent = agent;
            this.state = state;
            this.reason = reason;
            this.onConfirmed = onConfirmed;
        }

        private boolean shows(FeedEvent e) {
            AgentState shown;
            String shownReason = null;
            if (e instanceof AgentStateChanged s) {
                shown = s.state();
                shownReason = s.reason();
            } else if (e instanceof AgentLoggedOut) {
                shown = AgentState.LOGGED_OUT;
            } else {
                return false;
            }
            return shown == state && (state != AgentState.NOT_READY || Objects.equals(shownReason, reason));
        }
    }

    private final Map<String, List<Pending>> byAgent = new HashMap<>();

    /** Starts watching for {@code agent} in {@code state} (and {@code reason}, for not ready). */
    synchronized Pending expect(String commandId, String agent, AgentState state, String reason,
                                Consumer<FeedEvent> onConfirmed) {
        Pending p = new Pending(commandId, agent, state, reason, onConfirmed);
        byAgent.computeIfAbsent(agent, k -> new ArrayList<>()).add(p);
        return p;
    }

    /** The server accepted the command when its feed was at {@code afterSeq}; confirms it if that already came. */
    void accepted(Pending p, long afterSeq) {
        FeedEvent confirming = null;
        synchronized (this) {
            if (!isWatched(p)) {
                return;
            }
            p.afterSeq = Math.max(0, afterSeq);
            if (p.byId != null) {
                confirming = p.byId;
            } else {
                confirming = p.early.stream().filter(e -> e.seq() > p.afterSeq).findFirst().orElse(null);
            }
            p.early.clear();
            if (confirming != null) {
                remove(p);
            }
        }
        if (confirming != null) {
            p.onConfirmed.accept(confirming);
        }
    }

    /** Stops watching (the command was refused, failed or timed out). */
    synchronized void cancel(Pending p) {
        remove(p);
    }

    /** Takes note of newly stored events and confirms the commands they show done. */
    void onStored(List<FeedEvent> events) {
        List<Map.Entry<Pending, FeedEvent>> confirmed = new ArrayList<>();
        synchronized (this) {
            if (byAgent.isEmpty()) {
                return;
            }
            for (FeedEvent e : events) {
                List<Pending> waiting = e.agent() == null ? null : byAgent.get(e.agent());
                if (waiting == null) {
                    continue;
                }
                for (Pending p : List.copyOf(waiting)) {
                    if (see(p, e)) {
                        remove(p);
                        confirmed.add(Map.entry(p, e));
                    }
                }
            }
        }
        confirmed.forEach(c -> c.getKey().onConfirmed.accept(c.getValue()));
    }

    /** True when {@code e} confirms {@code p} now; an early match is kept until the server's answer. */
    private boolean see(Pending p, FeedEvent e) {
        if (!p.shows(e)) {
            return false;
        }
        String id = e.commandId();
        if (id != null && !id.equals(p.commandId)) {
            return false;
        }
        boolean accepted = p.afterSeq >= 0;
        if (id != null) {
            if (accepted) {
                return true;
            }
            p.byId = e;
            return false;
        }
        if (accepted) {
            return e.seq() > p.afterSeq;
        }
        if (p.early.size() < 8) {
            p.early.add(e);
        }
        return false;
    }

    private boolean isWatched(Pending p) {
        List<Pending> l = byAgent.get(p.agent);
        return l != null && l.contains(p);
    }

    private void remove(Pending p) {
        List<Pending> l = byAgent.get(p.agent);
        if (l != null) {
            l.remove(p);
            if (l.isEmpty()) {
                byAgent.remove(p.agent);
            }
        }
    }

    synchronized int watching() {
        return byAgent.values().stream().mapToInt(List::size).sum();
    }
}
