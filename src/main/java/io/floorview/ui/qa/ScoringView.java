package io.floorview.ui.qa;

import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.AnswerOption;
import io.floorview.domain.qa.Problem;
import io.floorview.domain.qa.Question;
import io.floorview.domain.qa.QuestionAt;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScoringSheet;
import io.floorview.domain.qa.Section;
import io.floorview.domain.qa.TimedComment;
import io.floorview.domain.qa.sampling.CallRecording;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Scoring a call: recorded calls on the left; the call's details, the player and the questions in the
 * middle; the live score, comments and Save / Submit on the right.
 */
public final class ScoringView extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScoringModel model;
    private final QaTexts texts;
    private final PlayerModel player;
    private final VBox questions = new VBox(8);
    private final Label details = new Label();
    private final Label score = new Label();
    private final Label critical = new Label();
    private final Label progress = new Label();
    private final VBox sectionScores = new VBox(2);
    private final VBox timedList = new VBox(2);
    private final TextArea overall = new TextArea();
    private final Map<String, ToggleGroup> answerGroups = new HashMap<>();
    private final Map<String, TextField> commentFields = new HashMap<>();
    private final Map<String, Label> questionProblems = new HashMap<>();
    private final PlayerView playerView;
    private String shownEvaluation = "";
    private boolean updating;

    public ScoringView(ScoringModel model, QaTexts texts) {
        this.model = model;
        this.texts = texts;
        this.player = model.player();
        this.playerView = new PlayerView(player, texts);
        setId("qa-scoring");
        setLeft(callList());
        setCenter(middle());
        setRight(scorePanel());
        model.sheetProperty().addListener((o, a, s) -> showSheet(s));
        model.callProperty().addListener((o, a, c) -> showCall(c));
        model.submissionProblems().addListener((javafx.collections.ListChangeListener<Problem>) c -> showProblems());
        showCall(null);
        showSheet(null);
    }

    private Node callList() {
        ListView<CallRecording> list = new ListView<>(model.calls());
        list.setId("qa-recordings");
        list.setPrefWidth(330);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CallRecording c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : texts.get("qa.scoring.call-item",
                        TIME.format(c.at().atZone(ZoneId.systemDefault())), c.agentName(), c.queue(),
                        Clock.mmss(c.talkMs() >= 0 ? c.talkMs() : c.durationMs())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null && c != model.callProperty().get()) {
                model.select(c);
            }
        });
        Label title = new Label(texts.get("qa.scoring.calls"));
        title.getStyleClass().add("qa-heading");
        title.setLabelFor(list);
        Button refresh = new Button(texts.get("qa.scoring.refresh"));
        refresh.setId("qa-recordings-refresh");
        refresh.setOnAction(e -> model.refresh());
        Label empty = new Label(texts.get("qa.scoring.no-calls"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        TextField folder = new TextField();
        folder.setId("qa-folder");
        folder.textProperty().bindBidirectional(model.folderProperty());
        folder.setPromptText(texts.get("qa.folder.prompt"));
        TextField pattern = new TextField();
        pattern.setId("qa-folder-pattern");
        pattern.textProperty().bindBidirectional(model.patternProperty());
        Label folderLabel = new Label(texts.get("qa.folder.folder"));
        folderLabel.setLabelFor(folder);
        Label patternLabel = new Label(texts.get("qa.folder.pattern"));
        patternLabel.setLabelFor(pattern);
        Button use = new Button(texts.get("qa.folder.use"));
        use.setId("qa-folder-use");
        use.setOnAction(e -> model.useFolder());
        Label help = new Label(texts.get("qa.folder.help"));
        help.setWrapText(true);
        help.getStyleClass().add("qa-muted");
        javafx.scene.control.TitledPane folderPane = new javafx.scene.control.TitledPane(texts.get("qa.folder.title"),
                new VBox(4, folderLabel, folder, patternLabel, pattern, help, use));
        folderPane.setId("qa-folder-pane");
        folderPane.setExpanded(false);
        VBox box = new VBox(6, new HBox(8, title, refresh), list, folderPane);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPrefWidth(350);
        help.setPrefWidth(320);
        box.setPadding(new Insets(10));
        return box;
    }

    private Node middle() {
        details.setId("qa-call-details");
        details.setWrapText(true);
        details.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ChoiceBox<Scorecard> cards = new ChoiceBox<>(model.scorecards());
        cards.setId("qa-scorecard-choice");
        cards.valueProperty().bindBidirectional(model.scorecardProperty());
        cards.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scorecard s) {
                return s == null ? "" : texts.get("qa.scoring.scorecard-item", s.name(), s.version());
            }

            @Override
            public Scorecard fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        Button start = new Button(texts.get("qa.scoring.start"));
        start.setId("qa-start");
        start.setOnAction(e -> model.start());
        start.disableProperty().bind(model.callProperty().isNull().or(model.sheetProperty().isNotNull()));
        Label cardLabel = new Label(texts.get("qa.scoring.scorecard"));
        cardLabel.setLabelFor(cards);
        HBox startRow = new HBox(8, cardLabel, cards, start);
        startRow.setAlignment(Pos.CENTER_LEFT);

        ScrollPane scroll = new ScrollPane(questions);
        scroll.setFitToWidth(true);
        scroll.setId("qa-questions-scroll");
        questions.setPadding(new Insets(4));
        VBox box = new VBox(8, details, playerView, startRow, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private Node scorePanel() {
        score.setId("qa-score");
        score.getStyleClass().add("qa-score");
        critical.setId("qa-critical");
        critical.getStyleClass().add("qa-problem");
        critical.setWrapText(true);
        progress.setId("qa-progress");
        progress.getStyleClass().add("qa-muted");
        sectionScores.setId("qa-section-scores");
        overall.setId("qa-overall-comment");
        overall.setPromptText(texts.get("qa.scoring.overall-comment"));
        overall.setPrefRowCount(3);
        overall.setWrapText(true);
        overall.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                model.overallComment(b);
            }
        });
        TextField timedText = new TextField();
        timedText.setId("qa-timed-text");
        timedText.setPromptText(texts.get("qa.scoring.timed-prompt"));
        Button addTimed = new Button();
        addTimed.setId("qa-timed-add");
        addTimed.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> texts.get("qa.scoring.timed-add", Clock.mmss(player.position())), player.positionProperty()));
        addTimed.setOnAction(e -> {
            model.addTimedComment(timedText.getText(), null);
            timedText.clear();
        });
        timedText.setOnAction(addTimed.getOnAction());
        timedList.setId("qa-timed-list");
        Button save = new Button(texts.get("qa.scoring.save"));
        save.setId("qa-save-draft");
        save.setOnAction(e -> model.saveDraft());
        Button submit = new Button(texts.get("qa.scoring.submit"));
        submit.setId("qa-submit");
        submit.setDefaultButton(false);
        submit.setOnAction(e -> model.submit());
        Runnable enable = () -> {
            ScoringSheet s = model.sheet();
            boolean edit = s != null && s.evaluation().editable();
            save.setDisable(!edit);
            submit.setDisable(!edit);
            addTimed.setDisable(!edit);
            timedText.setDisable(!edit);
            overall.setEditable(edit);
        };
        model.sheetProperty().addListener((o, a, b) -> enable.run());
        enable.run();
        Label status = new Label();
        status.setId("qa-scoring-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        model.statusIsErrorProperty().addListener((o, a, err) -> ScorecardEditorView.mark(status, "qa-problem", err));
        Label scoreTitle = new Label(texts.get("qa.scoring.score"));
        scoreTitle.getStyleClass().add("qa-heading");
        Label timedTitle = new Label(texts.get("qa.scoring.timed-comments"));
        timedTitle.getStyleClass().add("qa-heading");
        Label overallLabel = new Label(texts.get("qa.scoring.overall-comment"));
        overallLabel.setLabelFor(overall);
        overallLabel.getStyleClass().add("qa-heading");
        VBox box = new VBox(6, scoreTitle, score, critical, progress, sectionScores, overallLabel, overall,
                timedTitle, new HBox(6, timedText, addTimed), timedList, new HBox(8, save, submit), status);
        box.setPadding(new Insets(10));
        box.setPrefWidth(330);
        box.setMinWidth(280);
        return box;
    }

    // ---- showing the model ----------------------------------------------------------------------------------

    private void showCall(CallRecording c) {
        details.setText(c == null ? texts.get("qa.scoring.pick-call") : texts.get("qa.scoring.details",
                c.callId(), c.agentName(), c.team().isEmpty() ? "—" : c.team(), c.queue().isEmpty() ? "—" : c.queue(),
                WHEN.format(c.at().atZone(ZoneId.systemDefault())),
                c.waitMs() >= 0 ? Clock.mmss(c.waitMs()) : "—", c.talkMs() >= 0 ? Clock.mmss(c.talkMs()) : "—"));
    }

    private void showSheet(ScoringSheet s) {
        updating = true;
        try {
            String id = s == null ? null : s.evaluation().id() + "#" + s.evaluation().status();
            if (!java.util.Objects.equals(id, shownEvaluation)) {
                shownEvaluation = id;
                buildQuestions(s);
                overall.setText(s == null ? "" : s.evaluation().comment());
            }
            if (s != null) {
                for (QuestionAt at : s.version().questions()) {
                    Answer a = s.evaluation().answer(at.question().id());
                    ToggleGroup g = answerGroups.get(at.question().id());
                    String want = a.notApplicable() ? "na" : a.optionId();
                    g.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(want)));
                }
            }
            score.setText(model.overallText());
            ScorecardEditorView.mark(score, "qa-failed", s != null && s.score().failed());
            critical.setText(model.criticalText());
            progress.setText(model.progressText());
            sectionScores.getChildren().setAll(model.sectionLines().stream().map(t -> {
                Label l = new Label(t);
                l.getStyleClass().add("qa-muted");
                return l;
            }).toList());
            showTimed(s);
        } finally {
            updating = false;
        }
    }

    private void buildQuestions(ScoringSheet s) {
        questions.getChildren().clear();
        answerGroups.clear();
        commentFields.clear();
        questionProblems.clear();
        if (s == null) {
            Label hint = new Label();
            hint.setId("qa-scoring-hint");
            hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> texts.get(
                    model.scorecards().isEmpty() ? "qa.scoring.no-active-scorecard" : "qa.scoring.hint"),
                    model.scorecards()));
            hint.getStyleClass().add("qa-muted");
            hint.setWrapText(true);
            questions.getChildren().add(hint);
            return;
        }
        boolean edit = s.evaluation().editable();
        for (Section section : s.version().sections()) {
            Label title = new Label(texts.get(section.weight() > 0 ? "qa.scoring.section-title"
                    : "qa.scoring.section-title-uncounted", section.title(), section.weight()));
            title.getStyleClass().add("qa-heading");
            VBox box = new VBox(6, title);
            box.getStyleClass().add("qa-section");
            for (Question q : section.questions()) {
                box.getChildren().add(question(s, q, edit));
            }
            questions.getChildren().add(box);
        }
    }

    private Node question(ScoringSheet s, Question q, boolean edit) {
        Label text = new Label(q.text() + (q.isCritical() ? " " + texts.get("qa.scoring.critical-mark") : ""));
        text.setWrapText(true);
        if (!q.help().isEmpty()) {
            text.setTooltip(new Tooltip(q.help()));
        }
        ToggleGroup group = new ToggleGroup();
        answerGroups.put(q.id(), group);
        FlowPane answers = new FlowPane(6, 4);
        List<ToggleButton> buttons = new ArrayList<>();
        for (AnswerOption o : q.options()) {
            ToggleButton b = new ToggleButton(q.type() == io.floorview.domain.qa.QuestionType.SCALE ? o.label()
                    : texts.get("qa.scoring.option", o.label(), o.points()));
            b.setUserData(o.id());
            b.setId("qa-answer-" + q.id() + "-" + o.id());
            buttons.add(b);
        }
        if (q.naAllowed()) {
            ToggleButton na = new ToggleButton(texts.get("qa.scoring.na"));
            na.setUserData("na");
            na.setId("qa-answer-" + q.id() + "-na");
            buttons.add(na);
        }
        for (ToggleButton b : buttons) {
            b.setToggleGroup(group);
            b.setDisable(!edit);
            b.setOnAction(e -> {
                String id = (String) b.getUserData();
                model.choose(q.id(), !b.isSelected() ? Answer.none() : "na".equals(id) ? Answer.na() : Answer.option(id));
            });
            answers.getChildren().add(b);
        }
        TextField comment = new TextField(s.evaluation().answer(q.id()).comment());
        comment.setId("qa-comment-" + q.id());
        comment.setPromptText(texts.get("qa.scoring.question-comment"));
        comment.setEditable(edit);
        comment.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                model.commentOn(q.id(), b);
            }
        });
        commentFields.put(q.id(), comment);
        Button atMoment = new Button();
        atMoment.setId("qa-comment-at-" + q.id());
        atMoment.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> texts.get("qa.scoring.comment-at", Clock.mmss(player.position())), player.positionProperty()));
        atMoment.setDisable(!edit);
        atMoment.setOnAction(e -> model.addTimedComment(comment.getText(), q.id()));
        HBox.setHgrow(comment, Priority.ALWAYS);
        HBox commentRow = new HBox(6, comment, atMoment);
        Label problem = new Label();
        problem.setId("qa-qproblem-" + q.id());
        problem.getStyleClass().add("qa-problem");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        questionProblems.put(q.id(), problem);
        VBox box = new VBox(4, text, answers, commentRow, problem);
        if (!q.help().isEmpty()) {
            Label help = new Label(q.help());
            help.getStyleClass().add("qa-muted");
            help.setWrapText(true);
            box.getChildren().add(1, help);
        }
        box.getStyleClass().add("qa-question");
        return box;
    }

    private void showTimed(ScoringSheet s) {
        timedList.getChildren().clear();
        if (s == null) {
            return;
        }
        List<TimedComment> comments = s.evaluation().timedComments();
        for (int i = 0; i < comments.size(); i++) {
            TimedComment c = comments.get(i);
            String about = c.questionId() == null ? "" : s.version().question(c.questionId())
                    .map(q -> texts.get("qa.scoring.timed-about", q.question().text())).orElse("");
            Hyperlink link = new Hyperlink(texts.get("qa.scoring.timed-item", Clock.mmss(c.offsetMs()), c.text())
                    + about);
            link.setId("qa-timed-" + i);
            link.getStyleClass().add("qa-timed-comment");
            link.setWrapText(true);
            link.setOnAction(e -> model.jumpTo(c));
            int index = i;
            Button remove = new Button(texts.get("qa.scoring.timed-remove"));
            remove.setId("qa-timed-remove-" + i);
            remove.setDisable(!s.evaluation().editable());
            remove.setOnAction(e -> model.removeTimedComment(index));
            HBox row = new HBox(4, link, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            timedList.getChildren().add(row);
        }
    }

    private void showProblems() {
        questionProblems.values().forEach(l -> l.setText(""));
        ScoringSheet s = model.sheet();
        for (Problem p : model.submissionProblems()) {
            if (s == null || p.path().section() == null || p.path().question() == null) {
                continue;
            }
            Question q = s.version().sections().get(p.path().section()).questions().get(p.path().question());
            Label l = questionProblems.get(q.id());
            if (l != null) {
                l.setText(texts.problem(p));
            }
        }
    }

    WaveformView waveform() {
        return playerView.waveform();
    }
}
