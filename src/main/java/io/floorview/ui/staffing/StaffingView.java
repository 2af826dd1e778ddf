package io.floorview.ui.staffing;

import io.floorview.ui.common.Messages;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * The Staffing screen: day, queues and interval length; the staffing parameters; the forecast table (calls
 * and AHT typed over in place, reforecast by a percentage, saved in one go); the coverage chart of scheduled
 * against required agents.
 */
public final class StaffingView extends VBox {

    private final StaffingViewModel model;
    private final Messages messages;
    private final TableView<ForecastRowModel> table = new TableView<>();
    private final CoverageChart chart;
    private final NumberFormat oneDecimal;
    private boolean syncingQueues;

    public StaffingView(StaffingViewModel model) {
        this.model = model;
        this.messages = model.messages();
        this.oneDecimal = NumberFormat.getNumberInstance(messages.locale());
        oneDecimal.setMaximumFractionDigits(1);
        setId("staffing-screen");
        getStyleClass().add("staffing-screen");
        getStylesheets().add(StaffingView.class.getResource("staffing.css").toExternalForm());
        setSpacing(8);
        chart = new CoverageChart(messages.get("staffing.chart.bar"), messages.get("staffing.chart.under"),
                messages.get("staffing.chart.over"));

        Label basis = new Label();
        basis.setId("staffing-basis");
        basis.getStyleClass().add("staffing-basis");
        basis.setWrapText(true);
        basis.textProperty().bind(model.basisTextProperty());
        model.basisShortProperty().addListener((o, a, b) -> mark(basis, "short", b));

        SplitPane split = new SplitPane(chartBox(), tableBox());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(pickers(), parameters(), basis, split, actions());

        model.coverageProperty().addListener((o, a, b) -> chart.show(b, model.scheduleShownProperty().get()));
        model.load();
    }

    public CoverageChart chart() {
        return chart;
    }

    public TableView<ForecastRowModel> table() {
        return table;
    }

    // --- the top rows

