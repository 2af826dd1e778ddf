package io.floorview.ui.schedule;

import io.floorview.domain.schedule.ActivityCode;
import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.ShiftTemplate;
import java.io.File;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The editor's dialogs: copy a day or week, apply a shift template on a weekly pattern, edit activity codes, CSV. */
final class ScheduleDialogs {

    private final ScheduleViewModel model;
    private final ScheduleTexts texts;

    ScheduleDialogs(ScheduleViewModel model, ScheduleTexts texts) {
        this.model = model;
        this.texts = texts;
    }

    private <T> Dialog<T> dialog(String id, String titleKey) {
        Dialog<T> d = new Dialog<>();
        d.setTitle(texts.get(titleKey));
        d.getDialogPane().setId(id);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return d;
    }

    void copy() {
        boolean week = model.spanProperty().get() == ScheduleViewModel.Span.WEEK;
        Dialog<java.time.LocalDate> d = dialog("schedule-copy-dialog", week ? "schedule.copy.week" : "schedule.copy.day");
        DatePicker target = new DatePicker(model.dayProperty().get().plusDays(week ? 7 : 1));
        target.setId("schedule-copy-target");
        Label l = new Label(texts.get("schedule.copy.to"));
        l.setLabelFor(target);
        Label note = new Label(texts.get("schedule.copy.note", model.agents().size()));
        note.setWrapText(true);
        GridPane g = grid();
        g.addRow(0, l, target);
        g.add(note, 0, 1, 2, 1);
        d.getDialogPane().setContent(g);
        d.setResultConverter(b -> b == ButtonType.OK ? target.getValue() : null);
        d.showAndWait().ifPresent(model::copyTo);
    }

    /** Move to agent…: the selected block (a shift with its breaks) goes to the agent chosen, at the same time. */
    void moveToAgent(Window owner) {
        String id = model.selectedItemProperty().get();
        io.floorview.domain.schedule.ScheduleItem item = model.item(id).orElse(null);
        List<Agent> targets = model.moveTargets(id);
        if (item == null || targets.isEmpty()) {
            return;
        }
        Dialog<Agent> d = dialog("schedule-move-dialog", "schedule.move.title");
        if (owner != null) {
            d.initOwner(owner);
        }
        ComboBox<Agent> agent = new ComboBox<>();
        agent.setId("schedule-move-agent");
        agent.getItems().setAll(targets);
        agent.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Agent a) {
                return a == null ? "" : a.team().isEmpty() ? a.name() : a.name() + " \u00b7 " + a.team();
            }

