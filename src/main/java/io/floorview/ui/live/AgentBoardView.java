package io.floorview.ui.live;

import io.floorview.domain.event.AgentState;
import io.floorview.service.actions.AgentAction;
import io.floorview.ui.common.Messages;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The agent board: a filter line (state, search), the table, and the line saying where the last action stands.
 * A selected agent's context menu, or Ctrl+R / Ctrl+N / Ctrl+L, makes them ready, not ready or logs them out.
 */
public final class AgentBoardView extends VBox {

    static final KeyCombination READY_KEY = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NOT_READY_KEY = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LOG_OUT_KEY = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final AgentBoardModel model;
    private final Messages messages;
    private final TableView<AgentRow> table = new TableView<>();

    public AgentBoardView(AgentBoardModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("agent-board");
        getStyleClass().add("agent-board");
        setSpacing(6);
        getChildren().addAll(filters(), buildTable(), actionLine());
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    public TableView<AgentRow> table() {
        return table;
    }

    private HBox filters() {
        ComboBox<AgentState> state = new ComboBox<>();
        state.setId("board-state-filter");
        state.getItems().add(null);
        state.getItems().addAll(AgentState.values());
        Function<AgentState, String> label = s -> s == null ? messages.get("board.filter.allStates")
                : model.stateLabel(s);
        state.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(AgentState item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : label.apply(item));
            }
        });
        state.setButtonCell(state.getCellFactory().call(null));
        state.valueProperty().bindBidirectional(model.stateFilterProperty());
        Label stateLabel = new Label(messages.get("board.filter.state"));
        stateLabel.setLabelFor(state);
        TextField search = new TextField();
        search.setId("board-search");
        search.setPromptText(messages.get("board.search.prompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        Label searchLabel = new Label(messages.get("board.search"));
        searchLabel.setLabelFor(search);
        Label count = new Label();
        count.setId("board-count");
        count.getStyleClass().add("board-muted");
        Runnable showCount = () -> count.setText(messages.get("board.count", model.shown().size(),
                model.rows().size()));
        model.shown().addListener((javafx.collections.ListChangeListener<AgentRow>) c -> showCount.run());
        showCount.run();
        CheckBox outOnly = new CheckBox(messages.get("board.filter.outOfAdherence"));
        outOnly.setId("board-out-of-adherence");
        outOnly.selectedProperty().bindBidirectional(model.outOfAdherenceOnlyProperty());
        outOnly.visibleProperty().bind(model.adherenceShownProperty());
        outOnly.managedProperty().bind(model.adherenceShownProperty());
        Label problem = new Label();
        problem.setId("board-adherence-problem");
        problem.getStyleClass().add("board-adherence-problem");
        problem.textProperty().bind(model.adherenceProblemProperty());
        problem.visibleProperty().bind(model.adherenceProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label keys = new Label(messages.get("board.keys"));
        keys.getStyleClass().add("board-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, stateLabel, state, searchLabel, search, outOnly, count, problem, spacer, keys);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("board-filters");
        return box;
    }

    private TableView<AgentRow> buildTable() {
        table.setId("board-table");
        SortedList<AgentRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(messages.get("board.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AgentRow, String> name = text("name", AgentRow::nameProperty);
        TableColumn<AgentRow, AgentState> state = new TableColumn<>(messages.get("board.col.state"));
        state.setId("board-col-state");
        state.setCellValueFactory(c -> c.getValue().stateProperty());
        state.setComparator(Comparator.nullsFirst(Comparator.comparingInt(Enum::ordinal)));
        state.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(AgentState item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(c -> c.startsWith("state-"));
                setText(empty || item == null ? null : model.stateLabel(item));
                if (!empty && item != null) {
                    getStyleClass().add("state-" + item.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                }
            }
        });
        TableColumn<AgentRow, String> reason = text("reason", AgentRow::reasonProperty);
        TableColumn<AgentRow, Number> time = new TableColumn<>(messages.get("board.col.time"));
        time.setId("board-col-time");
        time.setCellValueFactory(c -> c.getValue().timeInStateMsProperty());
        time.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                AgentRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) {
                    setText(null);
                    return;
                }
                Level l = row.levelProperty().get();
                String mark = l == Level.CRITICAL ? "\u2716 " : l == Level.WARNING ? "\u26a0 " : "";
                setText(mark + row.timeTextProperty().get());
            }
        });
        TableColumn<AgentRow, AdherenceCell> adherence = new TableColumn<>(messages.get("board.col.adherence"));
        adherence.setId("board-col-adherence");
        adherence.setCellValueFactory(c -> c.getValue().adherenceProperty());
        adherence.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        adherence.visibleProperty().bind(model.adherenceShownProperty());
        adherence.setCellFactory(col -> new TableCell<>() {
            private final javafx.scene.control.Tooltip full = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(AdherenceCell item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(c -> c.startsWith("adherence-"));
                if (empty) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(item == null ? messages.get("board.adherence.unknown") : item.text());
                full.setText(getText());  // the whole sentence when the column is too narrow for it
                setTooltip(full);
                getStyleClass().add(item == null ? "adherence-unknown"
                        : "adherence-" + item.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        });
        TableColumn<AgentRow, String> team = text("team", AgentRow::teamProperty);
        TableColumn<AgentRow, String> queues = text("queues", AgentRow::queuesProperty);
        TableColumn<AgentRow, Number> handled = new TableColumn<>(messages.get("board.col.handled"));
        handled.setId("board-col-handled");
        handled.setCellValueFactory(c -> c.getValue().handledProperty());
        TableColumn<AgentRow, String> call = text("call", AgentRow::currentCallProperty);
        call.setCellFactory(c -> new TableCell<>() {
            private final Tooltip id = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                AgentRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                String callId = row == null ? "" : row.currentCallIdProperty().get();
                // the whole of it when the column is narrow, and the phone system's id of the call
                id.setText(callId.isEmpty() ? "" : (item == null || item.isEmpty() || item.equals(callId) ? ""
                        : item + "\n") + messages.get("board.call.tooltip", callId));
                setTooltip(callId.isEmpty() ? null : id);
            }
        });
        TableColumn<AgentRow, String> flags = text("flags", AgentRow::flagsProperty);
        TableColumn<AgentRow, String> action = text("action", r -> r.actionTextProperty());
        table.getColumns().add(name);
        table.getColumns().add(state);
        table.getColumns().add(reason);
        table.getColumns().add(time);
        table.getColumns().add(adherence);
        table.getColumns().add(team);
        table.getColumns().add(queues);
        table.getColumns().add(handled);
        table.getColumns().add(call);
        table.getColumns().add(flags);
        table.getColumns().add(action);
        // widths for what the columns hold (a state word, "1:02:13", a team, two or three queues, a caller and a
        // queue); the attention and last-action columns are empty most of the time and take what is left
        name.setPrefWidth(150);
        state.setPrefWidth(95);
        reason.setPrefWidth(80);
        time.setPrefWidth(100);
        adherence.setPrefWidth(290);
        team.setPrefWidth(110);
        queues.setPrefWidth(150);
        handled.setPrefWidth(55);
        call.setPrefWidth(200);
        flags.setPrefWidth(110);
        action.setPrefWidth(170);
        table.setRowFactory(tv -> {
            TableRow<AgentRow> row = new TableRow<>();
            javafx.beans.InvalidationListener restyle = o -> style(row);
            row.itemProperty().addListener((o, was, now) -> {
                if (was != null) {
                    was.levelProperty().removeListener(restyle);
                    was.flagsProperty().removeListener(restyle);
                }
                if (now != null) {
                    now.levelProperty().addListener(restyle);
                    now.flagsProperty().addListener(restyle);
                }
                style(row);
            });
            row.setContextMenu(menu(row));
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        return table;
    }

    private static void style(TableRow<AgentRow> row) {
        AgentRow item = row.getItem();
        row.getStyleClass().removeAll("agent-warning", "agent-critical", "agent-flagged");
        if (item != null) {
            Level l = item.levelProperty().get();
            if (l == Level.WARNING || l == Level.CRITICAL) {
                row.getStyleClass().add("agent-" + l.name().toLowerCase(Locale.ROOT));
            }
            if (!item.flagsProperty().get().isEmpty()) {
                row.getStyleClass().add("agent-flagged");
            }
        }
    }

    private TableColumn<AgentRow, String> text(String id, Function<AgentRow, ObservableValue<String>> value) {
        TableColumn<AgentRow, String> c = new TableColumn<>(messages.get("board.col." + id));
        c.setId("board-col-" + id);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return c;
    }

    private ContextMenu menu(TableRow<AgentRow> row) {
        MenuItem ready = new MenuItem(messages.get("board.action.READY"));
        ready.setId("action-ready");
        ready.setAccelerator(READY_KEY);
        ready.setOnAction(e -> act(row.getItem(), AgentAction.Kind.READY, null));
        Menu notReady = new Menu(messages.get("board.action.NOT_READY"));
        notReady.setId("action-not-ready");
        for (String reason : AgentBoardModel.REASONS) {
            MenuItem r = new MenuItem(messages.get("reason." + reason));
            r.setId("action-not-ready-" + reason);
            r.setOnAction(e -> act(row.getItem(), AgentAction.Kind.NOT_READY, reason));
            notReady.getItems().add(r);
        }
        MenuItem logOut = new MenuItem(messages.get("board.action.LOG_OUT"));
        logOut.setId("action-log-out");
        logOut.setAccelerator(LOG_OUT_KEY);
        logOut.setOnAction(e -> confirmLogOut(row.getItem()));
        ContextMenu menu = new ContextMenu(ready, notReady, new SeparatorMenuItem(), logOut);
        menu.setId("agent-menu");
        return menu;
    }

    private void act(AgentRow row, AgentAction.Kind kind, String reason) {
        if (row != null) {
            model.request(row, kind, reason);
        }
    }

    private void confirmLogOut(AgentRow row) {
        if (row == null) {
            return;
        }
        if (!row.onFloor()) {  // nothing to confirm: the board says at once that the agent is not logged in
            model.request(row, AgentAction.Kind.LOG_OUT, null);
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                messages.get("board.logOut.confirm", row.nameProperty().get()), ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        alert.setTitle(messages.get("board.action.LOG_OUT"));
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.showAndWait().filter(b -> b == ButtonType.OK)
                .ifPresent(b -> model.request(row, AgentAction.Kind.LOG_OUT, null));
    }

    private void shortcut(KeyEvent e) {
        AgentRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (READY_KEY.match(e)) {
            e.consume();
            model.request(row, AgentAction.Kind.READY, null);
        } else if (NOT_READY_KEY.match(e)) {
            e.consume();
            ContextMenu reasons = new ContextMenu();
            reasons.setId("reason-menu");
            for (String reason : AgentBoardModel.REASONS) {
                MenuItem r = new MenuItem(messages.get("reason." + reason));
                r.setId("reason-" + reason);
                r.setOnAction(a -> model.request(row, AgentAction.Kind.NOT_READY, reason));
                reasons.getItems().add(r);
            }
            var cell = table.lookup(".table-row-cell:selected");
            var anchor = cell == null ? table : cell;
            var p = anchor.localToScreen(anchor.getBoundsInLocal());
            reasons.show(anchor, p.getMinX() + 40, p.getMaxY());
        } else if (LOG_OUT_KEY.match(e)) {
            e.consume();
            confirmLogOut(row);
        }
    }

    private Label actionLine() {
        Label l = new Label();
        l.setId("board-last-action");
        l.getStyleClass().add("board-last-action");
        l.textProperty().bind(model.lastActionProperty());
        return l;
    }
}
