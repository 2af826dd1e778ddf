package io.floorview.domain.qa;

import io.floorview.domain.qa.ScorecardRef;
import io.floorview.domain.qa.ScorecardStatus;
import java.time.Instant;

/** A scorecard version as a list of scorecards shows it, with how many evaluations use it. */
public record ScorecardSummary(ScorecardRef ref, String name, ScorecardStatus status, Instant createdAt,
                               Instant activatedAt, Instant retiredAt, int evaluations) {
}