            @Override
            public Agent fromString(String s) {
                return null;
            }
        });
        agent.setValue(targets.get(0));
        Label l = new Label(texts.get("schedule.move.agent"));
        l.setLabelFor(agent);
        String what = model.codesProperty().get().get(item.code()).map(ActivityCode::name).orElse(item.code()) + " "
                + texts.time(item.startMs()) + "\u2013" + texts.time(item.endMs());
        Label note = new Label(texts.get("schedule.move.note", what));
        note.setWrapText(true);
        note.setMaxWidth(360);
        GridPane g = grid();
        g.addRow(0, l, agent);
        g.add(note, 0, 1, 2, 1);
        d.getDialogPane().setContent(g);
        d.setOnShown(e -> agent.requestFocus());
        d.setResultConverter(b -> b == ButtonType.OK ? agent.getValue() : null);
        d.showAndWait().ifPresent(a -> model.moveToAgent(item.id(), a.id(), item.startMs()));
    }

    void template() {
        Dialog<ButtonType> d = dialog("schedule-template-dialog", "schedule.template.title");
        ComboBox<ShiftTemplate> templates = new ComboBox<>();
        templates.setId("schedule-template-choice");
        templates.getItems().setAll(ShiftTemplate.defaults());
        templates.setValue(templates.getItems().get(1));
        templates.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ShiftTemplate t) {
                return t == null ? "" : texts.get("schedule.template." + t.name(), t.start().toString(),
                        ScheduleTexts.hours(t.length().toMillis()));
            }

            @Override
            public ShiftTemplate fromString(String s) {
                return null;
            }
        });
        FlowPane days = new FlowPane(6, 6);
        List<CheckBox> boxes = new java.util.ArrayList<>();
        for (DayOfWeek dow : DayOfWeek.values()) {
            CheckBox cb = new CheckBox(dow.getDisplayName(TextStyle.SHORT, texts.locale()));
            cb.setId("schedule-template-" + dow.name().toLowerCase(java.util.Locale.ROOT));
            cb.setSelected(dow.getValue() <= 5);
            cb.setUserData(dow);
            boxes.add(cb);
            days.getChildren().add(cb);
        }
        ListView<Agent> who = new ListView<>(model.agents());
        who.setId("schedule-template-agents");
        who.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        who.getSelectionModel().selectAll();
        who.setPrefHeight(220);
        who.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Agent a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.name() + " \u00b7 " + a.team());
            }
        });
        GridPane g = grid();
        Label tl = new Label(texts.get("schedule.template.shift"));
        tl.setLabelFor(templates);
        Label al = new Label(texts.get("schedule.template.agents"));
        al.setLabelFor(who);
        g.addRow(0, tl, templates);
        g.addRow(1, new Label(texts.get("schedule.template.days", texts.date(model.dayProperty().get()
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))))), days);
        g.addRow(2, al, who);
        d.getDialogPane().setContent(g);
        if (d.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
            boxes.stream().filter(CheckBox::isSelected).forEach(b -> chosen.add((DayOfWeek) b.getUserData()));
            List<String> ids = who.getSelectionModel().getSelectedItems().stream().map(Agent::id).toList();
            if (!chosen.isEmpty() && !ids.isEmpty()) {
                model.applyTemplate(templates.getValue(), chosen, ids);
            }
        }
    }

    void codes() {
        Dialog<ButtonType> d = dialog("schedule-codes-dialog", "schedule.codes.title");
        ComboBox<ActivityCode> which = new ComboBox<>();
        which.setId("schedule-code-choice");
        which.getItems().setAll(model.codesProperty().get().all());
        which.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ActivityCode c) {
                return c == null ? "" : c.name() + " (" + c.code() + ")";
            }

            @Override
            public ActivityCode fromString(String s) {
                return null;
            }
        });
        TextField name = new TextField();
        name.setId("schedule-code-name");
        ColorPicker colour = new ColorPicker();
        colour.setId("schedule-code-colour");
        CheckBox paid = new CheckBox(texts.get("schedule.codes.paid"));
        paid.setId("schedule-code-paid");
        CheckBox onQueue = new CheckBox(texts.get("schedule.codes.onQueue"));
        onQueue.setId("schedule-code-onqueue");
        CheckBox shrinkage = new CheckBox(texts.get("schedule.codes.shrinkage"));
        shrinkage.setId("schedule-code-shrinkage");
        Spinner<Integer> grace = new Spinner<>(0, 240, 0);
        grace.setId("schedule-code-grace");
        grace.setEditable(true);
        Label error = new Label();
        error.setId("schedule-code-error");
        error.getStyleClass().add("level-error");
        which.valueProperty().addListener((o, a, c) -> {
            if (c != null) {
                name.setText(c.name());
                colour.setValue(Color.web(c.colour()));
                paid.setSelected(c.paid());
                onQueue.setSelected(c.onQueue());
                shrinkage.setSelected(c.shrinkage());
                grace.getValueFactory().setValue(c.graceMinutes());
            }
        });
        which.setValue(which.getItems().get(0));
        GridPane g = grid();
        g.addRow(0, labelFor("schedule.codes.code", which), which);
        g.addRow(1, labelFor("schedule.codes.name", name), name);
        g.addRow(2, labelFor("schedule.codes.colour", colour), colour);
        g.addRow(3, new Label(), new FlowPane(10, 4, paid, onQueue, shrinkage));
        g.addRow(4, labelFor("schedule.codes.grace", grace), grace);
        g.add(error, 0, 5, 2, 1);
        d.getDialogPane().setContent(g);
        javafx.scene.Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ActivityCode c = which.getValue();
            try {
                Color k = colour.getValue();
                String hex = String.format("#%02x%02x%02x", Math.round(k.getRed() * 255), Math.round(k.getGreen() * 255),
                        Math.round(k.getBlue() * 255));
                model.saveCode(new ActivityCode(c.code(), name.getText().trim(), c.layer(), hex, paid.isSelected(),
                        onQueue.isSelected(), shrinkage.isSelected(), grace.getValue(), c.expected(), c.reasons()));
            } catch (IllegalArgumentException ex) {
                error.setText(texts.get("schedule.codes.invalid"));
                e.consume();
            }
        });
        d.showAndWait();
    }

    private Label labelFor(String key, javafx.scene.control.Control c) {
        Label l = new Label(texts.get(key));
        l.setLabelFor(c);
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        return g;
    }

    private FileChooser chooser(String titleKey) {
        FileChooser fc = new FileChooser();
        fc.setTitle(texts.get(titleKey));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("schedule.csv.files"), "*.csv"));
        return fc;
    }

    void importCsv(Window owner) {
        File f = chooser("schedule.import").showOpenDialog(owner);
        if (f != null) {
            model.importCsv(f.toPath());
        }
    }

    void exportCsv(Window owner) {
        FileChooser fc = chooser("schedule.export");
        fc.setInitialFileName("schedule-" + model.dayProperty().get() + ".csv");
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            model.exportCsv(f.toPath());
        }
    }
}
