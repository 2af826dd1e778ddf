package io.floorview.domain.kpi;

import io.floorview.domain.event.AgentState;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How long an agent may stay in a state before the board draws attention to it, and which agents' states look
 * wrong (product brief §7.5): stuck in wrap-up, or logged in with no activity for a long time.
 *
 * @param limits        per state, the time in state at which it becomes a warning and a critical; states without
 *                      an entry never escalate
 * @param stuckWrapUpMs wrap-up at least this long is flagged as stuck
 * @param idleMs        a logged-in agent neither on a call nor in wrap-up whose state has not changed for at
 *                      least this long is flagged as without activity
 */
public record AgentWatch(Map<AgentState, Limits> limits, long stuckWrapUpMs, long idleMs) {

    /** The time in state (ms) at which a state becomes a warning, then critical. */
    public record Limits(long warningMs, long criticalMs) {
        public Limits {
            if (warningMs <= 0 || criticalMs < warningMs) {
                throw new IllegalArgumentException("need 0 < warning <= critical, not " + warningMs + " / "
                        + criticalMs);
            }
        }
    }

    /** How an agent's time in state stands. */
    public enum Escalation { NONE, WARNING, CRITICAL }

    /** What looks wrong about an agent. */
    public enum Flag { STUCK_WRAP_UP, NO_ACTIVITY }

    private static final long MINUTE = 60_000L;

    /** On call 10 / 20 min, wrap-up 1 / 3 min, not ready 15 / 30 min; stuck wrap-up 5 min; no activity 45 min. */
    public static final AgentWatch DEFAULT = new AgentWatch(Map.of(
            AgentState.ON_CALL, new Limits(10 * MINUTE, 20 * MINUTE),
            AgentState.WRAP_UP, new Limits(MINUTE, 3 * MINUTE),
            AgentState.NOT_READY, new Limits(15 * MINUTE, 30 * MINUTE)), 5 * MINUTE, 45 * MINUTE);

    public AgentWatch {
        Objects.requireNonNull(limits, "limits");
        limits = limits.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(limits));
        if (stuckWrapUpMs <= 0 || idleMs <= 0) {
            throw new IllegalArgumentException("stuck wrap-up and idle times must be positive");
        }
    }

    /** How long {@code agent} has been in its state at {@code nowMs} (never negative). */
    public static long timeInStateMs(AgentView agent, long nowMs) {
        return Math.max(0, nowMs - agent.stateSinceMs());
    }

    public Escalation escalation(AgentState state, long timeInStateMs) {
        Limits l = limits.get(state);
        if (l == null || timeInStateMs < l.warningMs()) {
            return Escalation.NONE;
        }
        return timeInStateMs < l.criticalMs() ? Escalation.WARNING : Escalation.CRITICAL;
    }

    public Set<Flag> flags(AgentState state, long timeInStateMs) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (state == AgentState.WRAP_UP && timeInStateMs >= stuckWrapUpMs) {
            flags.add(Flag.STUCK_WRAP_UP);
        }
        if ((state == AgentState.READY || state == AgentState.NOT_READY) && timeInStateMs >= idleMs) {
            flags.add(Flag.NO_ACTIVITY);
        }
        return flags;
    }
}
