package io.floorview.ui.reports;

import io.floorview.domain.report.Interval;
import io.floorview.service.report.QueueLogImport;
import io.floorview.service.report.ReportTable;
import io.floorview.ui.common.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The Reports screen: filters on the left (dates, interval, service-level thresholds, queues, agents) with the
 * import of a queue_log below them; the report in tabs (queues, intervals, agents, abandoned and overflowed
 * calls, charts); exports above; what happened, and what went wrong, in a line under the filters.
 */
public final class ReportsView extends BorderPane {

    /** Asks where to save or what to open; the file chooser, or a fixed answer in tests. */
    public interface FileAsker {
        Optional<Path> save(String title, String extension);

        Optional<Path> open(String title);
    }

    private final ReportsViewModel model;
    private final Messages messages;
    private final ReportCharts charts;
    private final TabPane tabs = new TabPane();
    private final List<TableView<List<Object>>> tables = new java.util.ArrayList<>();
    private final List<String> tableIds = List.of("table-queues", "table-intervals", "table-agents",
            "table-abandoned", "table-overflowed");
    private FileAsker files;

    public ReportsView(ReportsViewModel model) {
        this.model = model;
        this.messages = model.messages();
        this.files = chooser();
        setId("reports");
        getStyleClass().add("reports");
        getStylesheets().add(ReportsView.class.getResource("reports.css").toExternalForm());
        charts = new ReportCharts(messages, model::agentName);
        setLeft(filters());
        setTop(toolbar());
        setCenter(results());
        model.resultProperty().addListener((o, was, now) -> show());
        model.loadChoices();
        model.run(); // today's report on opening
    }

    public void setFileAsker(FileAsker asker) {
        this.files = asker;
    }

