package io.floorview.domain.qa;

import java.util.List;

/**
 * The score of an evaluation, final or live while the evaluator is still answering.
 *
 * @param percent            the overall score in percent: 0 when a fail-all critical question failed,
 *                           otherwise the weighted mean of the counted sections' percents (weights
 *                           re-normalised over the counted sections); {@code null} when no section counts
 *                           (nothing answered yet, or everything N/A)
 * @param formFailure        the first fail-all failure, which made the form 0 %, or {@code null}
 * @param criticalFailures   every critical failure, in the order of the scorecard
 * @param unansweredRequired the required questions without an answer: they block submission
 */
public record ScoreResult(ScorecardRef scorecard, Double percent, CriticalFailure formFailure,
                          List<SectionScore> sections, List<CriticalFailure> criticalFailures,
                          List<QuestionAt> unansweredRequired, int questions, int answered, int notApplicable) {

    public ScoreResult {
        sections = List.copyOf(sections);
        criticalFailures = List.copyOf(criticalFailures);
        unansweredRequired = List.copyOf(unansweredRequired);
    }

    /** Whether every required question is answered (an option or N/A): the evaluation may be submitted. */
    public boolean complete() {
        return unansweredRequired.isEmpty();
    }

    /** Whether a fail-all critical question failed the whole form. */
    public boolean failed() {
        return formFailure != null;
    }

    public boolean hasPercent() {
        return percent != null;
    }

    /** Questions answered so far, N/A included, for a progress bar. */
    public int done() {
        return answered + notApplicable;
    }

    public SectionScore section(String sectionId) {
        return sections.stream().filter(s -> s.sectionId().equals(sectionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + sectionId));
    }
}
