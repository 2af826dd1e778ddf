package io.floorview.domain.qa;

/** Where a scorecard version is in its life: draft → active → retired. */
public enum ScorecardStatus {
    /** Being edited; nothing is scored with it yet. At most one draft per scorecard. */
    DRAFT,
    /** The version new evaluations use; frozen. At most one active version per scorecard. */
    ACTIVE,
    /** No longer used for new evaluations; kept, frozen, for the evaluations scored with it. */
    RETIRED
}
