package io.floorview.domain.qa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules of an evaluation's life, each step recorded in its history:
 * <pre>
 * draft ──submit (evaluator)──▶ submitted ──acknowledge (agent)──▶ acknowledged
 *                                   └──dispute (agent, per question, with a reason)──▶ disputed
 *                                          └──resolve (reviewer ≠ agent, per question: upheld / changed, with a note)
 *                                                  ──last one decided──▶ resolved
 * </pre>
 * Acknowledged and resolved are final. Each method returns the evaluation after the step, or throws
 * {@link IllegalStateException} (wrong state or person, in words a user reads) or
 * {@link IllegalArgumentException} (bad input) and changes nothing.
 */
public final class EvaluationFlow {

    private EvaluationFlow() {
    }

    /** Problems of an evaluation against its scorecard version: its answers, and for one past draft, completeness. */
    public static List<Problem> check(Scorecard version, Evaluation e) {
        e.requireVersion(version);
        List<Problem> problems = new ArrayList<>(
                AnswerChecks.problems(version, e.answers(), e.status() != EvaluationStatus.DRAFT));
        for (Dispute d : e.disputes()) {
            if (version.question(d.questionId()).isEmpty()) {
                problems.add(new Problem(ProblemPath.ROOT.field("disputes"), Severity.ERROR,
                        "dispute.unknown-question", version.ref() + " has no question '" + d.questionId() + "'",
                        d.questionId()));
            }
        }
        return List.copyOf(problems);
    }

    /**
     * The evaluator submits the draft.
     *
     * @throws SubmissionBlockedException when required questions are unanswered or answers do not fit
     */
    public static Evaluation submit(Evaluation e, Scorecard version, String by, Instant at) {
        requireStatus(e, EvaluationStatus.DRAFT, "submitted");
        if (!by.equals(e.evaluatorId())) {
            throw new IllegalStateException("only " + e.evaluatorId() + ", who is scoring it, can submit evaluation "
                    + e.id());
        }
        e.requireVersion(version);
        List<Problem> problems = AnswerChecks.problems(version, e.answers(), true);
        if (!problems.isEmpty()) {
            throw new SubmissionBlockedException(problems);
        }
        String detail = "scored " + describe(Scoring.score(version, e.answers()));
        return e.moved(EvaluationStatus.SUBMITTED, e.disputes(),
                List.of(new HistoryEntry(at, by, EvaluationAction.SUBMITTED, null, detail)));
    }

    /** The agent accepts the submitted evaluation. */
    public static Evaluation acknowledge(Evaluation e, String by, Instant at) {
        requireStatus(e, EvaluationStatus.SUBMITTED, "acknowledged");
        requireAgent(e, by, "acknowledge");
        return e.moved(EvaluationStatus.ACKNOWLEDGED, e.disputes(),
                List.of(new HistoryEntry(at, by, EvaluationAction.ACKNOWLEDGED, null, "")));
    }

