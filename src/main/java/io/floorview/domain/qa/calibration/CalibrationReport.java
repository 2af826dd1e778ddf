package io.floorview.domain.qa.calibration;

import io.floorview.domain.qa.ScorecardRef;
import java.util.Comparator;
import java.util.List;

/**
 * Several evaluators' scores of one call side by side: per question, per section and overall.
 *
 * @param evaluators the evaluators, in the order every list of the report follows
 * @param questions  in scorecard order
 */
public record CalibrationReport(ScorecardRef scorecard, String callId, List<String> evaluators,
                                List<QuestionSpread> questions, List<ScoreSpread> sections, ScoreSpread overall) {

    public CalibrationReport {
        evaluators = List.copyOf(evaluators);
        questions = List.copyOf(questions);
        sections = List.copyOf(sections);
    }

    /** The questions evaluators disagree on most first: lowest agreement, then widest point spread. */
    public List<QuestionSpread> byDisagreement() {
        Comparator<QuestionSpread> agreement = Comparator.comparing(q -> q.agreement() == null ? 2.0 : q.agreement());
        Comparator<QuestionSpread> spread = Comparator.comparing(q -> q.pointSpread() == null ? 0.0 : -q.pointSpread());
        return questions.stream().sorted(agreement.thenComparing(spread)).toList();
    }
}
