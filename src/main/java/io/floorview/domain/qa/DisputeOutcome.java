package io.floorview.domain.qa;

/** A reviewer's decision on a disputed answer. */
public enum DisputeOutcome {
    /** The evaluator's answer stands. */
    UPHELD,
    /** The answer is changed to the reviewer's. */
    CHANGED
}
