package io.floorview.domain.qa;

/**
 * A critical question answered with one of its failing answers, and what that failed.
 *
 * @param scope {@link Criticality#FAIL_SECTION} or {@link Criticality#FAIL_ALL}
 */
public record CriticalFailure(Criticality scope, int sectionIndex, int questionIndex, String sectionId,
                              String sectionTitle, String questionId, String questionText, String optionId,
                              String optionLabel) {

    public boolean failsForm() {
        return scope == Criticality.FAIL_ALL;
    }

    /** {@code "Verified the caller's identity" answered "No" fails the whole form}. */
    public String describe() {
        return "\"" + questionText + "\" answered \"" + optionLabel + "\" fails "
                + (failsForm() ? "the whole form" : "section \"" + sectionTitle + "\"");
    }
}
