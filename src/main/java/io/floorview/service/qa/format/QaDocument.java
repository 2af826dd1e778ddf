package io.floorview.service.qa.format;

import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.Scorecard;
import java.util.Objects;

/** What a QA file holds: a scorecard version, or an evaluation with the scorecard version it was scored with. */
public sealed interface QaDocument {

    Scorecard scorecard();

    /** A {@code "kind": "scorecard"} file. */
    record ScorecardFile(Scorecard scorecard) implements QaDocument {
        public ScorecardFile {
            Objects.requireNonNull(scorecard, "scorecard");
        }
    }

    /** A {@code "kind": "evaluation"} file: the evaluation and, embedded, the exact version it is scored with. */
    record EvaluationFile(Scorecard scorecard, Evaluation evaluation) implements QaDocument {
        public EvaluationFile {
            Objects.requireNonNull(scorecard, "scorecard");
            Objects.requireNonNull(evaluation, "evaluation");
        }
    }
}
