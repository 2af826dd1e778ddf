package io.floorview.service.staffing;

import io.floorview.domain.staffing.Shrinkage;
import io.floorview.domain.staffing.StaffingGoal;
import java.util.Objects;

/**
 * How each interval is staffed: the goal (service level, optional ASA target and occupancy cap), Erlang A's
 * mean caller patience (null: Erlang C) and the shrinkage.
 */
public record StaffingParameters(StaffingGoal goal, Double patienceSec, Shrinkage shrinkage) {

    public StaffingParameters {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(shrinkage, "shrinkage");
    }
}
