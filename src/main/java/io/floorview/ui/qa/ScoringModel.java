package io.floorview.ui.qa;

import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.CriticalFailure;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.EvaluationQuery;
import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.domain.qa.EvaluationSummary;
import io.floorview.domain.qa.Problem;
import io.floorview.domain.qa.ScoreResult;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScoringSheet;
import io.floorview.domain.qa.SectionScore;
import io.floorview.domain.qa.SubmissionBlockedException;
import io.floorview.domain.qa.TimedComment;
import io.floorview.domain.qa.sampling.CallRecording;
import io.floorview.service.qa.QaService;
import io.floorview.service.qa.Recordings;
import io.floorview.ui.common.UiExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Scoring a recorded call: the calls the feed announced as recorded, the one picked and its recording in
 * the {@link PlayerModel}, and the {@link ScoringSheet} being filled in, whose live score is recomputed on
 * every answer on the FX thread (no I/O). Saving and submitting go through the {@link UiExecutor}, one
 * transaction each.
 */
public final class ScoringModel {

    /** How many of the latest recordings the list offers. */
    static final int RECORDINGS_LISTED = 500;
    /** Waveform columns worked out per recording; the view scales them to its width. */
    static final int WAVEFORM_COLUMNS = 1600;

    private final QaService qa;
    private final Recordings recordings;
    private final UiExecutor executor;
    private final QaTexts texts;
    private final String evaluator;
    private final PlayerModel player;

    private final ObservableList<CallRecording> calls = FXCollections.observableArrayList();
    private final ObservableList<Scorecard> scorecards = FXCollections.observableArrayList();
    private final ObjectProperty<CallRecording> call = new SimpleObjectProperty<>();
    private final ObjectProperty<Scorecard> scorecard = new SimpleObjectProperty<>();
    private final ObjectProperty<ScoringSheet> sheet = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty();
    private final ObservableList<Problem> submissionProblems = FXCollections.observableArrayList();
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty pattern = new SimpleStringProperty(
            io.floorview.domain.qa.sampling.RecordingNamePattern.FREEPBX_QUEUE);

    public ScoringModel(QaService qa, Recordings recordings, UiExecutor executor, QaTexts texts, String evaluator,
                        PlayerModel player) {
        this.qa = qa;
        this.recordings = recordings;
        this.executor = executor;
        this.texts = texts;
        this.evaluator = evaluator;
        this.player = player;
    }

    public void refresh() {
        executor.submit(recordings::folder, f -> f.ifPresent(x -> {
            folder.set(x.dir().toString());
            pattern.set(x.pattern());
        }), this::fail);
        executor.submit(() -> recordings.recent(RECORDINGS_LISTED), calls::setAll, this::fail);
        executor.submit(qa::activeScorecards, list -> {
            scorecards.setAll(list);
            if (scorecard.get() == null || list.stream().noneMatch(s -> s.ref().equals(scorecard.get().ref()))) {
                scorecard.set(list.isEmpty() ? null : list.get(0));
            }
        }, this::fail);
    }

