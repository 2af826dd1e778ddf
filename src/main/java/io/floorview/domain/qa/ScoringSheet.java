package io.floorview.domain.qa;

import java.util.List;
import java.util.Objects;

/**
 * What the scoring screen holds while an evaluator scores a call: the scorecard version, the draft
 * evaluation, and its live score, recomputed on every change (unanswered questions do not count yet).
 * Immutable and cheap: a view model keeps the newest sheet and replaces it on each click.
 */
public record ScoringSheet(Scorecard version, Evaluation evaluation, ScoreResult score) {

    public ScoringSheet {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(score, "score");
        evaluation.requireVersion(version);
    }

    public static ScoringSheet of(Scorecard version, Evaluation evaluation) {
        return new ScoringSheet(version, evaluation, Scoring.score(version, evaluation.answers()));
    }

    /** The sheet with {@code questionId} answered {@code choice}: an option, {@link Answer#na()} or {@link Answer#none()}. */
    public ScoringSheet choose(String questionId, Answer choice) {
        Question q = version.question(questionId).orElseThrow(() -> new IllegalArgumentException(
                version.ref() + " has no question '" + questionId + "'")).question();
        if (choice.notApplicable() && !q.naAllowed()) {
            throw new IllegalArgumentException("\"" + q.text() + "\" cannot be answered N/A");
        }
        if (choice.optionId() != null && q.option(choice.optionId()).isEmpty()) {
            throw new IllegalArgumentException("\"" + q.text() + "\" has no answer '" + choice.optionId() + "'");
        }
        return of(version, evaluation.withChoice(questionId, choice));
    }

    public ScoringSheet commentOn(String questionId, String text) {
        return new ScoringSheet(version, evaluation.withQuestionComment(questionId, text), score);
    }

    public ScoringSheet withOverallComment(String text) {
        return new ScoringSheet(version, evaluation.withComment(text), score);
    }

    public ScoringSheet addTimedComment(TimedComment comment) {
        return new ScoringSheet(version, evaluation.addTimedComment(comment), score);
    }

    public ScoringSheet removeTimedComment(int index) {
        return new ScoringSheet(version, evaluation.removeTimedComment(index), score);
    }

    /** The sheet around the evaluation as saved (its new revision), score unchanged. */
    public ScoringSheet saved(Evaluation saved) {
        return of(version, saved);
    }

    /** What blocks submission, each in its place: required questions unanswered, answers that do not fit. */
    public List<Problem> submissionProblems() {
        return AnswerChecks.problems(version, evaluation.answers(), true);
    }

    public boolean canSubmit() {
        return evaluation.editable() && submissionProblems().isEmpty();
    }
}
