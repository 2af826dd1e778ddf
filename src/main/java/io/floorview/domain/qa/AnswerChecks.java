package io.floorview.domain.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Whether an evaluation's answers fit the scorecard version they are for, each problem with its place. */
public final class AnswerChecks {

    private AnswerChecks() {
    }

    /**
     * Answers to questions the scorecard does not have, options a question does not have, N/A where it is
     * not allowed; with {@code forSubmission}, also every required question without an answer.
     */
    public static List<Problem> problems(Scorecard scorecard, Map<String, Answer> answers, boolean forSubmission) {
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<String, Answer> e : answers.entrySet()) {
            if (scorecard.question(e.getKey()).isEmpty()) {
                out.add(new Problem(ProblemPath.ROOT.field("answers"), Severity.ERROR, "answer.unknown-question",
                        scorecard.ref() + " has no question '" + e.getKey() + "'", e.getKey()));
            }
        }
        for (QuestionAt at : scorecard.questions()) {
            Question q = at.question();
            Answer a = answers.get(q.id());
            ProblemPath path = at.path().field("answer");
            if (a == null || !a.answered()) {
                if (forSubmission && q.required()) {
                    out.add(new Problem(path, Severity.ERROR, "answer.required",
                            "\"" + q.text() + "\" is required and not answered yet", q.id()));
                }
            } else if (a.notApplicable() && !q.naAllowed()) {
                out.add(new Problem(path, Severity.ERROR, "answer.na-not-allowed",
                        "\"" + q.text() + "\" cannot be answered N/A", q.id()));
            } else if (a.optionId() != null && q.option(a.optionId()).isEmpty()) {
                out.add(new Problem(path, Severity.ERROR, "answer.unknown-option",
                        "\"" + q.text() + "\" has no answer '" + a.optionId() + "'", q.id()));
            }
        }
        return List.copyOf(out);
    }
}