    /** Lists the recordings of a folder (as typed) whose file names follow the pattern, and keeps the setting. */
    public void useFolder() {
        String dir = folder.get() == null ? "" : folder.get();
        String p = pattern.get() == null ? "" : pattern.get();
        if (dir.isBlank()) {
            say(texts.get("qa.folder.needed"), true);
            return;
        }
        executor.submit(() -> recordings.setFolder(dir, p), f -> {
            say(texts.get("qa.folder.set", f.dir()), false);
            refresh();
        }, this::fail);
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty patternProperty() {
        return pattern;
    }

    /** Picks a call: its recording goes into the player; this evaluator's draft of it, if any, opens. */
    public void select(CallRecording c) {
        call.set(c);
        sheet.set(null);
        dirty.set(false);
        submissionProblems.clear();
        player.clear();
        if (c == null) {
            return;
        }
        say("", false);
        executor.submit(() -> {
            try {
                return recordings.load(c.uri(), c.durationMs(), WAVEFORM_COLUMNS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, loaded -> {
            if (call.get() == c) {
                player.load(loaded.file(), loaded.durationMs(), loaded.peaks());
            }
        }, t -> say(texts.get("qa.scoring.no-recording", cause(t)), true));
        executor.submit(() -> myDraft(c.callId()).map(qa::open), draft -> {
            if (call.get() == c && draft.isPresent()) {
                sheet.set(draft.get());
                say(texts.get("qa.scoring.draft-reopened"), false);
            }
        }, this::fail);
    }

    private Optional<String> myDraft(String callId) {
        return qa.evaluations(EvaluationQuery.ofCall(callId)).stream()
                .filter(e -> e.status() == EvaluationStatus.DRAFT && e.evaluatorId().equals(evaluator))
                .map(EvaluationSummary::id).findFirst();
    }

    /** Starts scoring the picked call with the chosen scorecard (a new draft evaluation, saved). */
    public void start() {
        CallRecording c = call.get();
        Scorecard sc = scorecard.get();
        if (c == null) {
            say(texts.get("qa.scoring.pick-call"), true);
            return;
        }
        if (sc == null) {
            say(texts.get("qa.scoring.no-active-scorecard"), true);
            return;
        }
        executor.submit(() -> qa.startEvaluation(sc.id(), c.callId(), c.agentId(), evaluator, c.uri()), s -> {
            if (call.get() == c) {
                sheet.set(s);
                dirty.set(false);
                say(texts.get("qa.scoring.started", sc.name(), sc.version()), false);
            }
        }, this::fail);
    }

    // ---- answering --------------------------------------------------------------------------------------

    public void choose(String questionId, Answer choice) {
        change(s -> s.choose(questionId, choice));
    }

    public void commentOn(String questionId, String text) {
        change(s -> s.commentOn(questionId, text));
    }

    public void overallComment(String text) {
        change(s -> s.withOverallComment(text));
    }

    /** A comment at the player's position. */
    public void addTimedComment(String text, String questionId) {
        if (text == null || text.isBlank()) {
            say(texts.get("qa.scoring.timed-empty"), true);
            return;
        }
        long at = player.position();
        change(s -> s.addTimedComment(new TimedComment(at, text.strip(), questionId)));
    }

    public void removeTimedComment(int index) {
        change(s -> s.removeTimedComment(index));
    }

    /** Moves the player to the comment's moment. */
    public void jumpTo(TimedComment c) {
        player.seek(c.offsetMs());
    }

    private void change(java.util.function.UnaryOperator<ScoringSheet> edit) {
        ScoringSheet s = sheet.get();
        if (s == null || !s.evaluation().editable()) {
            return;
        }
        try {
            sheet.set(edit.apply(s));
            dirty.set(true);
            if (!submissionProblems.isEmpty()) {
                submissionProblems.setAll(sheet.get().submissionProblems());
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            say(texts.get("qa.failed", e.getMessage()), true);
        }
    }

    // ---- saving -------------------------------------------------------------------------------------------

    public void saveDraft() {
        ScoringSheet s = sheet.get();
        if (s == null || !s.evaluation().editable()) {
            return;
        }
        executor.submit(() -> qa.saveDraft(s.evaluation()), saved -> {
            adopt(s, saved);
            say(texts.get("qa.scoring.saved"), false);
        }, this::fail);
    }

    /** Submits, or shows in place what blocks it (required questions unanswered). */
    public void submit() {
        ScoringSheet s = sheet.get();
        if (s == null || !s.evaluation().editable()) {
            return;
        }
        List<Problem> blocking = s.submissionProblems();
        submissionProblems.setAll(blocking);
        if (!blocking.isEmpty()) {
            say(texts.get("qa.scoring.submit-blocked", blocking.size()), true);
            return;
        }
        executor.submit(() -> qa.submit(s.evaluation(), evaluator), submitted -> {
            sheet.set(ScoringSheet.of(s.version(), submitted));
            dirty.set(false);
            say(texts.get("qa.scoring.submitted", overallText()), false);
        }, t -> {
            if (t instanceof SubmissionBlockedException b) {
                submissionProblems.setAll(b.problems());
            }
            fail(t);
        });
    }

    /** The saved evaluation in place of the one sent, keeping edits made while it was saving. */
    private void adopt(ScoringSheet sent, Evaluation saved) {
        ScoringSheet now = sheet.get();
        if (now == null || !now.evaluation().id().equals(saved.id())) {
            return;
        }
        if (now == sent) {
            sheet.set(sent.saved(saved));
            dirty.set(false);
        } else {
            sheet.set(ScoringSheet.of(now.version(), now.evaluation().withRevision(saved.revision())));
        }
    }

    // ---- the live score in words -----------------------------------------------------------------------------

    public String overallText() {
        ScoringSheet s = sheet.get();
        if (s == null) {
            return "";
        }
        ScoreResult r = s.score();
        return r.hasPercent() ? texts.get("qa.scoring.percent", r.percent()) : texts.get("qa.scoring.no-score");
    }

    /** The critical failure that decides the score (fail-all first), empty when none. */
    public String criticalText() {
        ScoringSheet s = sheet.get();
        if (s == null) {
            return "";
        }
        ScoreResult r = s.score();
        CriticalFailure f = r.formFailure() != null ? r.formFailure()
                : r.criticalFailures().isEmpty() ? null : r.criticalFailures().get(0);
        if (f == null) {
            return "";
        }
        return f.failsForm() ? texts.get("qa.scoring.fails-form", f.questionText(), f.optionLabel())
                : texts.get("qa.scoring.fails-section", f.questionText(), f.optionLabel(), f.sectionTitle());
    }

    public List<String> sectionLines() {
        ScoringSheet s = sheet.get();
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (SectionScore sec : s.score().sections()) {
            String score = sec.failed() ? texts.get("qa.scoring.section-failed")
                    : sec.percent() == null ? texts.get("qa.scoring.no-score")
                    : texts.get("qa.scoring.percent", sec.percent());
            out.add(texts.get(sec.weight() > 0 ? "qa.scoring.section-line" : "qa.scoring.section-line-uncounted",
                    sec.title(), score, sec.weight()));
        }
        return out;
    }

    public String progressText() {
        ScoringSheet s = sheet.get();
        return s == null ? "" : texts.get("qa.scoring.progress", s.score().done(), s.score().questions());
    }

    private void fail(Throwable t) {
        say(texts.get("qa.failed", cause(t)), true);
    }

    private static String cause(Throwable t) {
        Throwable c = t instanceof UncheckedIOException u ? u.getCause() : t;
        return c.getMessage();
    }

    private void say(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }

    // ---- properties ------------------------------------------------------------------------------------------

    public ObservableList<CallRecording> calls() {
        return calls;
    }

    public ObservableList<Scorecard> scorecards() {
        return scorecards;
    }

    public ReadOnlyObjectProperty<CallRecording> callProperty() {
        return call;
    }

    public ObjectProperty<Scorecard> scorecardProperty() {
        return scorecard;
    }

    public ReadOnlyObjectProperty<ScoringSheet> sheetProperty() {
        return sheet;
    }

    public ScoringSheet sheet() {
        return sheet.get();
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty statusIsErrorProperty() {
        return statusIsError;
    }

    public ObservableList<Problem> submissionProblems() {
        return submissionProblems;
    }

    public PlayerModel player() {
        return player;
    }

    public String evaluator() {
        return evaluator;
    }
}
