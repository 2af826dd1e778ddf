package io.floorview.ui.live;

import io.floorview.ui.common.Messages;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live floor screen: a tool line (time window, levels), the tiles, and below them the agent board, the
 * waiting callers, today's abandoned calls and today's alerts in tabs. The divider between tiles and tabs can be
 * dragged. A new alert also pops up a notification (and beeps when the supervisor asked for it).
 */
public final class LiveFloorView extends BorderPane {

    private static final Logger LOG = LoggerFactory.getLogger(LiveFloorView.class);

    private final DashboardViewModel model;
    private final Messages messages;
    private final DashboardView dashboard;
    private final AgentBoardView board;
    private final TabPane tabs = new TabPane();
    private final SplitPane split = new SplitPane();
    private final HBox tools;
    private final Label note = new Label();

    public LiveFloorView(DashboardViewModel model, DashboardView dashboard) {
        this.model = model;
        this.dashboard = dashboard;
        this.messages = model.messages();
        setId("live-floor");
        getStyleClass().add("live-floor");
        getStylesheets().add(LiveFloorView.class.getResource("live.css").toExternalForm());
        board = new AgentBoardView(model.board(), messages);
        Tab agents = tab("tab-agents", board);
        agents.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("board.tab.agents", model.board().rows().size()), model.board().rows()));
        Tab waiting = tab("tab-waiting", CallListsView.waiting(model.callLists(), messages, model.formats()));
        waiting.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("board.tab.waiting", model.callLists().waitingCountProperty().get()),
                model.callLists().waitingCountProperty()));
        Tab abandoned = tab("tab-abandoned", CallListsView.abandoned(model.callLists(), messages, model.formats(),
                model.displayZone()));
        abandoned.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("board.tab.abandoned", model.callLists().abandonedCountProperty().get()),
                model.callLists().abandonedCountProperty()));
        Tab alerts = tab("tab-alerts", AlertsView.table(model.alerts(), messages));
        alerts.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("board.tab.alerts", model.alerts().alerts().size()), model.alerts().alerts()));
        tabs.setId("live-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(agents, waiting, abandoned, alerts);
        Runnable shownLists = () -> {
            Tab on = tabs.getSelectionModel().getSelectedItem();
            model.callLists().setShown(!wallboard && on == waiting, !wallboard && on == abandoned);
        };
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> shownLists.run());
        shownLists.run();
        split.setId("live-split");
        split.setOrientation(Orientation.VERTICAL);
        split.getItems().addAll(dashboard, tabs);
        split.setDividerPositions(model.layout().dividerProperty().get());
        model.layout().dividerProperty().addListener((o, a, b) -> {
            if (split.getDividers().size() == 1 && Math.abs(split.getDividers().get(0).getPosition() - b.doubleValue()) > 0.005) {
                split.setDividerPositions(b.doubleValue());
            }
        });
        split.getDividers().get(0).positionProperty().addListener((o, a, b) -> {
            if (!wallboard) {
                model.layout().dividerProperty().set(Math.round(b.doubleValue() * 1000) / 1000.0);
            }
        });
        tools = buildTools();
        setTop(tools);
        split.setMinSize(0, 0); // as the screen itself: not measured from the tiles and the board at every pass
        setCenter(split);
        model.alerts().addListener(this::notify);
    }

    private HBox buildTools() {
        ChoiceBox<Integer> window = new ChoiceBox<>();
        window.setId("window-selector");
        window.getItems().setAll(DashboardViewModel.WINDOWS);
        window.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer m) {
                return m == null ? "" : model.windowLabel(m);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        window.setValue(model.windowProperty().get());
        window.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.windowProperty().set(b);
            }
        });
        model.windowProperty().addListener((o, a, b) -> window.setValue(b.intValue()));
        Label windowLabel = new Label(messages.get("board.window.label"));
        windowLabel.setLabelFor(window);
        Button levels = new Button(messages.get("alert.settings.button"));
        levels.setId("levels-button");
        levels.setOnAction(e -> editLevels());
        Button center = new Button(messages.get("settings.center.button"));
        center.setId("center-settings-button");
        center.setOnAction(e -> editCenter());
        center.setVisible(model.centerDays() != null);
        center.setManaged(model.centerDays() != null);
        note.setId("live-note");
        note.getStyleClass().add("board-muted");
        javafx.scene.control.MenuButton shown = new javafx.scene.control.MenuButton(messages.get("board.tiles"));
        shown.setId("tiles-button");
        for (TileModel m : model.tiles()) {
            javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(
                    messages.get("tile." + m.id() + ".title"));
            item.setId("show-tile-" + m.id());
            item.setSelected(model.layout().tiles().contains(m.id()));
            model.layout().tiles().addListener((javafx.collections.ListChangeListener<String>) c ->
                    item.setSelected(model.layout().tiles().contains(m.id())));
            item.selectedProperty().addListener((o, a, on) -> showTile(m.id(), on));
            shown.getItems().add(item);
        }
        javafx.scene.control.MenuButton queuesShown = new javafx.scene.control.MenuButton(messages.get("board.queues"));
        queuesShown.setId("queues-button");
        Runnable fillQueues = () -> {
            queuesShown.getItems().clear();
            for (DashboardViewModel.QueueChoice q : model.queues()) {
                if (io.floorview.domain.kpi.FloorSnapshot.ALL_QUEUES.equals(q.id())) {
                    continue;
                }
                javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(q.name());
                item.setId("show-queue-" + q.id());
                item.setSelected(!model.layout().hiddenQueues().contains(q.id()));
                item.selectedProperty().addListener((o, a, on) -> {
                    if (on) {
                        model.layout().hiddenQueues().remove(q.id());
                    } else {
                        model.layout().hiddenQueues().add(q.id());
                    }
                });
                queuesShown.getItems().add(item);
            }
        };
        model.queues().addListener((javafx.collections.ListChangeListener<DashboardViewModel.QueueChoice>) c ->
                fillQueues.run());
        fillQueues.run();
        javafx.scene.control.Button wallboardButton = new javafx.scene.control.Button(messages.get("wallboard.button"));
        wallboardButton.setId("wallboard-button");
        wallboardButton.setOnAction(e -> wallboardRequest.run());
        javafx.scene.control.ToggleButton light = new javafx.scene.control.ToggleButton(messages.get("board.theme.light"));
        light.setId("theme-toggle");
        light.setSelected("light".equals(model.layout().themeProperty().get()));
        light.selectedProperty().addListener((o, a, on) -> model.layout().themeProperty().set(on ? "light" : "dark"));
        model.layout().themeProperty().addListener((o, a, t) -> light.setSelected("light".equals(t)));
        HBox box = new HBox(8, windowLabel, window, levels, center, shown, queuesShown, note, light);
        box.getChildren().addAll(RotationControl.nodes(model.layout(), messages, note::setText));
        box.getChildren().add(wallboardButton);
        // the note takes the room the controls leave (it pushes the theme and wallboard to the right), and no
        // more: a long note is cut short, whole in its tooltip, rather than the controls' words
        note.setMinWidth(0);
        note.setPrefWidth(0);
        note.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(note, Priority.ALWAYS);
        note.setTooltip(new javafx.scene.control.Tooltip());
        note.getTooltip().textProperty().bind(note.textProperty());
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 0, 8, 0));
        box.getStyleClass().add("live-tools");
        return box;
    }

    /** The tool line, where the shell may add its own buttons (wallboard, theme). */
    public HBox tools() {
        return tools;
    }

    private Runnable wallboardRequest = () -> { };
    private boolean wallboard;

    /** What the wallboard button does (the shell switches the window to full screen). */
    public void setOnWallboard(Runnable r) {
        wallboardRequest = r;
    }

    /** Shows the tiles alone, large, with no tool line and no tabs; or the whole screen again. */
    public void setWallboard(boolean on) {
        wallboard = on;
        setTop(on ? null : tools);
        if (on) {
            split.getItems().remove(tabs);
            dashboard.setColumns(3);
            getStyleClass().add("wallboard");
        } else {
            if (!split.getItems().contains(tabs)) {
                split.getItems().add(tabs);
                split.setDividerPositions(model.layout().dividerProperty().get());
            }
            dashboard.setColumns(4);
            getStyleClass().remove("wallboard");
        }
    }

    private void showTile(String id, boolean on) {
        var list = model.layout().tiles();
        if (on && !list.contains(id)) {
            // back in its usual place among the tiles shown
            List<String> order = model.tiles().stream().map(TileModel::id).toList();
            int at = 0;
            while (at < list.size() && order.indexOf(list.get(at)) < order.indexOf(id)) {
                at++;
            }
            list.add(at, id);
        } else if (!on && list.contains(id)) {
            if (list.size() == 1) {
                note.setText(messages.get("board.tiles.lastOne"));
                Platform.runLater(() -> model.layout().tiles().setAll(List.of(id)));
                return;
            }
            list.remove(id);
        }
    }

    private void editCenter() {
        CenterSettingsDialog d = new CenterSettingsDialog(messages, model.centerDays(), model.centerDaysExecutor());
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
            d.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        }
        d.showAndWait();
        d.saved().ifPresent(day -> note.setText(messages.get("settings.center.saved", day.zone().getId(),
                day.dayStartText())));
    }

    private void editLevels() {
        ThresholdsDialog d = new ThresholdsDialog(model);
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
            d.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        }
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            model.setThresholds(d.thresholds());
            model.alerts().soundProperty().set(d.sound());
            boolean all = true;
            for (var e : d.formulas().entrySet()) {
                all &= model.chooseFormula(e.getKey(), e.getValue());
            }
            note.setText(all ? messages.get("alert.settings.applied") : messages.get("alert.settings.noFormula"));
        });
    }

    /** Alerts arriving together become one notification (see {@link #notifications}). */
    private void notify(AlertsModel.Alert a) {
        if (!model.showingLiveValuesProperty().get()) {
            return; // levels reached while the day is rebuilt go to the list only
        }
        queued.add(a);
        notifications.ask();
    }

    /**
     * Alerts that come together make one notification, 1.5 s after the first; and a notification shows at most
     * every 30 s, with what was raised since ("… and 3 more"): on a busy floor levels are crossed every few
     * seconds, and a pop-up each time would bury the supervisor (the list and the tiles have them all).
     */
    private final io.floorview.ui.common.FxLater.Paced notifications =
            new io.floorview.ui.common.FxLater.Paced(1_500, 30_000, this::showQueued);
    private final java.util.List<AlertsModel.Alert> queued = new java.util.ArrayList<>();

    private void showQueued() {
        if (queued.isEmpty()) {
            return;
        }
        List<AlertsModel.Alert> batch = List.copyOf(queued);
        queued.clear();
        boolean critical = batch.stream()
                .anyMatch(x -> x.crossing().to() == io.floorview.domain.alert.AlertLevel.CRITICAL);
        StringBuilder text = new StringBuilder();
        batch.stream().limit(4).forEach(x -> text.append(text.length() == 0 ? "" : "\n").append(x.text()));
        if (batch.size() > 4) {
            text.append("\n").append(messages.get("alert.notification.more", batch.size() - 4));
        }
        if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            try {
                Notifications n = Notifications.create()
                        .title(messages.get("alert.notification.title",
                                messages.get(critical ? "level.CRITICAL" : "level.WARNING")))
                        .text(text.toString()).owner(getScene().getWindow()).hideAfter(Duration.seconds(8));
                if (!lightTheme()) {
                    n.darkStyle();
                }
                if (critical) {
                    n.showError();
                } else {
                    n.showWarning();
                }
            } catch (RuntimeException e) {
                LOG.warn("could not show alerts {}: {}", text, e.toString());
            }
        }
        if (model.alerts().soundProperty().get()) {
            try {
                java.awt.Toolkit.getDefaultToolkit().beep();
            } catch (RuntimeException | Error e) {
                LOG.debug("no beep: {}", e.toString());
            }
        }
    }

    private boolean lightTheme() {
        return getScene() != null && getScene().getRoot().getStyleClass().contains("light");
    }

    private static Tab tab(String id, javafx.scene.Node content) {
        Tab t = new Tab();
        t.setId(id);
        t.setContent(content);
        return t;
    }

    public DashboardView dashboard() {
        return dashboard;
    }

    public AgentBoardView board() {
        return board;
    }

    public TabPane tabs() {
        return tabs;
    }

    public SplitPane split() {
        return split;
    }

    /** The divider between tiles and tabs, as a share of the height. */
    List<Double> dividers() {
        return List.of(split.getDividerPositions()[0]);
    }
}
