package io.floorview.domain.qa;

import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.domain.qa.ScorecardRef;
import java.time.Instant;

/**
 * An evaluation as lists and reports show it.
 *
 * @param scorePercent the overall score when it was last saved, {@code null} when nothing counted
 * @param failed       whether a fail-all critical question failed the form
 */
public record EvaluationSummary(String id, ScorecardRef scorecard, String callId, String agentId, String evaluatorId,
                                EvaluationStatus status, Instant createdAt, Instant submittedAt, Double scorePercent,
                                boolean failed) {
}
