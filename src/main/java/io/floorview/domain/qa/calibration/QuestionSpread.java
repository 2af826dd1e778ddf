package io.floorview.domain.qa.calibration;

import io.floorview.domain.qa.QuestionAt;
import java.util.List;

/**
 * How evaluators answered one question of the same call.
 *
 * @param choices   one per evaluator, in the report's evaluator order
 * @param consensus the answer most evaluators gave (its label, or "N/A"), {@code null} when no single answer
 *                  was given most often or nobody answered
 * @param agreement the share (0..1) of the evaluators who answered that gave the most common answer
 *                  (N/A is an answer like any other); {@code null} when nobody answered
 * @param minPoints the fewest points given (answers with an option only), {@code null} when none
 * @param maxPoints the most points given, {@code null} when none
 */
public record QuestionSpread(QuestionAt question, List<EvaluatorChoice> choices, String consensus, Double agreement,
                             Double minPoints, Double maxPoints) {

    public QuestionSpread {
        choices = List.copyOf(choices);
    }

    /** Max − min of the points given; 0 when everyone gave the same points, {@code null} when none. */
    public Double pointSpread() {
        return minPoints == null ? null : maxPoints - minPoints;
    }

    /** Whether everyone who answered gave the same answer. */
    public boolean unanimous() {
        return agreement != null && agreement == 1.0;
    }
}
