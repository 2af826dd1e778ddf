package io.floorview.ui.schedule;

import io.floorview.domain.schedule.Adherence;
import io.floorview.domain.schedule.AdherenceException;
import io.floorview.domain.schedule.AdherenceResult;
import io.floorview.domain.schedule.Agent;
import io.floorview.service.schedule.AdherenceService;
import io.floorview.ui.common.Formats;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The adherence side of the schedule screen: live badges before agents' names, and the report of the day or week
 * shown (per team and agent: adherence %, conformance %, time out) with each agent's exceptions and a way to
 * excuse one with a note.
 */
final class AdherencePanel extends VBox implements AdherenceBadges {

    /** A row of the report table: a team total or an agent. */
    private record Row(String label, AdherenceResult result, boolean team) {
    }

    private final AdherenceModel model;
    private final ScheduleTexts texts;
    private final Formats formats;
    private final Map<String, Label> badges = new HashMap<>();
    private final TableView<Row> table = new TableView<>();
    private final ListView<AdherenceException> exceptions = new ListView<>();

    AdherencePanel(AdherenceModel model, ScheduleTexts texts) {
        super(8);
        this.model = model;
        this.texts = texts;
        this.formats = new Formats(texts.locale(), "\u2014");
        setId("schedule-adherence");
        setPadding(new Insets(8));
        Button run = new Button(texts.get("schedule.adherence.run"));
        run.setId("schedule-adherence-run");
        run.setOnAction(e -> model.runReport());
        Label explain = new Label(texts.get("schedule.adherence.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("muted");
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        until.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.setId("schedule-adherence-table");
        table.setPrefHeight(300);
        table.getColumns().add(column("schedule.adherence.who", r -> r.label()));
        table.getColumns().add(column("schedule.adherence.adherence", r -> formats.percent(r.result().adherence())));
        table.getColumns().add(column("schedule.adherence.conformance",
                r -> formats.percent(r.result().conformance())));
        table.getColumns().add(column("schedule.adherence.out", r -> ScheduleTexts.hours(r.result().outMs())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().get(0).setPrefWidth(140);
        for (int k = 1; k < 4; k++) {
            table.getColumns().get(k).setPrefWidth(60);
        }
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("team-total");
                if (!empty && r != null && r.team()) {
                    getStyleClass().add("team-total");
                }
            }
        });
        exceptions.setId("schedule-adherence-exceptions");
        exceptions.setPrefHeight(160);
        exceptions.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AdherenceException e, boolean empty) {
                super.updateItem(e, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || e == null ? null : describe(e));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) ->
                exceptions.getItems().setAll(r == null ? java.util.List.of() : r.result().exceptions()));
        TextField note = new TextField();
        note.setId("schedule-excuse-note");
        note.setPromptText(texts.get("schedule.adherence.note"));
        Button excuse = new Button(texts.get("schedule.adherence.excuse"));
        excuse.setId("schedule-excuse");
        excuse.disableProperty().bind(exceptions.getSelectionModel().selectedItemProperty().isNull());
        excuse.setOnAction(e -> {
            model.excuse(exceptions.getSelectionModel().getSelectedItem(), note.getText());
            note.clear();
        });
        HBox.setHgrow(note, Priority.ALWAYS);
        Label exTitle = new Label(texts.get("schedule.adherence.exceptions"));
        exTitle.getStyleClass().add("panel-title");
        exTitle.setLabelFor(exceptions);
        until.setId("schedule-adherence-until");
        until.setWrapText(true);
        getChildren().addAll(run, explain, until, table, exTitle, exceptions, new HBox(6, note, excuse));
        model.reportProperty().addListener((o, a, r) -> show(r));
        model.liveProperty().addListener((o, a, m) -> badges.forEach((agent, l) -> paint(l, m.get(agent))));
    }

    private TableColumn<Row, String> column(String key, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private final Label until = new Label();

    private void show(AdherenceService.Report r) {
        until.setText(texts.get("schedule.adherence.until", texts.dateTime(r.fromMs()), texts.dateTime(r.toMs())));
        Map<String, String> names = new HashMap<>();
        Map<String, String> teamOf = new HashMap<>();
        for (Agent a : model.schedule().agents()) {
            names.put(a.id(), a.name());
            teamOf.put(a.id(), a.team());
        }
        java.util.List<Row> rows = new java.util.ArrayList<>();
        rows.add(new Row(texts.get("schedule.adherence.center"), r.center(), true));
        r.teams().forEach((team, total) -> {
            rows.add(new Row(team.isEmpty() ? texts.get("schedule.team.none") : team, total, true));
            for (AdherenceResult a : r.agents()) {
                if (team.equals(teamOf.getOrDefault(a.who(), ""))) {
                    rows.add(new Row("  " + names.getOrDefault(a.who(), a.who()), a, false));
                }
            }
        });
        table.getItems().setAll(rows);
        exceptions.getItems().clear();
    }

    private String describe(AdherenceException e) {
        String code = model.schedule().codesProperty().get().get(e.code()).map(c -> c.name()).orElse(e.code());
        String state = texts.get("schedule.state." + e.state().name().toLowerCase(java.util.Locale.ROOT))
                + (e.reason() == null ? "" : " (" + e.reason() + ")");
        String text = texts.get("schedule.adherence.exception", texts.dateTime(e.fromMs()), texts.time(e.toMs()),
                code, state, ScheduleTexts.hours(e.ms()));
        return e.excusedMs() > 0 ? text + " " + texts.get("schedule.adherence.excusedPart",
                ScheduleTexts.hours(e.excusedMs())) : text;
    }

    @Override
    public Label badge(String agent) {
        Label l = new Label();
        l.setId("adherence-" + agent);
        l.setMinWidth(16);
        badges.put(agent, l);
        paint(l, model.liveProperty().get().get(agent));
        return l;
    }

    private void paint(Label l, Adherence.Now now) {
        l.getStyleClass().removeAll("adherence-in", "adherence-out", "adherence-excused");
        if (now == null || now.code() == null) {
            l.setText("");
            l.setTooltip(null);
            l.setAccessibleText(null);
            return;
        }
        String code = model.schedule().codesProperty().get().get(now.code()).map(c -> c.name()).orElse(now.code());
        String state = texts.get("schedule.state." + now.state().name().toLowerCase(java.util.Locale.ROOT))
                + (now.reason() == null ? "" : " (" + now.reason() + ")");
        String text;
        if (now.out() && now.excused()) {
            l.setText("\u25cf");
            l.getStyleClass().add("adherence-excused");
            text = texts.get("schedule.live.excused", code, state);
        } else if (now.out()) {
            l.setText("\u25cf");
            l.getStyleClass().add("adherence-out");
            text = texts.get("schedule.live.out", texts.time(now.sinceMs()), code, state);
        } else {
            l.setText("\u25cb");
            l.getStyleClass().add("adherence-in");
            text = texts.get("schedule.live.in", code, state);
        }
        l.setTooltip(new Tooltip(text));
        l.setAccessibleText(text);
    }
}
