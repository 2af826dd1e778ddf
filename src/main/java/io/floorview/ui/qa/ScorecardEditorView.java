package io.floorview.ui.qa;

import io.floorview.domain.qa.AnswerOption;
import io.floorview.domain.qa.Criticality;
import io.floorview.domain.qa.Problem;
import io.floorview.domain.qa.ProblemPath;
import io.floorview.domain.qa.Question;
import io.floorview.domain.qa.QuestionType;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The scorecard editor: the versions on the left; the open version's sections → questions → answers in the
 * middle, each problem shown next to what it is about as the user types. The form is rebuilt only when its
 * shape changes (a section, question or answer added, removed or retyped), so typing keeps the focus.
 */
public final class ScorecardEditorView extends BorderPane {

    private final ScorecardEditorModel model;
    private final QaTexts texts;
    private final VBox form = new VBox(10);
    private final Label rootProblems = new Label();
    private final Label weights = new Label();
    /** Problem labels by place: "s", "s/q", "s/q/o". */
    private final Map<String, Label> problemLabels = new HashMap<>();
    private final List<TextField> weightFields = new ArrayList<>();

    public ScorecardEditorView(ScorecardEditorModel model, QaTexts texts) {
        this.model = model;
        this.texts = texts;
        setId("qa-editor");
        ScorecardListPane side = new ScorecardListPane(model, texts);
        setLeft(side.list());
        setTop(side.toolbar());
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setId("qa-editor-scroll");
        form.setPadding(new Insets(10));
        form.getStyleClass().add("qa-form");
        setCenter(scroll);
        rootProblems.setId("qa-editor-problems");
        rootProblems.getStyleClass().add("qa-problem");
        rootProblems.setWrapText(true);
        weights.setId("qa-editor-weights");
        model.structureProperty().addListener((o, a, b) -> rebuild());
        model.problems().addListener((javafx.collections.ListChangeListener<Problem>) c -> showProblems());
        rebuild();
    }

    // ---- the form -------------------------------------------------------------------------------------

    private void rebuild() {
        form.getChildren().clear();
        problemLabels.clear();
        weightFields.clear();
        Scorecard sc = model.scorecard();
        if (sc == null) {
            Label none = new Label(texts.get("qa.editor.none-open"));
            none.getStyleClass().add("qa-muted");
            form.getChildren().add(none);
            return;
        }
        boolean edit = sc.editable();
        Label version = new Label(texts.get("qa.editor.version", sc.version(),
                texts.get("qa.status." + sc.status().name().toLowerCase(java.util.Locale.ROOT))));
        version.setId("qa-editor-version");
        version.getStyleClass().add("qa-heading");
        TextField name = text("qa-editor-name", sc.name(), v -> model.edit(x -> x.withName(v)));
        name.setPromptText(texts.get("qa.editor.name"));
        TextField description = text("qa-editor-description", sc.description(),
                v -> model.edit(x -> x.withDescription(v)));
        description.setPromptText(texts.get("qa.editor.description"));
        form.getChildren().addAll(version, labelled("qa.editor.name", name),
                labelled("qa.editor.description", description), weights, rootProblems);
        for (int s = 0; s < sc.sections().size(); s++) {
            form.getChildren().add(section(s, sc.sections().get(s), edit));
        }
        if (edit) {
            form.getChildren().add(button("qa-editor-add-section", "qa.editor.add-section", model::addSection));
        }
        for (Node n : form.getChildren()) {
            if (n instanceof VBox || n instanceof HBox) {
                n.setDisable(!edit);
            }
        }
        showProblems();
    }