    private Region toolbar() {
        Label title = new Label(messages.get("reports.title"));
        title.getStyleClass().add("reports-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button csv = button("reports-export-csv", "reports.action.exportCsv");
        csv.setOnAction(e -> files.save(messages.get("reports.action.exportCsv"), "csv").ifPresent(model::exportCsv));
        Button pdf = button("reports-export-pdf", "reports.action.exportPdf");
        pdf.setOnAction(e -> files.save(messages.get("reports.action.exportPdf"), "pdf")
                .ifPresent(p -> model.exportPdf(p, charts.images())));
        csv.disableProperty().bind(model.resultProperty().isNull().or(model.busyProperty()));
        pdf.disableProperty().bind(csv.disableProperty());
        HBox bar = new HBox(8, title, gap, csv, pdf);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.getStyleClass().add("reports-toolbar");
        return bar;
    }

    private Region filters() {
        DatePicker from = new DatePicker();
        from.setId("reports-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("reports-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<Interval> interval = new ComboBox<>();
        interval.setId("reports-interval");
        interval.getItems().setAll(ReportsViewModel.INTERVALS);
        interval.setConverter(new StringConverter<>() {
            @Override
            public String toString(Interval i) {
                return i == null ? "" : messages.get("reports.interval." + i.code());
            }

            @Override
            public Interval fromString(String s) {
                return null;
            }
        });
        interval.valueProperty().bindBidirectional(model.intervalProperty());
        TextField thresholds = field("reports-thresholds", model.thresholdsProperty());
        TextField shortAb = field("reports-short-abandon", model.shortAbandonProperty());
        TextField target = field("reports-target", model.targetProperty());
        ListView<String> queues = picker("reports-queues", model.queueChoices(), model.queues(), model::queueName);
        ListView<String> agents = picker("reports-agents", model.agentChoices(), model.agents(), model::agentName);
        Button run = button("reports-run", "reports.action.run");
        run.setDefaultButton(true);
        run.setMaxWidth(Double.MAX_VALUE);
        run.disableProperty().bind(model.busyProperty());
        run.setOnAction(e -> model.run());
        Label error = new Label();
        error.setId("reports-error");
        error.getStyleClass().add("reports-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label status = new Label();
        status.setId("reports-status");
        status.getStyleClass().add("reports-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        VBox box = new VBox(4,
                labelled("reports.filter.from", from), labelled("reports.filter.to", to),
                labelled("reports.filter.interval", interval),
                labelled("reports.filter.thresholds", thresholds),
                labelled("reports.filter.shortAbandon", shortAb), labelled("reports.filter.target", target),
                labelled("reports.filter.queues", queues), labelled("reports.filter.agents", agents),
                run, error, status, new Separator(), importBox());
        box.setPadding(new Insets(8, 10, 10, 10));
        box.setPrefWidth(270);
        box.getStyleClass().add("reports-filters");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("reports-filters-scroll");
        return scroll;
    }

    private Region importBox() {
        Label heading = new Label(messages.get("reports.import.heading"));
        heading.getStyleClass().add("reports-section");
        Button open = button("reports-import", "reports.action.import");
        open.setMaxWidth(Double.MAX_VALUE);
        open.disableProperty().bind(model.importingProperty());
        open.setOnAction(e -> files.open(messages.get("reports.action.import")).ifPresent(model::importQueueLog));
        ProgressBar progress = new ProgressBar();
        progress.setId("reports-import-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.importProgressProperty());
        progress.visibleProperty().bind(model.importingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setAccessibleText(messages.get("reports.import.progress"));
        Button cancel = button("reports-import-cancel", "reports.action.cancel");
        cancel.visibleProperty().bind(model.importingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancelImport());
        TextArea details = new TextArea();
        details.setId("reports-import-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(6);
        details.visibleProperty().bind(model.importResultProperty().isNotNull());
        details.managedProperty().bind(details.visibleProperty());
        model.importResultProperty().addListener((o, was, r) -> details.setText(r == null ? "" : details(r)));
        return new VBox(4, heading, open, progress, cancel, details);
    }

    private String details(QueueLogImport.Result r) {
        StringBuilder b = new StringBuilder(model.summary(r));
        if (!r.unknown().isEmpty()) {
            b.append('\n').append(messages.get("reports.import.unknown", r.unknown().toString()));
        }
        if (!r.setAside().isEmpty()) {
            b.append('\n').append(messages.get("reports.import.setAsideHeading"));
            for (QueueLogImport.SetAside s : r.setAside()) {
                b.append('\n').append(messages.get("reports.import.setAsideLine", String.valueOf(s.lineNumber()),
                        s.reason()));
            }
        }
        return b.toString();
    }

    private Region results() {
        tabs.setId("reports-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        String[] keys = {"reports.tab.queues", "reports.tab.intervals", "reports.tab.agents", "reports.tab.abandoned",
            "reports.tab.overflowed"};
        for (int i = 0; i < keys.length; i++) {
            TableView<List<Object>> t = new TableView<>();
            t.setId(tableIds.get(i));
            t.setPlaceholder(new Label(messages.get("reports.empty")));
            tables.add(t);
            javafx.scene.Node content = t;
            if (i == 0) {
                // the row a supervisor adds up and finds different: say why where the numbers are
                Label note = new Label(messages.get("reports.allQueues.note"));
                note.setId("reports-all-queues-note");
                note.getStyleClass().add("board-muted");
                note.setWrapText(true);
                javafx.scene.layout.BorderPane box = new javafx.scene.layout.BorderPane(t);
                box.setBottom(note);
                javafx.scene.layout.BorderPane.setMargin(note, new javafx.geometry.Insets(4, 2, 0, 2));
                content = box;
            }
            Tab tab = new Tab(messages.get(keys[i]), content);
            tab.setId("tab-" + tableIds.get(i).substring(6));
            tabs.getTabs().add(tab);
        }
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        Tab chartTab = new Tab(messages.get("reports.tab.charts"), scroll);
        chartTab.setId("tab-charts");
        tabs.getTabs().add(chartTab);
        return tabs;
    }

    private void show() {
        if (model.resultProperty().get() == null) {
            return;
        }
        List<ReportTable> tables = model.tables();
        for (int i = 0; i < tables.size(); i++) {
            fill(this.tables.get(i), tables.get(i));
            if (i >= 3) { // the lists of calls: the tab says when the list is cut
                tabs.getTabs().get(i).setText(tables.get(i).title());
            }
        }
        charts.show(model.resultProperty().get(), model.targetPercent());
    }

    static void fill(TableView<List<Object>> view, ReportTable t) {
        view.getColumns().clear();
        for (int c = 0; c < t.header().size(); c++) {
            int col = c;
            TableColumn<List<Object>, String> column = new TableColumn<>(t.header().get(c));
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(ReportTable.text(row.getValue().get(col))));
            boolean numeric = !t.rows().isEmpty() && t.rows().stream().anyMatch(r -> r.get(col) instanceof Number);
            if (numeric) {
                column.getStyleClass().add("number");
            }
            column.setSortable(false);
            view.getColumns().add(column);
        }
        view.getItems().setAll(t.rows());
    }

    /** The table of a tab, for tests: table-queues, table-intervals, table-agents, table-abandoned, table-overflowed. */
    public TableView<List<Object>> table(String id) {
        return tables.get(tableIds.indexOf(id));
    }

    private Button button(String id, String key) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(false);
        return b;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private ListView<String> picker(String id, javafx.collections.ObservableList<String> choices,
                                    javafx.collections.ObservableList<String> picked,
                                    java.util.function.UnaryOperator<String> shown) {
        ListView<String> l = new ListView<>(choices);
        l.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                String name = empty || item == null ? null : shown.apply(item);
                setText(name == null ? null : name.equals(item) ? item : name + " (" + item + ")");
            }
        });
        l.setId(id);
        l.setPrefHeight(110);
        l.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        l.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<String>) c -> picked.setAll(l.getSelectionModel().getSelectedItems()));
        l.setPlaceholder(new Label(messages.get("reports.filter.none")));
        return l;
    }

    private VBox labelled(String key, javafx.scene.control.Control c) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(c);
        l.getStyleClass().add("reports-label");
        l.setWrapText(true);
        c.setMaxWidth(Double.MAX_VALUE);
        return new VBox(2, l, c);
    }

    private FileAsker chooser() {
        return new FileAsker() {
            @Override
            public Optional<Path> save(String title, String extension) {
                FileChooser fc = new FileChooser();
                fc.setTitle(title);
                fc.setInitialFileName(messages.get("reports.export.fileName") + "." + extension);
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                        "*." + extension));
                File f = fc.showSaveDialog(getScene().getWindow());
                return Optional.ofNullable(f).map(File::toPath);
            }

            @Override
            public Optional<Path> open(String title) {
                FileChooser fc = new FileChooser();
                fc.setTitle(title);
                File f = fc.showOpenDialog(getScene().getWindow());
                return Optional.ofNullable(f).map(File::toPath);
            }
        };
    }
}
