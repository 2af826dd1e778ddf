package io.floorview.service.staffing;

import io.floorview.domain.staffing.StaffingResult;

/**
 * The agents one interval needs, or why there is no number.
 *
 * @param result the required agents, their figures and the heads to schedule; null unless {@code gap} is NONE
 */
public record IntervalStaffing(int slot, StaffingResult result, Gap gap) {

    public enum Gap {
        /** A number was found. */
        NONE,
        /** The interval has no forecast of calls. */
        NO_FORECAST,
        /** It has calls but no handle time (no call was handled in its history). */
        NO_AHT,
        /** No number of agents meets the goal (the search stops at ten million). */
        UNREACHABLE
    }

    public Integer agents() {
        return result == null ? null : result.agents();
    }

    /** Heads to schedule (agents after shrinkage); null when there is no number. */
    public Integer scheduledHeads() {
        return result == null ? null : result.scheduledAgents();
    }
}
