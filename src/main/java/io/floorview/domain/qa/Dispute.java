package io.floorview.domain.qa;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent's dispute of one answer, and the reviewer's decision once made.
 *
 * @param resolution {@code null} while the dispute is open
 */
public record Dispute(String questionId, String reason, String raisedBy, Instant raisedAt, Resolution resolution) {

    public Dispute {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(raisedBy, "raisedBy");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    public boolean open() {
        return resolution == null;
    }

    Dispute resolved(Resolution r) {
        return new Dispute(questionId, reason, raisedBy, raisedAt, r);
    }

    /**
     * A reviewer's decision.
     *
     * @param before the answer disputed
     * @param after  the answer after the decision: {@code before} when upheld
     */
    public record Resolution(DisputeOutcome outcome, Answer before, Answer after, String note, String reviewer,
                             Instant at) {

        public Resolution {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(reviewer, "reviewer");
            Objects.requireNonNull(at, "at");
        }
    }
}
