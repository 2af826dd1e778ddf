package io.floorview.domain.qa;

/** A question with where it sits in its scorecard (indexes from 0). */
public record QuestionAt(int sectionIndex, int questionIndex, Section section, Question question) {

    /** Where it is, for people: {@code section 2 › question 3}. */
    public ProblemPath path() {
        return ProblemPath.question(sectionIndex, questionIndex);
    }

    /** {@code section 2 › question 3 "Greeted the caller"}. */
    public String describe() {
        return path() + " \"" + question.text() + "\"";
    }
}
