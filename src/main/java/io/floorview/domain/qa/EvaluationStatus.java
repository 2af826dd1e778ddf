package io.floorview.domain.qa;

/**
 * Where an evaluation is in its life: draft → submitted → acknowledged by the agent, or disputed (per
 * question, with a reason) → resolved by a reviewer.
 */
public enum EvaluationStatus {
    /** The evaluator is still scoring; answers may change. */
    DRAFT,
    /** Scored and shared with the agent; frozen. */
    SUBMITTED,
    /** The agent has seen it and accepts it. Final. */
    ACKNOWLEDGED,
    /** The agent disputes one or more answers; a reviewer decides each. */
    DISPUTED,
    /** A reviewer decided every disputed answer. Final. */
    RESOLVED
}
