package io.floorview.domain.qa;

import io.floorview.domain.qa.EvaluationStatus;
import java.time.Instant;
import java.util.Set;

/**
 * Which evaluations to list; a {@code null} filter takes all. {@code from}/{@code to} apply to when an
 * evaluation was submitted (when it was created, for drafts).
 */
public record EvaluationQuery(String agentId, String callId, String evaluatorId, Set<EvaluationStatus> statuses,
                              Instant from, Instant to) {

    public static final EvaluationQuery ALL = new EvaluationQuery(null, null, null, null, null, null);

    public static EvaluationQuery ofAgent(String agentId) {
        return new EvaluationQuery(agentId, null, null, null, null, null);
    }

    public static EvaluationQuery ofCall(String callId) {
        return new EvaluationQuery(null, callId, null, null, null, null);
    }

    public EvaluationQuery between(Instant newFrom, Instant newTo) {
        return new EvaluationQuery(agentId, callId, evaluatorId, statuses, newFrom, newTo);
    }

    public EvaluationQuery withStatuses(Set<EvaluationStatus> newStatuses) {
        return new EvaluationQuery(agentId, callId, evaluatorId, newStatuses, from, to);
    }
}
