package io.floorview.domain.qa;

/**
 * One section's score.
 *
 * @param earned        points of the answers given (N/A and unanswered questions aside)
 * @param possible      the best points of the same questions: N/A leaves the denominator, it is not zero
 * @param percent       {@code earned / possible} in percent; 0 when a critical question failed the section;
 *                      {@code null} when nothing in it is scored (all N/A, or nothing answered yet)
 * @param counted       whether it counts in the overall score: a weight above 0 and a percent
 * @param share         its effective share of the overall score, 0..1: its weight over the weights of the
 *                      counted sections (0 when not counted)
 * @param failedBy      the critical failure that made it 0 %, or {@code null}
 * @param answered      questions answered with an option
 * @param notApplicable questions answered N/A
 * @param unanswered    questions not answered yet
 */
public record SectionScore(String sectionId, String title, double weight, double earned, double possible,
                           Double percent, boolean counted, double share, CriticalFailure failedBy,
                           int answered, int notApplicable, int unanswered) {

    public boolean failed() {
        return failedBy != null;
    }

    /** {@code earned / possible} in percent whatever a critical failure did, {@code null} when nothing scored. */
    public Double pointsPercent() {
        return possible > 0 ? 100 * earned / possible : null;
    }
}
