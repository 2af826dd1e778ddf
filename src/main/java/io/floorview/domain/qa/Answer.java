package io.floorview.domain.qa;

/**
 * An evaluator's answer to one question: an option, or N/A, or nothing yet, with a comment either way.
 *
 * @param optionId      the option picked, {@code null} for N/A or when not answered yet
 * @param notApplicable the question does not apply to this call (only where the question allows it)
 * @param comment       the evaluator's comment on this question, may be empty
 */
public record Answer(String optionId, boolean notApplicable, String comment) {

    public Answer {
        comment = comment == null ? "" : comment;
        if (optionId != null && notApplicable) {
            throw new IllegalArgumentException("an answer is an option or N/A, not both");
        }
    }

    public static Answer option(String optionId) {
        return new Answer(java.util.Objects.requireNonNull(optionId, "optionId"), false, "");
    }

    public static Answer na() {
        return new Answer(null, true, "");
    }

    /** No answer yet (a comment may still be written). */
    public static Answer none() {
        return new Answer(null, false, "");
    }

    /** Whether the question is answered (an option or N/A). */
    public boolean answered() {
        return optionId != null || notApplicable;
    }

    public Answer withComment(String text) {
        return new Answer(optionId, notApplicable, text);
    }

    /** The same comment with another choice: {@code other}'s option or N/A. */
    public Answer withChoiceOf(Answer other) {
        return new Answer(other.optionId, other.notApplicable, comment);
    }

    /** Whether {@code other} picks the same (option or N/A or nothing), comments aside. */
    public boolean sameChoice(Answer other) {
        return notApplicable == other.notApplicable && java.util.Objects.equals(optionId, other.optionId);
    }

    /** The choice in words: the option's label, "N/A", or "no answer". */
    public String describe(Question question) {
        if (notApplicable) {
            return "N/A";
        }
        if (optionId == null) {
            return "no answer";
        }
        return question.option(optionId).map(AnswerOption::label).orElse(optionId);
    }
}
