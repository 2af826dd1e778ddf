package io.floorview.domain.schedule;

import io.floorview.domain.event.AgentState;
import java.util.Objects;
import java.util.Set;

/**
 * A kind of scheduled time, as the center defines it: its layer, colour, whether it is paid, whether the
 * agent is on the queues (takes calls) then, whether it counts as shrinkage, and what adherence expects.
 *
 * @param colour        a CSS colour such as {@code #4caf50}
 * @param onQueue       the agent takes calls during it (a shift, overtime)
 * @param shrinkage     it takes the agent off the phones in the staffing maths (breaks, training, absences)
 * @param graceMinutes  how far the agent may be off it before it counts against adherence
 * @param expected      the agent states that adhere to it
 * @param reasons       for a not-ready state, the reason codes that adhere (empty: any reason)
 */
public record ActivityCode(String code, String name, Layer layer, String colour, boolean paid, boolean onQueue,
                           boolean shrinkage, int graceMinutes, Set<AgentState> expected, Set<String> reasons) {

    public ActivityCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(layer, "layer");
        if (code.isBlank()) {
            throw new IllegalArgumentException("an activity needs a code");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("activity " + code + " needs a name");
        }
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("activity " + code + ": the colour must look like #4caf50, not " + colour);
        }
        if (graceMinutes < 0 || graceMinutes > 240) {
            throw new IllegalArgumentException("activity " + code + ": grace must be 0..240 minutes, not " + graceMinutes);
        }
        expected = Set.copyOf(expected);
        reasons = Set.copyOf(reasons);
    }

    /** Whether an agent in {@code state} (with not-ready {@code reason}) does what this activity schedules. */
    public boolean adheres(AgentState state, String reason) {
        if (!expected.contains(state)) {
            return false;
        }
        return state != AgentState.NOT_READY || reasons.isEmpty() || (reason != null && reasons.contains(reason));
    }
}