    private Node section(int s, Section section, boolean edit) {
        TextField title = text("qa-section-" + s + "-title", section.title(),
                v -> model.editSection(s, x -> x.withTitle(v)));
        title.setPromptText(texts.get("qa.editor.section-title"));
        HBox.setHgrow(title, Priority.ALWAYS);
        TextField weight = text("qa-section-" + s + "-weight", Numbers.format(section.weight()),
                v -> model.editSection(s, x -> x.withWeight(Numbers.parse(v))));
        weight.setPrefColumnCount(5);
        weightFields.add(weight);
        Label weightLabel = new Label(texts.get("qa.editor.weight"));
        weightLabel.setLabelFor(weight);
        Button remove = button("qa-section-" + s + "-remove", "qa.editor.remove-section",
                () -> model.removeSection(s));
        HBox head = new HBox(6, title, weightLabel, weight, new Label("%"), remove);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, problemLabel("qa-section-" + s + "-problems", key(s, null, null)));
        box.getStyleClass().add("qa-section");
        for (int q = 0; q < section.questions().size(); q++) {
            box.getChildren().add(question(s, q, section.questions().get(q)));
        }
        if (edit) {
            box.getChildren().add(button("qa-section-" + s + "-add-question", "qa.editor.add-question",
                    () -> model.addQuestion(s)));
        }
        remove.setVisible(edit);
        return box;
    }

    private Node question(int s, int q, Question question) {
        String id = "qa-q-" + s + "-" + q;
        TextField text = text(id + "-text", question.text(), v -> model.editQuestion(s, q, x -> x.withText(v)));
        text.setPromptText(texts.get("qa.editor.question-text"));
        HBox.setHgrow(text, Priority.ALWAYS);
        ChoiceBox<QuestionType> type = new ChoiceBox<>();
        type.getItems().setAll(QuestionType.values());
        type.setConverter(enumWords("qa.type."));
        type.setValue(question.type());
        type.setId(id + "-type");
        type.valueProperty().addListener((o, a, b) -> model.setType(s, q, b));
        ChoiceBox<Criticality> critical = new ChoiceBox<>();
        critical.getItems().setAll(Criticality.values());
        critical.setConverter(enumWords("qa.critical."));
        critical.setValue(question.critical());
        critical.setId(id + "-critical");
        critical.valueProperty().addListener((o, a, b) -> model.setCritical(s, q, b));
        CheckBox na = new CheckBox(texts.get("qa.editor.na-allowed"));
        na.setId(id + "-na");
        na.setSelected(question.naAllowed());
        na.selectedProperty().addListener((o, a, b) -> model.editQuestion(s, q, x -> x.withNaAllowed(b)));
        CheckBox required = new CheckBox(texts.get("qa.editor.required"));
        required.setId(id + "-required");
        required.setSelected(question.required());
        required.selectedProperty().addListener((o, a, b) -> model.editQuestion(s, q, x -> x.withRequired(b)));
        Button remove = button(id + "-remove", "qa.editor.remove-question", () -> model.removeQuestion(s, q));
        remove.setVisible(model.scorecard().editable());
        remove.managedProperty().bind(remove.visibleProperty());
        HBox head = new HBox(6, text, type, critical, na, required, remove);
        head.setAlignment(Pos.CENTER_LEFT);
        TextField help = text(id + "-help", question.help(), v -> model.editQuestion(s, q, x -> x.withHelp(v)));
        help.setPromptText(texts.get("qa.editor.help"));
        VBox box = new VBox(4, head, help);
        box.getStyleClass().add("qa-question");
        if (question.type() == QuestionType.SCALE) {
            box.getChildren().add(scale(s, q, question));
        }
        for (int o = 0; o < question.options().size(); o++) {
            box.getChildren().add(option(s, q, o, question.options().get(o), question.type() == QuestionType.CHOICE));
        }
        if (question.type() == QuestionType.CHOICE) {
            box.getChildren().add(button(id + "-add-option", "qa.editor.add-option", () -> model.addOption(s, q)));
        }
        box.getChildren().add(problemLabel(id + "-problems", key(s, q, null)));
        return box;
    }

    private Node scale(int s, int q, Question question) {
        String id = "qa-q-" + s + "-" + q;
        TextField min = new TextField(Integer.toString(question.scale().min()));
        TextField max = new TextField(Integer.toString(question.scale().max()));
        min.setId(id + "-scale-min");
        max.setId(id + "-scale-max");
        min.setPrefColumnCount(3);
        max.setPrefColumnCount(3);
        Runnable apply = () -> {
            try {
                int lo = Integer.parseInt(min.getText().strip());
                int hi = Integer.parseInt(max.getText().strip());
                if (lo != question.scale().min() || hi != question.scale().max()) {
                    model.setScale(s, q, lo, hi);
                }
            } catch (NumberFormatException e) {
                problemLabels.get(key(s, q, null)).setText(texts.get("qa.editor.scale-not-number"));
            }
        };
        min.setOnAction(e -> apply.run());
        max.setOnAction(e -> apply.run());
        min.focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                apply.run();
            }
        });
        max.focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                apply.run();
            }
        });
        Label from = new Label(texts.get("qa.editor.scale-from"));
        from.setLabelFor(min);
        Label to = new Label(texts.get("qa.editor.scale-to"));
        to.setLabelFor(max);
        HBox row = new HBox(6, from, min, to, max);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node option(int s, int q, int o, AnswerOption option, boolean removable) {
        String id = "qa-opt-" + s + "-" + q + "-" + o;
        TextField label = text(id + "-label", option.label(), v -> model.editOption(s, q, o, x -> x.withLabel(v)));
        label.setPromptText(texts.get("qa.editor.option-label"));
        HBox.setHgrow(label, Priority.ALWAYS);
        TextField points = text(id + "-points", Numbers.format(option.points()),
                v -> model.editOption(s, q, o, x -> x.withPoints(Numbers.parse(v))));
        points.setPrefColumnCount(4);
        Label pointsLabel = new Label(texts.get("qa.editor.points"));
        pointsLabel.setLabelFor(points);
        CheckBox fails = new CheckBox(texts.get("qa.editor.fails"));
        fails.setId(id + "-fails");
        fails.setSelected(option.fails());
        fails.selectedProperty().addListener((obs, a, b) -> model.editOption(s, q, o, x -> x.withFails(b)));
        HBox row = new HBox(6, label, pointsLabel, points, fails);
        if (removable) {
            row.getChildren().add(button(id + "-remove", "qa.editor.remove-option", () -> model.removeOption(s, q, o)));
        }
        row.getChildren().add(problemLabel(id + "-problems", key(s, q, o)));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("qa-option");
        return row;
    }

    private Node labelled(String key, TextField field) {
        Label l = new Label(texts.get(key));
        l.setLabelFor(field);
        l.setMinWidth(100);
        HBox row = new HBox(6, l, field);
        HBox.setHgrow(field, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Button button(String id, String key, Runnable action) {
        return ScorecardListPane.button(texts, id, key, action);
    }

    private TextField text(String id, String value, Consumer<String> onChange) {
        TextField f = new TextField(value);
        f.setId(id);
        f.textProperty().addListener((o, a, b) -> onChange.accept(b));
        return f;
    }

    private Label problemLabel(String id, String key) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("qa-problem");
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        problemLabels.put(key, l);
        return l;
    }

    private <E extends Enum<E>> StringConverter<E> enumWords(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : texts.get(prefix + e.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public E fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    // ---- problems in place ---------------------------------------------------------------------------------

    private void showProblems() {
        Map<Label, List<String>> texts2 = new HashMap<>();
        List<String> root = new ArrayList<>();
        boolean weightsWrong = false;
        String weightProblem = "";
        for (Problem p : model.problems()) {
            ProblemPath at = p.path();
            String line = (p.isError() ? "" : texts.get("qa.editor.warning")) + describe(p);
            if ("weights".equals(at.field())) {
                weightsWrong = true;
                weightProblem = line;
                continue;
            }
            Label target = null;
            for (String k : new String[] {key(at.section(), at.question(), at.option()),
                    key(at.section(), at.question(), null), key(at.section(), null, null)}) {
                if (at.section() != null && problemLabels.containsKey(k)) {
                    target = problemLabels.get(k);
                    break;
                }
            }
            if (target == null) {
                root.add(line);
            } else {
                texts2.computeIfAbsent(target, x -> new ArrayList<>()).add(line);
            }
            if (at.section() != null && at.question() == null && "weight".equals(at.field())
                    && at.section() < weightFields.size()) {
                mark(weightFields.get(at.section()), "qa-invalid", true);
            }
        }
        for (Label l : problemLabels.values()) {
            l.setText(String.join("\n", texts2.getOrDefault(l, List.of())));
        }
        rootProblems.setText(String.join("\n", root));
        for (int i = 0; i < weightFields.size(); i++) {
            final int s = i;
            boolean own = model.problems().stream().anyMatch(p -> Integer.valueOf(s).equals(p.path().section())
                    && p.path().question() == null && "weight".equals(p.path().field()));
            mark(weightFields.get(i), "qa-invalid", weightsWrong || own);
        }
        weights.setText(model.scorecard() == null ? "" : weightsWrong ? weightProblem
                : texts.get("qa.editor.weights", model.weightSum()));
        mark(weights, "qa-problem", weightsWrong);
    }

    private String describe(Problem p) {
        return switch (p.code()) {
            case "scorecard.weights-sum" -> texts.problem(p, model.weightSum());
            default -> texts.problem(p);
        };
    }

    private static String key(Integer s, Integer q, Integer o) {
        return s + "/" + q + "/" + o;
    }

    static void mark(Node n, String styleClass, boolean on) {
        if (on && !n.getStyleClass().contains(styleClass)) {
            n.getStyleClass().add(styleClass);
        } else if (!on) {
            n.getStyleClass().remove(styleClass);
        }
    }
}
