package io.floorview.ui.schedule;

import io.floorview.domain.schedule.ActivityCode;
import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.RuleWarning;
import io.floorview.domain.schedule.Schedule;
import io.floorview.domain.schedule.ScheduleChange;
import io.floorview.ui.schedule.ScheduleViewModel.Level;
import io.floorview.ui.schedule.ScheduleViewModel.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Schedules screen: a toolbar (day, day/week, team, snap step, the code the Insert key adds, undo/redo, copy,
 * templates, activity codes, CSV, publish), a timeline with a row per agent grouped by team, a side panel with
 * the selected block, its warnings and the agent's history, and a status line.
 *
 * <p>Keys on the timeline: Insert adds a block, Delete removes the selected one, Left/Right move it by a snap
 * step, Shift+Left/Right move its end, M moves it to another agent (a dialog to choose them); Ctrl+Z / Ctrl+Y
 * undo and redo anywhere on the screen.
 */
public final class ScheduleView extends BorderPane {

    static final double NAME_WIDTH = 190;

    private final ScheduleViewModel model;
    private final ScheduleTexts texts;
    private final VBox rows = new VBox();
    private final HBox header = new HBox();
    private final ScrollPane scroll = new ScrollPane(rows);
    private final Label status = new Label();
    private final ScheduleDialogs dialogs;
    private final BlockPanel blockPanel;
    private final TimelineRows timeline;
    private AdherenceBadges adherence = AdherenceBadges.NONE;

    public ScheduleView(ScheduleViewModel model) {
        this(model, null);
    }

    /** With {@code adherence} (may be {@code null}): live badges before names and an Adherence tab. */
    public ScheduleView(ScheduleViewModel model, AdherenceModel adherenceModel) {
        this.model = model;
        this.texts = model.texts();
        this.dialogs = new ScheduleDialogs(model, texts);
        this.blockPanel = new BlockPanel(model, texts);
        this.timeline = new TimelineRows(rows, () -> dialogs.moveToAgent(getScene() == null ? null
                : getScene().getWindow()));
        setId("schedule-screen");
        getStyleClass().add("schedule-screen");
        getStylesheets().add(ScheduleView.class.getResource("schedule.css").toExternalForm());
        setTop(toolbar());
        VBox centre = new VBox(header, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        header.getStyleClass().add("timeline-header");
        scroll.setId("schedule-timeline");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(true);
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, this::timelineKey);
        rows.getStyleClass().add("timeline-rows");
        setCenter(centre);
        VBox side = blockPanel;
        if (adherenceModel == null) {
            setRight(side);
        } else {
            AdherencePanel panel = new AdherencePanel(adherenceModel, texts);
            adherence = panel;
            javafx.scene.control.Tab block = new javafx.scene.control.Tab(texts.get("schedule.tab.block"), side);
            block.setId("schedule-tab-block");
            javafx.scene.control.Tab adh = new javafx.scene.control.Tab(texts.get("schedule.tab.adherence"), panel);
            adh.setId("schedule-tab-adherence");
            javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(block, adh);
            tabs.setId("schedule-side-tabs");
            tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
            tabs.setPrefWidth(340);
            tabs.getStyleClass().add("side-panel");
            setRight(tabs);
        }
        status.setId("schedule-status");
        status.getStyleClass().add("schedule-status");
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        status.setWrapText(true);
        model.statusLevelProperty().addListener((o, a, b) -> levelClass(status, b));
        setBottom(status);
        addEventFilter(KeyEvent.KEY_PRESSED, this::undoKeys);
        model.draftProperty().addListener((o, a, b) -> rebuild());
        model.warningsProperty().addListener((o, a, b) -> rebuild());
        model.agents().addListener((ListChangeListener<Agent>) c -> rebuild());
        model.selectedItemProperty().addListener((o, a, b) -> {
            showSelection();
            blockPanel.showDetails();
        });
        model.selectedAgentProperty().addListener((o, a, b) -> showSelection());
        model.history().addListener((ListChangeListener<ScheduleChange>) c -> blockPanel.showDetails());
        widthProperty().addListener((o, a, b) -> rebuildHeader());
        rebuild();
    }

    private static void levelClass(Label l, Level level) {
        l.getStyleClass().removeAll("level-ok", "level-warning", "level-error", "level-info");
        l.getStyleClass().add("level-" + level.name().toLowerCase(java.util.Locale.ROOT));
    }