    private Node pickers() {
        DatePicker day = new DatePicker();
        day.setId("staffing-day");
        day.valueProperty().bindBidirectional(model.dayProperty());
        day.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                model.load();
            }
        });
        CheckComboBox<String> queues = new CheckComboBox<>(model.queues());
        queues.setId("staffing-queues");
        queues.setTitle(messages.get("staffing.queues.all"));
        queues.setShowCheckedCount(false);
        queues.setPrefWidth(220);
        queues.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            List<String> checked = List.copyOf(queues.getCheckModel().getCheckedItems());
            queues.setTitle(checked.isEmpty() ? messages.get("staffing.queues.all") : String.join(", ", checked));
            if (!syncingQueues && !checked.equals(model.selectedQueues())) {
                model.selectedQueues().setAll(checked);
                model.load();
            }
        });
        // the checks follow the view model too (a test or a reopened day setting the queues)
        Runnable syncChecks = () -> {
            if (model.selectedQueues().equals(queues.getCheckModel().getCheckedItems())) {
                return;
            }
            syncingQueues = true;
            try {
                queues.getCheckModel().clearChecks();
                model.selectedQueues().forEach(q -> queues.getCheckModel().check(q));
            } finally {
                syncingQueues = false;
            }
        };
        model.selectedQueues().addListener((ListChangeListener<String>) c -> syncChecks.run());
        model.queues().addListener((ListChangeListener<String>) c -> syncChecks.run());
        ChoiceBox<Integer> interval = new ChoiceBox<>();
        interval.setId("staffing-interval");
        interval.getItems().addAll(15, 30);
        interval.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer m) {
                return m == null ? "" : messages.get("staffing.interval.minutes", m);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        interval.setValue(model.intervalMinutesProperty().get());
        model.intervalMinutesProperty().addListener((o, a, b) -> interval.setValue(b.intValue()));
        interval.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != model.intervalMinutesProperty().get()) {
                model.intervalMinutesProperty().set(b);
                model.load();
            }
        });
        // a new day, queue or interval would drop the edits not saved yet: save or revert first
        var dirty = model.dirtyCountProperty().greaterThan(0);
        day.disableProperty().bind(dirty);
        queues.disableProperty().bind(dirty);
        interval.disableProperty().bind(dirty);
        Label hint = new Label();
        hint.setId("staffing-dirty-hint");
        hint.getStyleClass().add("staffing-hint");
        hint.textProperty().bind(Bindings.when(dirty)
                .then(Bindings.createStringBinding(() -> messages.get("staffing.dirty", model.dirtyCountProperty().get()),
                        model.dirtyCountProperty()))
                .otherwise(""));
        HBox box = new HBox(8, label("staffing.day", day), day, label("staffing.queues", queues), queues,
                label("staffing.interval", interval), interval, hint);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node parameters() {
        StaffingParametersForm form = model.parameters();
        FlowPane pane = new FlowPane(14, 6);
        pane.setId("staffing-parameters");
        Label error = new Label();
        error.setId("staffing-parameters-error");
        error.getStyleClass().add("staffing-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        for (String name : form.names()) {
            TextField f = new TextField();
            f.setId("staffing-param-" + name);
            f.setPrefColumnCount(name.equals(StaffingParametersForm.THRESHOLD) ? 3
                    : name.equals(StaffingParametersForm.PATIENCE) ? 6 : 4); // room for its prompt, "Erlang C"
            f.textProperty().bindBidirectional(form.field(name));
            f.setPromptText(messages.has("staffing.param." + name + ".prompt")
                    ? messages.get("staffing.param." + name + ".prompt") : "");
            f.setTooltip(new Tooltip(messages.get("staffing.param." + name + ".help")));
            f.textProperty().addListener((o, a, b) -> model.recompute());
            Label l = label("staffing.param." + name, f);
            Label unit = new Label(messages.get("staffing.param." + name + ".unit"));
            unit.getStyleClass().add("staffing-unit");
            HBox pair = new HBox(4, l, f, unit);
            pair.setAlignment(Pos.CENTER_LEFT);
            pane.getChildren().add(pair);
            form.errors().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
                mark(f, "invalid", form.errors().containsKey(name));
                error.setText(String.join("  ", form.errors().values()));
            });
        }
        return new VBox(4, pane, error);
    }

    // --- the chart

    private Node chartBox() {
        Label title = new Label(messages.get("staffing.chart.title"));
        title.getStyleClass().add("staffing-title");
        Label legendScheduled = new Label(messages.get("staffing.chart.legend.scheduled"));
        legendScheduled.setId("staffing-legend-scheduled");
        legendScheduled.getStyleClass().addAll("legend", "legend-scheduled");
        legendScheduled.visibleProperty().bind(model.scheduleShownProperty());
        legendScheduled.managedProperty().bind(model.scheduleShownProperty());
        Label legendRequired = new Label(messages.get("staffing.chart.legend.required"));
        legendRequired.getStyleClass().addAll("legend", "legend-required");
        Label legendUnder = new Label(messages.get("staffing.chart.legend.under"));
        legendUnder.getStyleClass().addAll("legend", "legend-under");
        Label legendOver = new Label(messages.get("staffing.chart.legend.over"));
        legendOver.getStyleClass().addAll("legend", "legend-over");
        for (Label l : List.of(legendUnder, legendOver)) {
            l.visibleProperty().bind(model.scheduleShownProperty());
            l.managedProperty().bind(model.scheduleShownProperty());
        }
        Label note = new Label();
        note.setId("staffing-schedule-note");
        note.getStyleClass().add("staffing-note");
        note.textProperty().bind(model.scheduleNoteProperty());
        note.visibleProperty().bind(model.scheduleNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Label summary = new Label();
        summary.setId("staffing-coverage-summary");
        summary.getStyleClass().add("staffing-hint");
        summary.textProperty().bind(model.coverageSummaryProperty());
        chart.accessibleTextProperty().bind(Bindings.concat(title.getText(), ": ", model.coverageSummaryProperty(), " ",
                model.scheduleNoteProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(14, title, legendRequired, legendScheduled, legendUnder, legendOver, note, gap, summary);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox box = new VBox(4, head, chart);
        box.getStyleClass().add("staffing-panel");
        box.setPadding(new Insets(6));
        return box;
    }

    // --- the table

    private Node tableBox() {
        table.setId("staffing-table");
        table.setEditable(true);
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("staffing.table.empty")));
        table.getColumns().add(column("staffing.col.time", r -> new ReadOnlyStringWrapper(r.time())));
        table.getColumns().add(column("staffing.col.actual", r -> new ReadOnlyStringWrapper(
                r.actualOffered() == null ? "" : String.valueOf(r.actualOffered()))));
        TableColumn<ForecastRowModel, String> calls = new TableColumn<>(messages.get("staffing.col.calls"));
        calls.setId("staffing-col-calls");
        calls.setCellValueFactory(c -> c.getValue().callsTextProperty());
        calls.setCellFactory(c -> new EditCell(model::editCalls, ForecastRowModel::callsEdited,
                ForecastRowModel::callsDirty, () -> model.editErrorProperty().set(""), "staffing-calls-"));
        calls.setEditable(true);
        calls.setSortable(false);
        TableColumn<ForecastRowModel, String> aht = new TableColumn<>(messages.get("staffing.col.aht"));
        aht.setId("staffing-col-aht");
        aht.setCellValueFactory(c -> c.getValue().ahtTextProperty());
        aht.setCellFactory(c -> new EditCell(model::editAht, ForecastRowModel::ahtEdited,
                ForecastRowModel::ahtDirty, () -> model.editErrorProperty().set(""), "staffing-aht-"));
        aht.setEditable(true);
        aht.setSortable(false);
        table.getColumns().add(calls);
        table.getColumns().add(aht);
        table.getColumns().add(column("staffing.col.agents", r -> Bindings.createStringBinding(
                () -> r.agentsProperty().get() == null ? "" : String.valueOf(r.agentsProperty().get()), r.agentsProperty())));
        table.getColumns().add(column("staffing.col.heads", r -> Bindings.createStringBinding(
                () -> r.headsProperty().get() == null ? "" : String.valueOf(r.headsProperty().get()), r.headsProperty())));
        TableColumn<ForecastRowModel, String> sched = column("staffing.col.scheduled", r -> Bindings.createStringBinding(
                () -> r.scheduledProperty().get() == null ? "" : oneDecimal.format(r.scheduledProperty().get()),
                r.scheduledProperty()));
        sched.visibleProperty().bind(model.scheduleShownProperty());
        table.getColumns().add(sched);
        TableColumn<ForecastRowModel, ForecastRowModel> diff = new TableColumn<>(messages.get("staffing.col.difference"));
        diff.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        diff.setCellFactory(c -> new DifferenceCell());
        diff.setSortable(false);
        diff.visibleProperty().bind(model.scheduleShownProperty());
        table.getColumns().add(diff);
        TableColumn<ForecastRowModel, String> note = column("staffing.col.note", r -> r.gapProperty());
        table.getColumns().add(note);
        double[] widths = {70, 100, 80, 80, 70, 120, 100, 110, 340};
        for (int i = 0; i < widths.length && i < table.getColumns().size(); i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
            table.getColumns().get(i).setMinWidth(Math.min(widths[i], 100));
        }

        Label editError = new Label();
        editError.setId("staffing-edit-error");
        editError.getStyleClass().add("staffing-error");
        editError.textProperty().bind(model.editErrorProperty());
        editError.visibleProperty().bind(model.editErrorProperty().isNotEmpty());
        editError.managedProperty().bind(editError.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(4, editError, table);
    }

    private TableColumn<ForecastRowModel, String> column(String key,
                                                         Function<ForecastRowModel, ObservableValue<String>> value) {
        TableColumn<ForecastRowModel, String> c = new TableColumn<>(messages.get(key));
        c.setId(key.replace('.', '-'));
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        c.setEditable(false);
        c.setSortable(false);
        return c;
    }

    /** Scheduled minus required, with ▲/▼ so that over and under staffing read without colour. */
    private final class DifferenceCell extends TableCell<ForecastRowModel, ForecastRowModel> {
        private final javafx.beans.InvalidationListener refresh = o -> show();
        private ForecastRowModel shown;

        @Override
        protected void updateItem(ForecastRowModel r, boolean empty) {
            super.updateItem(r, empty);
            if (shown != null) {
                shown.headsProperty().removeListener(refresh);
                shown.scheduledProperty().removeListener(refresh);
            }
            shown = empty ? null : r;
            if (shown != null) {
                shown.headsProperty().addListener(refresh);
                shown.scheduledProperty().addListener(refresh);
            }
            show();
        }

        private void show() {
            getStyleClass().removeAll("coverage-under", "coverage-over", "coverage-met");
            Double d = shown == null ? null : shown.difference();
            if (d == null) {
                setText(null);
                return;
            }
            String n = oneDecimal.format(Math.abs(d));
            if (d < -1e-9) {
                getStyleClass().add("coverage-under");
                setText(messages.get("staffing.diff.under", n));
            } else if (d > 1e-9) {
                getStyleClass().add("coverage-over");
                setText(messages.get("staffing.diff.over", n));
            } else {
                getStyleClass().add("coverage-met");
                setText(messages.get("staffing.diff.met"));
            }
        }
    }

    // --- the bottom row

    private Node actions() {
        TextField percent = new TextField();
        percent.setId("staffing-reforecast-percent");
        percent.setPrefColumnCount(5);
        percent.setPromptText(messages.get("staffing.reforecast.prompt"));
        percent.textProperty().bindBidirectional(model.reforecastTextProperty());
        Button apply = new Button();
        apply.setId("staffing-reforecast");
        apply.textProperty().bind(model.reforecastLabelProperty());
        apply.setOnAction(e -> model.reforecast());
        percent.setOnAction(e -> model.reforecast());
        Label observed = new Label();
        observed.setId("staffing-observed");
        observed.getStyleClass().add("staffing-hint");
        observed.textProperty().bind(model.observedTextProperty());
        Label status = new Label();
        status.setId("staffing-status");
        status.textProperty().bind(model.statusProperty());
        model.statusErrorProperty().addListener((o, a, b) -> mark(status, "staffing-error", b));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button revert = new Button(messages.get("staffing.revert"));
        revert.setId("staffing-revert");
        revert.setOnAction(e -> model.revert());
        revert.disableProperty().bind(model.dirtyCountProperty().isEqualTo(0));
        Button save = new Button(messages.get("staffing.save"));
        save.setId("staffing-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.dirtyCountProperty().isEqualTo(0).or(model.busyProperty()));
        HBox box = new HBox(8, label("staffing.reforecast.label", percent), percent, apply, observed, spacer,
                status, revert, save);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Label label(String key, Node target) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().add("staffing-label");
        return l;
    }

    private static void mark(Node n, String styleClass, boolean on) {
        n.getStyleClass().remove(styleClass);
        if (on) {
            n.getStyleClass().add(styleClass);
        }
    }
}
