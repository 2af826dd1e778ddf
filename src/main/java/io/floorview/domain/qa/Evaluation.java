package io.floorview.domain.qa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A scored call: answers per question against one exact scorecard version, comments (per question, overall,
 * and at moments of the recording), disputes and the history of who did what. Immutable: every change
 * returns a new evaluation. Answers change only while it is a draft; afterwards only through
 * {@link EvaluationFlow} (submit, acknowledge, dispute, resolve).
 *
 * @param answers   by question id; a question without an entry is not answered yet
 * @param comment   the evaluator's overall comment
 * @param revision  how many times it was saved (0 before the first save); the store refuses a save based
 *                  on an older revision than the one it holds
 */
public record Evaluation(String id, ScorecardRef scorecard, String callId, String agentId, String evaluatorId,
                         String recordingUri, Instant createdAt, EvaluationStatus status, Map<String, Answer> answers,
                         String comment, List<TimedComment> timedComments, List<Dispute> disputes,
                         List<HistoryEntry> history, long revision) {

    /** Orders timed comments as they come in the recording. */
    private static final Comparator<TimedComment> BY_MOMENT = Comparator.comparingLong(TimedComment::offsetMs);

    public Evaluation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(evaluatorId, "evaluatorId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
        answers = Map.copyOf(answers);
        comment = comment == null ? "" : comment;
        List<TimedComment> sorted = new ArrayList<>(timedComments);
        sorted.sort(BY_MOMENT);
        timedComments = List.copyOf(sorted);
        disputes = List.copyOf(disputes);
        history = List.copyOf(history);
    }

    /**
     * A new draft evaluation of {@code callId} with the active version of a scorecard.
     *
     * @throws IllegalStateException when {@code scorecard} is not the active version
     */
    public static Evaluation start(String id, Scorecard scorecard, String callId, String agentId, String evaluatorId,
                                   String recordingUri, Instant now) {
        if (scorecard.status() != ScorecardStatus.ACTIVE) {
            throw new IllegalStateException("new evaluations use a scorecard's active version; " + scorecard.ref()
                    + " is " + ScorecardVersions.words(scorecard.status()));
        }
        return new Evaluation(id, scorecard.ref(), callId, agentId, evaluatorId, recordingUri, now,
                EvaluationStatus.DRAFT, Map.of(), "", List.of(), List.of(),
                List.of(new HistoryEntry(now, evaluatorId, EvaluationAction.CREATED, null, "")), 0);
    }

    /** The answer to {@code questionId}: nothing yet when there is none. */
    public Answer answer(String questionId) {
        return answers.getOrDefault(questionId, Answer.none());
    }

    /** The score of the answers as they are (live while a draft). */
    public ScoreResult score(Scorecard version) {
        requireVersion(version);
        return Scoring.score(version, answers);
    }

    public Optional<Dispute> dispute(String questionId) {
        return disputes.stream().filter(d -> d.questionId().equals(questionId)).findFirst();
    }

    public List<Dispute> openDisputes() {
        return disputes.stream().filter(Dispute::open).toList();
    }

    /** When it was submitted, if it was. */
    public Optional<Instant> submittedAt() {
        return history.stream().filter(h -> h.action() == EvaluationAction.SUBMITTED).map(HistoryEntry::at)
                .reduce((a, b) -> b);
    }

    public boolean editable() {
        return status == EvaluationStatus.DRAFT;
    }

    // ---- edits of a draft --------------------------------------------------------------------------------

    /** The draft with {@code questionId} answered {@code choice} (an option, N/A, or none), its comment kept. */
    public Evaluation withChoice(String questionId, Answer choice) {
        return withAnswer(questionId, answer(questionId).withChoiceOf(choice));
    }

    /** The draft with the evaluator's comment on {@code questionId}, its choice kept. */
    public Evaluation withQuestionComment(String questionId, String text) {
        return withAnswer(questionId, answer(questionId).withComment(text));
    }

    public Evaluation withAnswer(String questionId, Answer answer) {
        requireDraft();
        Map<String, Answer> copy = new HashMap<>(answers);
        if (!answer.answered() && answer.comment().isEmpty()) {
            copy.remove(questionId);
        } else {
            copy.put(questionId, answer);
        }
        return withAnswers(copy);
    }

    public Evaluation withComment(String text) {
        requireDraft();
        return new Evaluation(id, scorecard, callId, agentId, evaluatorId, recordingUri, createdAt, status, answers,
                text, timedComments, disputes, history, revision);
    }

    public Evaluation addTimedComment(TimedComment c) {
        requireDraft();
        return withTimedComments(ListEdits.add(timedComments, c));
    }

    /** The draft with the timed comment at {@code index} (in recording order) replaced. */
    public Evaluation withTimedComment(int index, TimedComment c) {
        requireDraft();
        return withTimedComments(ListEdits.replace(timedComments, index, c));
    }

    public Evaluation removeTimedComment(int index) {
        requireDraft();
        return withTimedComments(ListEdits.remove(timedComments, index));
    }

    /** The same evaluation as saved at {@code newRevision}: for the store. */
    public Evaluation withRevision(long newRevision) {
        return new Evaluation(id, scorecard, callId, agentId, evaluatorId, recordingUri, createdAt, status, answers,
                comment, timedComments, disputes, history, newRevision);
    }

    // ---- for EvaluationFlow ------------------------------------------------------------------------------

    Evaluation withAnswers(Map<String, Answer> newAnswers) {
        return new Evaluation(id, scorecard, callId, agentId, evaluatorId, recordingUri, createdAt, status,
                newAnswers, comment, timedComments, disputes, history, revision);
    }

    Evaluation withTimedComments(List<TimedComment> list) {
        return new Evaluation(id, scorecard, callId, agentId, evaluatorId, recordingUri, createdAt, status, answers,
                comment, list, disputes, history, revision);
    }

    Evaluation moved(EvaluationStatus newStatus, List<Dispute> newDisputes, List<HistoryEntry> added) {
        List<HistoryEntry> h = new ArrayList<>(history);
        h.addAll(added);
        return new Evaluation(id, scorecard, callId, agentId, evaluatorId, recordingUri, createdAt, newStatus,
                answers, comment, timedComments, newDisputes, h, revision);
    }

    void requireVersion(Scorecard version) {
        if (!version.ref().equals(scorecard)) {
            throw new IllegalArgumentException("evaluation " + id + " was scored with " + scorecard + ", not "
                    + version.ref());
        }
    }

    private void requireDraft() {
        if (status != EvaluationStatus.DRAFT) {
            throw new IllegalStateException("evaluation " + id + " is " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + "; only a draft can be changed");
        }
    }
}
