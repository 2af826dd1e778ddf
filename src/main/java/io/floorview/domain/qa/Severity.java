package io.floorview.domain.qa;

/** How much a problem matters. */
public enum Severity {
    /** Blocks activating the scorecard (or submitting the evaluation). */
    ERROR,
    /** Worth a look; blocks nothing. */
    WARNING
}
