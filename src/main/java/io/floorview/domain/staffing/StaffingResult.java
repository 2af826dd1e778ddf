package io.floorview.domain.staffing;

import java.util.Objects;

/**
 * Agents on the phones, what they achieve, and the heads to schedule for them.
 *
 * @param figures         the queue's figures with {@code figures.agents()} agents
 * @param scheduledAgents heads to schedule so that many are on the phones after shrinkage
 */
public record StaffingResult(QueueFigures figures, int scheduledAgents) {

    public StaffingResult {
        Objects.requireNonNull(figures, "figures");
    }

    public int agents() {
        return figures.agents();
    }
}
