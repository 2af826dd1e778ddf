package io.floorview.ui.reports;

import io.floorview.domain.kpi.AbandonRateFormula;
import io.floorview.domain.kpi.ServiceLevelFormula;
import io.floorview.domain.report.Interval;
import io.floorview.domain.report.ReportSpec;
import io.floorview.service.report.CsvExport;
import io.floorview.service.report.PdfExport;
import io.floorview.service.report.ChangedLogException;
import io.floorview.service.report.NotAQueueLogException;
import io.floorview.service.report.QueueLogImport;
import io.floorview.service.report.ReportService;
import io.floorview.service.report.ReportTable;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Reports screen's state and verbs: the filters as typed, checked before a report runs (a problem is shown
 * in {@link #errorProperty()}, where the user looks), the report last run, exports and queue_log imports. The
 * work runs on the report service's thread through a {@link UiExecutor}; results come back on the FX thread.
 */
public final class ReportsViewModel {

    /** The intervals offered, in the picker's order. */
    public static final List<Interval> INTERVALS = List.of(Interval.MINUTES_15, Interval.MINUTES_30,
            Interval.MINUTES_60, Interval.HOUR_OF_DAY, Interval.DAY, Interval.DAY_OF_WEEK);

    private static final java.util.regex.Pattern SL_COLUMN = java.util.regex.Pattern.compile("SL (\\d+) s %");

    private final ReportService service;
    private final UiExecutor ui;
    private final Messages messages;
    private final ZoneId zone;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Interval> interval = new SimpleObjectProperty<>(Interval.MINUTES_30);
    private final StringProperty thresholds = new SimpleStringProperty("20,30,60");
    private final StringProperty shortAbandon = new SimpleStringProperty("5");
    private final StringProperty target = new SimpleStringProperty("80");
    private final ObservableList<String> queueChoices = FXCollections.observableArrayList();
    private final ObservableList<String> agentChoices = FXCollections.observableArrayList();
    private final ObservableList<String> queues = FXCollections.observableArrayList();
    private final ObservableList<String> agents = FXCollections.observableArrayList();
    private final ObjectProperty<ReportService.Result> result = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final DoubleProperty importProgress = new SimpleDoubleProperty();
    private final ObjectProperty<QueueLogImport.Result> importResult = new SimpleObjectProperty<>();
    private volatile AtomicBoolean cancelImport = new AtomicBoolean();
    private final Executor fx;

    /**
     * @param fx where progress reports go (the FX thread; run at once in tests)
     */
    public ReportsViewModel(ReportService service, UiExecutor ui, Executor fx, Messages messages, LocalDate today) {
        this.service = service;
        this.ui = ui;
        this.fx = fx;
        this.messages = messages;
        this.zone = service.settings().zone();
        from.set(today);
        to.set(today);
    }

    public Messages messages() {
        return messages;
    }

    private java.util.function.UnaryOperator<String> queueNames = java.util.function.UnaryOperator.identity();
    private java.util.function.UnaryOperator<String> agentNames = java.util.function.UnaryOperator.identity();

    /**
     * How queue and agent ids are shown: the stored figures keep ids, the live floor shows the names the phone
     * system gave; with these the report shows the same names (an id without a known name stays as it is).
     */
    public void setNames(java.util.function.UnaryOperator<String> queues, java.util.function.UnaryOperator<String> agents) {
        queueNames = java.util.Objects.requireNonNull(queues);
        agentNames = java.util.Objects.requireNonNull(agents);
    }

    /** The name to show for a queue id ("All queues" for the center). */
    public String queueName(String id) {
        return io.floorview.domain.kpi.FloorSnapshot.ALL_QUEUES.equals(id) ? messages.get("reports.allQueues")
                : queueNames.apply(id);
    }

    public String agentName(String id) {
        return agentNames.apply(id);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Reads the queues and agents the cache knows, for the pickers. */
    public void loadChoices() {
        ui.submit(service::choices, c -> {
            queueChoices.setAll(c.queues());
            agentChoices.setAll(c.agents());
            if (c.firstBucketMs() != null) {
                status.set(messages.get("reports.status.cacheHolds",
                        date(c.firstBucketMs()), date(c.lastBucketMs())));
            } else {
                status.set(messages.get("reports.status.cacheEmpty"));
            }
        }, e -> error.set(messages.get("reports.error.cannotRead", reason(e))));
    }

    private String date(long ms) {
        return java.time.Instant.ofEpochMilli(ms).atZone(zone).toLocalDate().toString();
    }

    /** The report's spec from the filters, or {@code null} with {@link #errorProperty()} saying what is wrong. */
    ReportSpec spec() {
        if (from.get() == null || to.get() == null) {
            error.set(messages.get("reports.error.noDates"));
            return null;
        }
        if (to.get().isBefore(from.get())) {
            error.set(messages.get("reports.error.endBeforeStart"));
            return null;
        }
        List<Integer> t = new ArrayList<>();
        for (String part : thresholds.get() == null ? new String[0] : thresholds.get().split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            Integer v = intIn(part.trim(), 1, 3600);
            if (v == null) {
                error.set(messages.get("reports.error.threshold", part.trim()));
                return null;
            }
            t.add(v);
        }
        if (t.isEmpty()) {
            error.set(messages.get("reports.error.noThreshold"));
            return null;
        }
        Integer s = intIn(shortAbandon.get() == null ? "" : shortAbandon.get().trim(), 0, 3600);
        if (s == null) {
            error.set(messages.get("reports.error.shortAbandon", shortAbandon.get()));
            return null;
        }
        if (targetPercent() == null) {
            error.set(messages.get("reports.error.target", target.get()));
            return null;
        }
        long fromMs = Interval.startOf(from.get(), zone);
        long toMs = Interval.startOf(to.get().plusDays(1), zone);
        error.set("");
        return new ReportSpec(fromMs, toMs, zone, interval.get(), Set.copyOf(queues), Set.copyOf(agents), t, s,
                ServiceLevelFormula.SHORT_ABANDONS_EXCLUDED, AbandonRateFormula.SHORT_ABANDONS_EXCLUDED);
    }

    /** The service-level target (percent) the chart draws, or {@code null} when it is not a number 1–100. */
    public Integer targetPercent() {
        return intIn(target.get() == null ? "" : target.get().trim(), 1, 100);
    }

    private static Integer intIn(String s, int min, int max) {
        try {
            int v = Integer.parseInt(s);
            return v < min || v > max ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Runs the report with the filters as they are; a bad filter is reported and nothing runs. */
    public void run() {
        ReportSpec spec = spec();
        if (spec == null) {
            return;
        }
        busy.set(true);
        status.set(messages.get("reports.status.running"));
        long t0 = System.nanoTime();
        ui.submit(() -> service.run(spec), r -> {
            busy.set(false);
            result.set(r);
            String done = messages.get("reports.status.done", r.report().rows().size(),
                    Math.max(1, Math.round((System.nanoTime() - t0) / 1e6)));
            status.set(r.listsCut() ? done + " " + messages.get("reports.status.listsCut", ReportService.LIST_LIMIT)
                    : done);
        }, e -> {
            busy.set(false);
            error.set(messages.get("reports.error.cannotRead", reason(e)));
            status.set("");
        });
    }

    /** The tables of the report on screen, with the screen's column names, in the screen's order. */
    public List<ReportTable> tables() {
        ReportService.Result r = result.get();
        if (r == null) {
            return List.of();
        }
        return List.of(localized(ReportTable.totals(r.report())), localized(ReportTable.intervals(r.report())),
                localized(ReportTable.agents(r.report())),
                partial(localized(ReportTable.abandonedCalls(r.report())), r.abandonedTotal()),
                partial(localized(ReportTable.overflowedCalls(r.report())), r.overflowedTotal()));
    }

    /** A list cut at the report's limit says so in its title. */
    private ReportTable partial(ReportTable t, long total) {
        if (t.rows().size() >= total) {
            return t;
        }
        return new ReportTable(messages.get("reports.list.partial", t.title(), t.rows().size(), total), t.header(),
                t.rows());
    }

    /** A table with its title and column names from the screen's texts. */
    public ReportTable localized(ReportTable t) {
        List<String> header = new ArrayList<>();
        for (String h : t.header()) {
            java.util.regex.Matcher sl = SL_COLUMN.matcher(h);
            header.add(sl.matches() ? messages.get("reports.col.sl", sl.group(1)) : text("reports.col." + slug(h), h));
        }
        String all = messages.get("reports.allQueues");
        int queueColumn = t.header().indexOf("queue");
        int agentColumn = t.header().indexOf("agent");
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            List<Object> cells = new ArrayList<>(r);
            cells.replaceAll(c -> io.floorview.domain.kpi.FloorSnapshot.ALL_QUEUES.equals(c) ? all : c);
            if (queueColumn >= 0 && cells.get(queueColumn) instanceof String q && !q.equals(all)) {
                cells.set(queueColumn, queueNames.apply(q));
            }
            if (agentColumn >= 0 && cells.get(agentColumn) instanceof String a) {
                cells.set(agentColumn, agentNames.apply(a));
            }
            rows.add(cells);
        }
        return new ReportTable(text("reports.table." + slug(t.title()), t.title()), header, rows);
    }

    private String text(String key, String fallback) {
        return messages.has(key) ? messages.get(key) : fallback;
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** What the report covers, for an export's heading: period, interval, queues, agents, thresholds. */
    public List<String> describe() {
        ReportService.Result r = result.get();
        if (r == null) {
            return List.of();
        }
        ReportSpec s = r.report().spec();
        List<String> lines = new ArrayList<>();
        LocalDate last = java.time.Instant.ofEpochMilli(s.toMs() - 1).atZone(s.zone()).toLocalDate();
        lines.add(messages.get("reports.export.period", date(s.fromMs()), last.toString(), s.zone().getId()));
        lines.add(messages.get("reports.export.interval", messages.get("reports.interval." + s.interval().code())));
        lines.add(messages.get("reports.export.queues", s.queues().isEmpty() ? messages.get("reports.filter.all")
                : String.join(", ", new java.util.TreeSet<>(s.queues()))));
        lines.add(messages.get("reports.export.agents", s.agents().isEmpty() ? messages.get("reports.filter.all")
                : String.join(", ", new java.util.TreeSet<>(s.agents()))));
        lines.add(messages.get("reports.export.thresholds", s.slThresholds().toString().replaceAll("[\\[\\]]", ""),
                s.shortAbandonSec()));
        lines.add(messages.get("reports.export.made", java.time.ZonedDateTime.now(s.zone())
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        return lines;
    }

    /** Writes the tables on screen as CSV (replacing the file only once all is written). */
    public void exportCsv(Path file) {
        List<ReportTable> tables = tables();
        if (tables.isEmpty()) {
            error.set(messages.get("reports.error.nothingToExport"));
            return;
        }
        export(file, out -> {
            try (Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                CsvExport.write(w, tables);
            }
        });
    }

    /** Writes the report on screen as a PDF: heading, the charts given (PNG images), then the tables. */
    public void exportPdf(Path file, List<PdfExport.ChartBlock> charts) {
        List<ReportTable> tables = tables();
        if (tables.isEmpty()) {
            error.set(messages.get("reports.error.nothingToExport"));
            return;
        }
        List<PdfExport.Block> blocks = new ArrayList<>();
        blocks.add(new PdfExport.TableBlock(tables.get(0), 1));
        blocks.addAll(charts);
        blocks.add(new PdfExport.TableBlock(tables.get(1), 2));
        blocks.add(new PdfExport.TableBlock(tables.get(2), 1));
        blocks.add(new PdfExport.TableBlock(tables.get(3), 1));
        blocks.add(new PdfExport.TableBlock(tables.get(4), 1));
        PdfExport.Document doc = new PdfExport.Document(messages.get("reports.export.title"), describe(), blocks,
                messages.get("reports.export.page"), messages.get("reports.export.none"),
                messages.get("reports.export.continued"));
        export(file, out -> PdfExport.write(out, doc));
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private void export(Path file, Body body) {
        busy.set(true);
        ui.submit(() -> {
            try {
                Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".floorview-", ".part");
                try {
                    try (OutputStream out = Files.newOutputStream(tmp)) {
                        body.write(out);
                    }
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, f -> {
            busy.set(false);
            error.set("");
            status.set(messages.get("reports.status.exported", f.getFileName().toString()));
        }, e -> {
            busy.set(false);
            error.set(messages.get("reports.error.cannotWrite", file.getFileName().toString(), reason(e)));
        });
    }

    /** Imports a queue_log into the cache, with progress; {@link #cancelImport()} stops it. */
    public void importQueueLog(Path file) {
        AtomicBoolean cancel = new AtomicBoolean();
        cancelImport = cancel;
        importing.set(true);
        importProgress.set(0);
        importResult.set(null);
        error.set("");
        status.set(messages.get("reports.status.importing", file.getFileName().toString()));
        ui.submit(() -> {
            try {
                return service.importQueueLog(file, p -> fx.execute(() -> importProgress.set(p)), cancel::get);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, r -> {
            importing.set(false);
            importResult.set(r);
            status.set(summary(r));
            loadChoices();
        }, e -> {
            importing.set(false);
            status.set("");
            error.set(importFailure(file, e));
        });
    }

    /** Why an import failed, in the user's language where Floorview knows the reason (a file that is no queue_log). */
    private String importFailure(Path file, Throwable e) {
        Throwable t = e;
        while (t != null && !(t instanceof NotAQueueLogException) && !(t instanceof ChangedLogException)) {
            t = t.getCause();
        }
        String name = file.getFileName().toString();
        if (t instanceof ChangedLogException c) {
            return messages.get("reports.error.changedLog", name, c.at());
        }
        if (t instanceof NotAQueueLogException n) {
            return switch (n.kind()) {
                case EMPTY -> messages.get("reports.error.emptyLog", name);
                case NO_EVENTS -> messages.get("reports.error.noEvents", name);
                case NOT_QUEUE_LOG -> messages.get("reports.error.notQueueLog", name, n.lines(), n.firstLine());
            };
        }
        return messages.get("reports.error.cannotImport", name, reason(e));
    }

    /** What an import did, in a sentence. */
    public String summary(QueueLogImport.Result r) {
        if (r.cancelled()) {
            return messages.get("reports.import.cancelled", r.file().getFileName().toString(), r.eventsNew());
        }
        if (r.alreadyImported()) {
            return messages.get("reports.import.already", r.file().getFileName().toString(), r.eventsRead());
        }
        long unknown = r.unknown().values().stream().mapToLong(Long::longValue).sum();
        return messages.get("reports.import.done", r.file().getFileName().toString(), r.linesRead(), r.eventsNew(),
                r.eventsRead() - r.eventsNew(), r.linesSetAside(), unknown);
    }

    public void cancelImport() {
        cancelImport.set(true);
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while ((t instanceof UncheckedIOException || t instanceof java.util.concurrent.CompletionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    // --- properties

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Interval> intervalProperty() {
        return interval;
    }

    public StringProperty thresholdsProperty() {
        return thresholds;
    }

    public StringProperty shortAbandonProperty() {
        return shortAbandon;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public ObservableList<String> queueChoices() {
        return queueChoices;
    }

    public ObservableList<String> agentChoices() {
        return agentChoices;
    }

    /** The queues picked; none picked means all. */
    public ObservableList<String> queues() {
        return queues;
    }

    public ObservableList<String> agents() {
        return agents;
    }

    public ObjectProperty<ReportService.Result> resultProperty() {
        return result;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    public DoubleProperty importProgressProperty() {
        return importProgress;
    }

    public ObjectProperty<QueueLogImport.Result> importResultProperty() {
        return importResult;
    }

    static Set<String> set(List<String> l) {
        return new LinkedHashSet<>(l);
    }
}
