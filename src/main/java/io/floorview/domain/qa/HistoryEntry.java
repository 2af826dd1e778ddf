package io.floorview.domain.qa;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of an evaluation's history: who did what, when.
 *
 * @param questionId the question it concerns (disputes), else {@code null}
 * @param detail     what a person reads: the score at submission, the reason of a dispute, a reviewer's note
 */
public record HistoryEntry(Instant at, String actor, EvaluationAction action, String questionId, String detail) {

    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        detail = detail == null ? "" : detail;
    }
}