    /**
     * The agent disputes answers of the submitted evaluation.
     *
     * @param reasons the reason for each disputed question, by question id, in the order given
     */
    public static Evaluation dispute(Evaluation e, Scorecard version, String by, Instant at,
                                     Map<String, String> reasons) {
        requireStatus(e, EvaluationStatus.SUBMITTED, "disputed");
        requireAgent(e, by, "dispute");
        e.requireVersion(version);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a dispute names at least one question and why");
        }
        List<Dispute> disputes = new ArrayList<>(e.disputes());
        List<HistoryEntry> added = new ArrayList<>();
        for (Map.Entry<String, String> r : new LinkedHashMap<>(reasons).entrySet()) {
            QuestionAt q = version.question(r.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    version.ref() + " has no question '" + r.getKey() + "'"));
            String reason = r.getValue() == null ? "" : r.getValue().strip();
            if (reason.isEmpty()) {
                throw new IllegalArgumentException("say why \"" + q.question().text() + "\" is disputed");
            }
            disputes.add(new Dispute(q.question().id(), reason, by, at, null));
            added.add(new HistoryEntry(at, by, EvaluationAction.DISPUTED, q.question().id(), reason));
        }
        return e.moved(EvaluationStatus.DISPUTED, disputes, added);
    }

    /**
     * A reviewer decides one disputed answer: {@link DisputeOutcome#UPHELD} keeps it,
     * {@link DisputeOutcome#CHANGED} replaces it with {@code newChoice}. Deciding the last open dispute
     * resolves the evaluation.
     *
     * @param newChoice the answer's new choice (an option or N/A) when changed; ignored when upheld
     * @param note      why, for the agent; required
     */
    public static Evaluation resolve(Evaluation e, Scorecard version, String reviewer, Instant at, String questionId,
                                     DisputeOutcome outcome, Answer newChoice, String note) {
        requireStatus(e, EvaluationStatus.DISPUTED, "resolved");
        e.requireVersion(version);
        if (reviewer.equals(e.agentId())) {
            throw new IllegalStateException(reviewer + " cannot decide a dispute of their own evaluation");
        }
        Dispute dispute = e.dispute(questionId).filter(Dispute::open).orElseThrow(() -> new IllegalArgumentException(
                "no open dispute on question '" + questionId + "' of evaluation " + e.id()));
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a decision on a dispute needs a note for the agent");
        }
        Question q = version.question(questionId).orElseThrow().question();
        Answer before = e.answer(questionId);
        Answer after = before;
        Map<String, Answer> answers = e.answers();
        String detail;
        if (outcome == DisputeOutcome.CHANGED) {
            after = before.withChoiceOf(newChoice);
            List<Problem> p = AnswerChecks.problems(version, Map.of(questionId, after), false);
            if (!after.answered() || !p.isEmpty()) {
                throw new IllegalArgumentException(p.isEmpty() ? "a changed answer picks an option or N/A"
                        : p.get(0).message());
            }
            if (after.sameChoice(before)) {
                throw new IllegalArgumentException("the new answer is the one disputed; uphold it instead");
            }
            Map<String, Answer> copy = new HashMap<>(answers);
            copy.put(questionId, after);
            answers = copy;
            detail = before.describe(q) + " → " + after.describe(q) + ": " + note.strip();
        } else {
            detail = before.describe(q) + " kept: " + note.strip();
        }
        Dispute.Resolution r = new Dispute.Resolution(outcome, before, after, note.strip(), reviewer, at);
        List<Dispute> disputes = new ArrayList<>();
        for (Dispute d : e.disputes()) {
            disputes.add(d == dispute ? d.resolved(r) : d);
        }
        List<HistoryEntry> added = new ArrayList<>();
        added.add(new HistoryEntry(at, reviewer, outcome == DisputeOutcome.CHANGED ? EvaluationAction.CHANGED
                : EvaluationAction.UPHELD, questionId, detail));
        Evaluation updated = e.withAnswers(answers);
        boolean allDecided = disputes.stream().noneMatch(Dispute::open);
        if (allDecided) {
            added.add(new HistoryEntry(at, reviewer, EvaluationAction.RESOLVED, null,
                    "scored " + describe(Scoring.score(version, answers))));
        }
        return updated.moved(allDecided ? EvaluationStatus.RESOLVED : EvaluationStatus.DISPUTED, disputes, added);
    }

    /** {@code 82.5 %}, {@code 0 % (failed: …)} or {@code no score (nothing applicable)}. */
    static String describe(ScoreResult s) {
        if (s.failed()) {
            return "0 % (" + s.formFailure().describe() + ")";
        }
        return s.hasPercent() ? Fmt.num(s.percent()) + " %" : "no score (nothing applicable)";
    }

    private static void requireStatus(Evaluation e, EvaluationStatus expected, String verb) {
        if (e.status() != expected) {
            throw new IllegalStateException("evaluation " + e.id() + " is " + e.status().name().toLowerCase(Locale.ROOT)
                    + "; only a "
                    + expected.name().toLowerCase(Locale.ROOT) + " one can be " + verb);
        }
    }

    private static void requireAgent(Evaluation e, String by, String verb) {
        if (!by.equals(e.agentId())) {
            throw new IllegalStateException("only " + e.agentId() + ", whose call it is, can " + verb
                    + " evaluation " + e.id());
        }
    }
}
