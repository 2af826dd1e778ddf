package io.floorview.domain.qa;

/** What someone did to an evaluation, as its history records it. */
public enum EvaluationAction {
    CREATED,
    SUBMITTED,
    ACKNOWLEDGED,
    /** The agent disputed one answer (one entry per disputed question). */
    DISPUTED,
    /** A reviewer kept a disputed answer. */
    UPHELD,
    /** A reviewer changed a disputed answer. */
    CHANGED,
    /** Every disputed answer is decided. */
    RESOLVED
}
