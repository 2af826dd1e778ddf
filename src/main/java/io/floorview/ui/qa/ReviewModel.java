package io.floorview.ui.qa;

import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.DisputeOutcome;
import io.floorview.domain.qa.EvaluationQuery;
import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.domain.qa.EvaluationSummary;
import io.floorview.domain.qa.ScoringSheet;
import io.floorview.service.qa.QaService;
import io.floorview.ui.common.UiExecutor;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Reviews of submitted evaluations: the agent acknowledges or disputes answers (a reason per question), a
 * reviewer upholds or changes each disputed answer with a note, and the history shows who did what. The
 * agent acts here in the agent's name (the team leader goes through the evaluation with the agent); the
 * reviewer is the console's user, who may not be the agent. One service call, one transaction per verb.
 */
public final class ReviewModel {

    private final QaService qa;
    private final UiExecutor executor;
    private final QaTexts texts;
    private final String reviewer;

    private final ObservableList<EvaluationSummary> evaluations = FXCollections.observableArrayList();
    private final ObjectProperty<ScoringSheet> open = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty();

    public ReviewModel(QaService qa, UiExecutor executor, QaTexts texts, String reviewer) {
        this.qa = qa;
        this.executor = executor;
        this.texts = texts;
        this.reviewer = reviewer;
    }

    /** The evaluations past draft, newest first. */
    public void refresh() {
        executor.submit(() -> qa.evaluations(EvaluationQuery.ALL.withStatuses(EnumSet.complementOf(
                        EnumSet.of(EvaluationStatus.DRAFT)))).stream()
                .sorted(Comparator.comparing((EvaluationSummary e) -> e.submittedAt() == null ? e.createdAt()
                        : e.submittedAt()).reversed()).toList(), list -> {
                    evaluations.setAll(list);
                    ScoringSheet s = open.get();
                    if (s != null) {
                        open(s.evaluation().id());
                    }
                }, this::fail);
    }

    public void open(String evaluationId) {
        executor.submit(() -> qa.open(evaluationId), open::set, this::fail);
    }

    public void acknowledge() {
        ScoringSheet s = open.get();
        if (s == null) {
            return;
        }
        act(() -> qa.acknowledge(s.evaluation().id(), s.evaluation().agentId()), "qa.review.acknowledged");
    }

    /** The agent disputes: a reason per question id; questions with a blank reason are not disputed. */
    public void dispute(Map<String, String> reasons) {
        ScoringSheet s = open.get();
        if (s == null) {
            return;
        }
        Map<String, String> given = new LinkedHashMap<>();
        reasons.forEach((q, r) -> {
            if (r != null && !r.isBlank()) {
                given.put(q, r);
            }
        });
        if (given.isEmpty()) {
            say(texts.get("qa.review.dispute-needs-reason"), true);
            return;
        }
        act(() -> qa.dispute(s.evaluation().id(), s.evaluation().agentId(), given), "qa.review.disputed");
    }

    /** The reviewer keeps ({@code newChoice == null}) or changes a disputed answer, with a note. */
    public void resolve(String questionId, Answer newChoice, String note) {
        ScoringSheet s = open.get();
        if (s == null) {
            return;
        }
        if (note == null || note.isBlank()) {
            say(texts.get("qa.review.note-needed"), true);
            return;
        }
        DisputeOutcome outcome = newChoice == null ? DisputeOutcome.UPHELD : DisputeOutcome.CHANGED;
        act(() -> qa.resolve(s.evaluation().id(), reviewer, questionId, outcome, newChoice, note),
                outcome == DisputeOutcome.UPHELD ? "qa.review.upheld" : "qa.review.changed");
    }

    private void act(Supplier<?> work, String doneKey) {
        executor.submit(work::get, done -> {
            say(texts.get(doneKey), false);
            refresh();
        }, this::fail);
    }

    private void fail(Throwable t) {
        say(texts.get("qa.failed", t.getMessage()), true);
    }

    private void say(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }

    public ObservableList<EvaluationSummary> evaluations() {
        return evaluations;
    }

    public ObjectProperty<ScoringSheet> openProperty() {
        return open;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty statusIsErrorProperty() {
        return statusIsError;
    }

    public String reviewer() {
        return reviewer;
    }
}