    private FlowPane toolbar() {
        Button prev = button("schedule-prev", "schedule.prev", () -> step(-1));
        DatePicker day = new DatePicker();
        day.setId("schedule-day");
        day.valueProperty().bindBidirectional(model.dayProperty());
        Button next = button("schedule-next", "schedule.next", () -> step(1));
        ToggleGroup spans = new ToggleGroup();
        ToggleButton dayView = new ToggleButton(texts.get("schedule.span.day"));
        dayView.setId("schedule-span-day");
        ToggleButton weekView = new ToggleButton(texts.get("schedule.span.week"));
        weekView.setId("schedule-span-week");
        dayView.setToggleGroup(spans);
        weekView.setToggleGroup(spans);
        dayView.setSelected(model.spanProperty().get() == Span.DAY);
        weekView.setSelected(model.spanProperty().get() == Span.WEEK);
        spans.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                model.spanProperty().set(b == dayView ? Span.DAY : Span.WEEK);
            }
        });

        ComboBox<String> team = new ComboBox<>();
        team.setId("schedule-team");
        team.getItems().add("");
        model.teams().addListener((ListChangeListener<String>) c -> {
            String keep = team.getValue();
            team.getItems().setAll("");
            team.getItems().addAll(model.teams());
            team.setValue(keep);
        });
        team.setButtonCell(teamCell());
        team.setCellFactory(v -> teamCell());
        team.setValue("");
        team.valueProperty().addListener((o, a, b) -> model.teamProperty().set(b == null ? "" : b));
        Label teamLabel = label("schedule.team", team);

        ComboBox<Integer> snap = new ComboBox<>();
        snap.setId("schedule-snap");
        snap.getItems().addAll(5, 15);
        snap.setValue(model.snapMinutesProperty().get());
        snap.valueProperty().addListener((o, a, b) -> model.snapMinutesProperty().set(b));
        Label snapLabel = label("schedule.snap", snap);

        ComboBox<String> code = new ComboBox<>();
        code.setId("schedule-insert-code");
        model.codesProperty().addListener((o, a, b) -> {
            String keep = code.getValue();
            code.getItems().setAll(b.all().stream().map(ActivityCode::code).toList());
            code.setValue(keep);
        });
        code.getItems().setAll(model.codesProperty().get().all().stream().map(ActivityCode::code).toList());
        code.valueProperty().bindBidirectional(model.insertCodeProperty());
        code.setCellFactory(v -> codeCell());
        code.setButtonCell(codeCell());
        Label codeLabel = label("schedule.insertCode", code);

        Button undo = button("schedule-undo", "schedule.undo", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("schedule-redo", "schedule.redo", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button copy = button("schedule-copy", "schedule.copy", dialogs::copy);
        Button template = button("schedule-template", "schedule.template", dialogs::template);
        Button codes = button("schedule-codes", "schedule.codes", dialogs::codes);
        Button imp = button("schedule-import", "schedule.import", () -> dialogs.importCsv(getScene().getWindow()));
        Button exp = button("schedule-export", "schedule.export", () -> dialogs.exportCsv(getScene().getWindow()));
        Label state = new Label();
        state.setId("schedule-draft-state");
        state.getStyleClass().add("draft-state");
        Runnable showState = () -> {
            state.setText(model.unpublishedProperty().get() ? texts.get("schedule.state.draft")
                    : texts.get("schedule.state.published"));
            state.getStyleClass().removeAll("level-warning", "level-ok");
            state.getStyleClass().add(model.unpublishedProperty().get() ? "level-warning" : "level-ok");
        };
        model.unpublishedProperty().addListener((o, a, b) -> showState.run());
        showState.run();
        Label published = new Label();
        published.setId("schedule-published-at");
        published.getStyleClass().add("muted");
        published.textProperty().bind(model.publishedProperty());
        Button publish = button("schedule-publish", "schedule.publish", model::publish);
        publish.disableProperty().bind(model.unpublishedProperty().not());
        publish.getStyleClass().add("accent");

        FlowPane bar = new FlowPane(6, 6, prev, day, next, dayView, weekView, sep(), teamLabel, team, snapLabel, snap,
                codeLabel, code, sep(), undo, redo, copy, template, codes, imp, exp, sep(), state, publish, published);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("schedule-toolbar");
        return bar;
    }

    private ListCell<String> teamCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.isEmpty() ? texts.get("schedule.team.all") : item);
            }
        };
    }

    private ListCell<String> codeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : model.codesProperty().get().get(item).map(ActivityCode::name).orElse(item));
            }
        };
    }

    private static Region sep() {
        Region r = new Region();
        r.setMinWidth(10);
        return r;
    }

    private Label label(String key, javafx.scene.control.Control target) {
        Label l = new Label(texts.get(key));
        l.setLabelFor(target);
        l.getStyleClass().add("muted");
        return l;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(texts.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void step(int direction) {
        int days = model.spanProperty().get() == Span.DAY ? 1 : 7;
        model.dayProperty().set(model.dayProperty().get().plusDays((long) direction * days));
    }

    private void undoKeys(KeyEvent e) {
        if (!e.isShortcutDown() || (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl)) {
            return;
        }
        if (e.getCode() == KeyCode.Z && !e.isShiftDown()) {
            model.undo();
            e.consume();
        } else if (e.getCode() == KeyCode.Y || (e.getCode() == KeyCode.Z && e.isShiftDown())) {
            model.redo();
            e.consume();
        }
    }

    private void timelineKey(KeyEvent e) {
        switch (e.getCode()) {
            case INSERT -> model.insertAtSelection();
            case DELETE -> model.deleteSelected();
            case M -> {
                if (model.selectedItemProperty().get() == null || e.isShortcutDown()) {
                    return;
                }
                timeline.moveToAgent();
            }
            case LEFT, RIGHT -> {
                if (model.selectedItemProperty().get() == null) {
                    return;
                }
                int dir = e.getCode() == KeyCode.LEFT ? -1 : 1;
                if (e.isShiftDown()) {
                    model.item(model.selectedItemProperty().get()).ifPresent(i -> model.resize(i.id(), i.startMs(),
                            i.endMs() + dir * model.snapMinutesProperty().get() * 60_000L));
                } else {
                    model.nudgeSelected(dir);
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    // --- timeline

    private List<Long> dayStarts() {
        List<Long> out = new ArrayList<>();
        LocalDate d = Instant.ofEpochMilli(model.fromMs()).atZone(model.zone()).toLocalDate();
        for (long ms = model.fromMs(); ms < model.toMs(); d = d.plusDays(1),
                ms = d.atStartOfDay(model.zone()).toInstant().toEpochMilli()) {
            out.add(ms);
        }
        return out;
    }

    private void showSelection() {
        for (javafx.scene.Node n : rows.getChildren()) {
            if (n instanceof HBox line && line.getChildren().size() == 2
                    && line.getChildren().get(1) instanceof TimelineRow row) {
                row.select(model.selectedItemProperty().get());
                line.getStyleClass().remove("selected-agent");
                if (row.agent().equals(model.selectedAgentProperty().get())) {
                    line.getStyleClass().add("selected-agent");
                }
            }
        }
    }

    private void rebuild() {
        Schedule draft = model.draftProperty().get();
        Map<String, List<RuleWarning>> warnings = model.warningsProperty().get();
        List<Long> days = dayStarts();
        List<javafx.scene.Node> out = new ArrayList<>();
        String team = null;
        for (Agent a : model.agents()) {
            if (team == null || !team.equals(a.team())) {
                team = a.team();
                Label t = new Label(team.isEmpty() ? texts.get("schedule.team.none") : team);
                t.getStyleClass().add("team-header");
                out.add(t);
            }
            Label name = new Label(a.name());
            name.getStyleClass().add("agent-name");
            name.setMinWidth(NAME_WIDTH - 24);
            name.setPrefWidth(NAME_WIDTH - 24);
            Label dot = adherence.badge(a.id());
            HBox nameBox = new HBox(4, dot, name);
            nameBox.setAlignment(Pos.CENTER_LEFT);
            nameBox.setMinWidth(NAME_WIDTH);
            nameBox.setPrefWidth(NAME_WIDTH);
            TimelineRow row = new TimelineRow(model, timeline, a.id(), draft.items(a.id()), draft.codes(), warnings,
                    model.fromMs(), model.toMs(), days);
            HBox line = new HBox(nameBox, row);
            line.getStyleClass().add("agent-line");
            if (a.id().equals(model.selectedAgentProperty().get())) {
                line.getStyleClass().add("selected-agent");
            }
            HBox.setHgrow(row, Priority.ALWAYS);
            out.add(line);
        }
        if (model.agents().isEmpty()) {
            Label empty = new Label(texts.get("schedule.empty"));
            empty.setId("schedule-empty");
            empty.getStyleClass().add("muted");
            out.add(empty);
        }
        rows.getChildren().setAll(out);
        rebuildHeader();
    }

    private void rebuildHeader() {
        header.getChildren().clear();
        Region pad = new Region();
        pad.setMinWidth(NAME_WIDTH);
        header.getChildren().add(pad);
        TimelineHeader h = new TimelineHeader(texts, model.fromMs(), model.toMs(), dayStarts(),
                model.spanProperty().get() == Span.DAY);
        HBox.setHgrow(h, Priority.ALWAYS);
        header.getChildren().add(h);
    }

}
