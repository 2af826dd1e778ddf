package io.floorview.ui.qa;

import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardStatus;
import io.floorview.domain.qa.ScorecardSummary;
import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The scorecard editor's list of versions (with "create") and its toolbar (save, activate, retire, files). */
final class ScorecardListPane {

    private final ScorecardEditorModel model;
    private final QaTexts texts;
    /** A node of the screen, for the file dialogs' owner window. */
    private Node owner;

    ScorecardListPane(ScorecardEditorModel model, QaTexts texts) {
        this.model = model;
        this.texts = texts;
    }

    Node list() {
        ListView<ScorecardSummary> list = new ListView<>(model.summaries());
        list.setId("qa-scorecards");
        list.setPrefWidth(300);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ScorecardSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : texts.get("qa.editor.list-item", s.name(), s.ref().version(),
                        texts.get("qa.status." + s.status().name().toLowerCase(java.util.Locale.ROOT)),
                        s.evaluations()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null && (model.scorecard() == null || !model.scorecard().ref().equals(s.ref()))) {
                model.open(s.ref());
            }
        });
        TextField name = new TextField();
        name.setId("qa-new-name");
        name.setPromptText(texts.get("qa.editor.new-name"));
        Button create = new Button(texts.get("qa.editor.create"));
        create.setId("qa-new");
        create.setOnAction(e -> {
            model.create(name.getText());
            name.clear();
        });
        name.setOnAction(create.getOnAction());
        Label title = new Label(texts.get("qa.editor.scorecards"));
        title.getStyleClass().add("qa-heading");
        title.setLabelFor(list);
        HBox add = new HBox(6, name, create);
        HBox.setHgrow(name, Priority.ALWAYS);
        VBox box = new VBox(6, title, list, add);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    Node toolbar() {
        Button save = button("qa-editor-save", "qa.editor.save", model::save);
        Button activate = button("qa-editor-activate", "qa.editor.activate", model::activate);
        Button draft = button("qa-editor-new-draft", "qa.editor.new-draft", model::newDraft);
        Button retire = button("qa-editor-retire", "qa.editor.retire", model::retire);
        Button imp = button("qa-editor-import", "qa.editor.import", this::importFile);
        Button exp = button("qa-editor-export", "qa.editor.export", this::exportFile);
        Runnable enable = () -> {
            Scorecard sc = model.scorecard();
            boolean edit = sc != null && sc.editable();
            save.setDisable(!edit || !model.dirtyProperty().get());
            activate.setDisable(!edit);
            draft.setDisable(sc == null || edit);
            retire.setDisable(sc == null || sc.status() != ScorecardStatus.ACTIVE);
            exp.setDisable(sc == null);
        };
        model.scorecardProperty().addListener((o, a, b) -> enable.run());
        model.dirtyProperty().addListener((o, a, b) -> enable.run());
        enable.run();
        Label status = new Label();
        status.setId("qa-editor-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        model.statusIsErrorProperty().addListener((o, a, err) -> ScorecardEditorView.mark(status, "qa-problem", err));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, save, activate, draft, retire, imp, exp, gap, status);
        owner = bar;
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 0, 10));
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        return button(texts, id, key, action);
    }

    static Button button(QaTexts texts, String id, String key, Runnable action) {
        Button b = new Button(texts.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void importFile() {
        FileChooser chooser = chooser();
        File f = chooser.showOpenDialog(owner.getScene().getWindow());
        if (f != null) {
            model.importFrom(f.toPath());
        }
    }

    private void exportFile() {
        FileChooser chooser = chooser();
        chooser.setInitialFileName(model.scorecard().id() + "-v" + model.scorecard().version() + ".json");
        File f = chooser.showSaveDialog(owner.getScene().getWindow());
        if (f != null) {
            model.exportTo(f.toPath());
        }
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("qa.editor.json-files"),
                "*.json"));
        return chooser;
    }

}
