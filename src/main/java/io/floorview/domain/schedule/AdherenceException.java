package io.floorview.domain.schedule;

import io.floorview.domain.event.AgentState;

/**
 * A stretch during which an agent did not do what was scheduled, at least as long as the activity's grace.
 *
 * @param code       the activity scheduled then
 * @param state      what the agent was doing (the state of the exception's start)
 * @param excusedMs  how much of it a supervisor excused
 */
public record AdherenceException(String agent, String code, AgentState state, String reason, long fromMs, long toMs,
                                 long excusedMs) {

    public long ms() {
        return toMs - fromMs;
    }

    /** The part that counts against adherence. */
    public long countedMs() {
        return ms() - excusedMs;
    }
}
