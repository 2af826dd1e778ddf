package io.floorview.ui.qa;

import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.AnswerOption;
import io.floorview.domain.qa.Dispute;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.domain.qa.EvaluationSummary;
import io.floorview.domain.qa.HistoryEntry;
import io.floorview.domain.qa.Question;
import io.floorview.domain.qa.QuestionAt;
import io.floorview.domain.qa.ScoringSheet;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Reviews: submitted evaluations, the agent's acknowledgement or disputes, the reviewer's decisions, history. */
public final class ReviewView extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private final ReviewModel model;
    private final QaTexts texts;
    private final VBox body = new VBox(8);

    public ReviewView(ReviewModel model, QaTexts texts) {
        this.model = model;
        this.texts = texts;
        setId("qa-reviews");
        setLeft(list());
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        body.setPadding(new Insets(10));
        setCenter(scroll);
        model.openProperty().addListener((o, a, s) -> show(s));
        show(null);
    }

    private Node list() {
        ListView<EvaluationSummary> list = new ListView<>(model.evaluations());
        list.setId("qa-review-list");
        list.setPrefWidth(330);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(EvaluationSummary e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : texts.get("qa.review.item",
                        WHEN.format((e.submittedAt() != null ? e.submittedAt() : e.createdAt())
                                .atZone(ZoneId.systemDefault())), e.agentId(),
                        e.scorePercent() == null ? texts.get("qa.scoring.no-score")
                                : texts.get("qa.scoring.percent", e.scorePercent()),
                        status(e.status())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null) {
                model.open(e.id());
            }
        });
        Button refresh = new Button(texts.get("qa.scoring.refresh"));
        refresh.setId("qa-review-refresh");
        refresh.setOnAction(e -> model.refresh());
        Label title = new Label(texts.get("qa.review.evaluations"));
        title.getStyleClass().add("qa-heading");
        title.setLabelFor(list);
        list.setPlaceholder(new Label(texts.get("qa.review.none")));
        VBox box = new VBox(6, new HBox(8, title, refresh), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private String status(EvaluationStatus s) {
        return texts.get("qa.evaluation." + s.name().toLowerCase(Locale.ROOT));
    }

    private void show(ScoringSheet s) {
        body.getChildren().clear();
        Label status = new Label();
        status.setId("qa-review-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        ScorecardEditorView.mark(status, "qa-problem", model.statusIsErrorProperty().get());
        model.statusIsErrorProperty().addListener((o, a, err) -> ScorecardEditorView.mark(status, "qa-problem", err));
        if (s == null) {
            Label hint = new Label(texts.get("qa.review.hint"));
            hint.getStyleClass().add("qa-muted");
            body.getChildren().addAll(hint, status);
            return;
        }
        Evaluation e = s.evaluation();
        Label head = new Label(texts.get("qa.review.head", e.callId(), e.agentId(), e.evaluatorId(),
                s.version().name(), s.version().version(), status(e.status()),
                s.score().hasPercent() ? texts.get("qa.scoring.percent", s.score().percent())
                        : texts.get("qa.scoring.no-score")));
        head.setId("qa-review-head");
        head.getStyleClass().add("qa-heading");
        head.setWrapText(true);
        body.getChildren().add(head);
        if (!e.comment().isEmpty()) {
            body.getChildren().add(new Label(texts.get("qa.review.comment", e.comment())));
        }
        Map<String, TextField> reasons = new LinkedHashMap<>();
        boolean canDispute = e.status() == EvaluationStatus.SUBMITTED;
        for (QuestionAt at : s.version().questions()) {
            body.getChildren().add(question(e, at.question(), canDispute, reasons));
        }
        if (canDispute) {
            Button ack = new Button(texts.get("qa.review.acknowledge", e.agentId()));
            ack.setId("qa-review-ack");
            ack.setOnAction(x -> model.acknowledge());
            Button dispute = new Button(texts.get("qa.review.dispute", e.agentId()));
            dispute.setId("qa-review-dispute");
            dispute.setOnAction(x -> {
                Map<String, String> given = new LinkedHashMap<>();
                reasons.forEach((q, f) -> given.put(q, f.getText()));
                model.dispute(given);
            });
            body.getChildren().add(new HBox(8, ack, dispute));
        }
        body.getChildren().add(status);
        Label historyTitle = new Label(texts.get("qa.review.history"));
        historyTitle.getStyleClass().add("qa-heading");
        VBox history = new VBox(2);
        history.setId("qa-review-history");
        for (HistoryEntry h : e.history()) {
            Label l = new Label(texts.get("qa.review.history-item",
                    WHEN.format(h.at().atZone(ZoneId.systemDefault())), h.actor(),
                    texts.get("qa.action." + h.action().name().toLowerCase(Locale.ROOT)),
                    h.questionId() == null ? "" : s.version().question(h.questionId())
                            .map(q -> "\u201c" + q.question().text() + "\u201d ").orElse(""),
                    h.detail()));
            l.setWrapText(true);
            l.getStyleClass().add("qa-muted");
            history.getChildren().add(l);
        }
        body.getChildren().addAll(historyTitle, history);
    }

    private Node question(Evaluation e, Question q, boolean canDispute, Map<String, TextField> reasons) {
        Answer a = e.answer(q.id());
        Label line = new Label(texts.get("qa.review.answer", q.text(), a.notApplicable() ? texts.get("qa.scoring.na")
                : a.optionId() == null ? texts.get("qa.scoring.no-score") : a.describe(q)));
        line.setWrapText(true);
        VBox box = new VBox(4, line);
        box.getStyleClass().add("qa-question");
        if (!a.comment().isEmpty()) {
            Label c = new Label(a.comment());
            c.getStyleClass().add("qa-muted");
            box.getChildren().add(c);
        }
        if (canDispute) {
            TextField reason = new TextField();
            reason.setId("qa-dispute-reason-" + q.id());
            reason.setPromptText(texts.get("qa.review.reason-prompt"));
            reasons.put(q.id(), reason);
            box.getChildren().add(reason);
        }
        e.dispute(q.id()).ifPresent(d -> box.getChildren().add(dispute(q, d)));
        return box;
    }

    private Node dispute(Question q, Dispute d) {
        Label reason = new Label(texts.get("qa.review.disputed-because", d.raisedBy(), d.reason()));
        reason.setWrapText(true);
        reason.getStyleClass().add("qa-problem");
        VBox box = new VBox(4, reason);
        if (!d.open()) {
            Dispute.Resolution r = d.resolution();
            Label decided = new Label(texts.get(r.outcome() == io.floorview.domain.qa.DisputeOutcome.UPHELD
                    ? "qa.review.was-upheld" : "qa.review.was-changed", r.reviewer(), r.after().describe(q), r.note()));
            decided.setWrapText(true);
            decided.setId("qa-resolution-" + q.id());
            box.getChildren().add(decided);
            return box;
        }
        ChoiceBox<String> choice = new ChoiceBox<>();
        choice.setId("qa-resolve-choice-" + q.id());
        for (AnswerOption o : q.options()) {
            choice.getItems().add(o.id());
        }
        if (q.naAllowed()) {
            choice.getItems().add("na");
        }
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : "na".equals(id) ? texts.get("qa.scoring.na")
                        : q.option(id).map(AnswerOption::label).orElse(id);
            }

            @Override
            public String fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        TextField note = new TextField();
        note.setId("qa-resolve-note-" + q.id());
        note.setPromptText(texts.get("qa.review.note-prompt"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button uphold = new Button(texts.get("qa.review.uphold"));
        uphold.setId("qa-resolve-uphold-" + q.id());
        uphold.setOnAction(x -> model.resolve(q.id(), null, note.getText()));
        Button change = new Button(texts.get("qa.review.change"));
        change.setId("qa-resolve-change-" + q.id());
        change.disableProperty().bind(choice.valueProperty().isNull());
        change.setOnAction(x -> model.resolve(q.id(), "na".equals(choice.getValue()) ? Answer.na()
                : Answer.option(choice.getValue()), note.getText()));
        Label to = new Label(texts.get("qa.review.change-to"));
        to.setLabelFor(choice);
        HBox row = new HBox(6, note, uphold, to, choice, change);
        row.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(row);
        return box;
    }
}
