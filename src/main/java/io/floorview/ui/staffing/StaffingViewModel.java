package io.floorview.ui.staffing;

import io.floorview.service.staffing.DayForecast;
import io.floorview.service.staffing.ForecastRow;
import io.floorview.service.staffing.HistoryBasis;
import io.floorview.service.staffing.IntervalStaffing;
import io.floorview.service.staffing.QueueSelection;
import io.floorview.service.staffing.StaffingParameters;
import io.floorview.service.staffing.StaffingService;
import io.floorview.service.staffing.StaffingService.IntervalLoad;
import io.floorview.domain.forecast.ForecastEdit;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Staffing screen's state and verbs: pick a day, queues and interval length; edit the forecast (validated,
 * saved in one transaction); reforecast the rest of the day by a percentage; see the required agents per
 * interval and the coverage by the published schedule. Database work goes through the {@link UiExecutor}.
 */
public final class StaffingViewModel {

    private static final BigDecimal MAX_CALLS = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal MAX_AHT = BigDecimal.valueOf(86_400);

    private final StaffingService service;
    private final UiExecutor executor;
    private final Messages messages;
    private final ZoneId zone;
    private final DateTimeFormatter timeFormat;
    private final NumberFormat oneDecimal;

    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ObservableList<String> queues = FXCollections.observableArrayList();
    private final ObservableList<String> selectedQueues = FXCollections.observableArrayList();
    private final IntegerProperty intervalMinutes = new SimpleIntegerProperty(this, "intervalMinutes", 30);
    private final StaffingParametersForm parameters;
    private final ObservableList<ForecastRowModel> rows = FXCollections.observableArrayList();
    private final StringProperty basisText = new SimpleStringProperty(this, "basisText", "");
    private final BooleanProperty basisShort = new SimpleBooleanProperty(this, "basisShort");
    private final StringProperty observedText = new SimpleStringProperty(this, "observedText", "");
    private final StringProperty reforecastText = new SimpleStringProperty(this, "reforecastText", "");
    private final StringProperty reforecastLabel = new SimpleStringProperty(this, "reforecastLabel", "");
    private final StringProperty editError = new SimpleStringProperty(this, "editError", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty statusError = new SimpleBooleanProperty(this, "statusError");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final IntegerProperty dirtyCount = new SimpleIntegerProperty(this, "dirtyCount");
    private final ObjectProperty<List<CoveragePoint>> coverage = new SimpleObjectProperty<>(this, "coverage", List.of());
    private final BooleanProperty scheduleShown = new SimpleBooleanProperty(this, "scheduleShown");
    private final StringProperty scheduleNote = new SimpleStringProperty(this, "scheduleNote", "");
    private final StringProperty coverageSummary = new SimpleStringProperty(this, "coverageSummary", "");

    private DayForecast forecast;
    private double[] scheduled;
    private int loadGeneration;
    private int staffGeneration;

    public StaffingViewModel(StaffingService service, UiExecutor executor, Messages messages, ZoneId zone) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.zone = zone;
        this.timeFormat = DateTimeFormatter.ofPattern("HH:mm", messages.locale());
        this.oneDecimal = NumberFormat.getNumberInstance(messages.locale());
        oneDecimal.setMaximumFractionDigits(1);
        oneDecimal.setMinimumFractionDigits(1);
        this.parameters = new StaffingParametersForm(messages);
        day.set(service.today());
    }

    // --- properties

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** The queues that have calls around the day, to pick from. */
    public ObservableList<String> queues() {
        return queues;
    }

    /** The queues picked; none picked is the whole center. */
    public ObservableList<String> selectedQueues() {
        return selectedQueues;
    }

    public IntegerProperty intervalMinutesProperty() {
        return intervalMinutes;
    }

    public StaffingParametersForm parameters() {
        return parameters;
    }

    public ObservableList<ForecastRowModel> rows() {
        return rows;
    }

    /** What the forecast rests on, when it is less than the method asks for (empty when it is all there). */
    public StringProperty basisTextProperty() {
        return basisText;
    }

    public BooleanProperty basisShortProperty() {
        return basisShort;
    }

    public StringProperty observedTextProperty() {
        return observedText;
    }

    public StringProperty reforecastTextProperty() {
        return reforecastText;
    }

    /** The reforecast button's text, naming the first interval it changes. */
    public StringProperty reforecastLabelProperty() {
        return reforecastLabel;
    }

    /** What is wrong with the last edit typed into the table; empty when nothing is. */
    public StringProperty editErrorProperty() {
        return editError;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty statusErrorProperty() {
        return statusError;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Intervals with edits not saved yet. */
    public IntegerProperty dirtyCountProperty() {
        return dirtyCount;
    }

    public ObjectProperty<List<CoveragePoint>> coverageProperty() {
        return coverage;
    }

    /** Whether the chart has a scheduled series (a published schedule covers the day). */
    public BooleanProperty scheduleShownProperty() {
        return scheduleShown;
    }

    public StringProperty scheduleNoteProperty() {
        return scheduleNote;
    }

    /** How many intervals are under- and over-staffed, in words (empty without a schedule). */
    public StringProperty coverageSummaryProperty() {
        return coverageSummary;
    }

    public DayForecast forecast() {
        return forecast;
    }

    // --- verbs

    /** Reads the day's forecast (and the queues and the schedule) again; unsaved edits are dropped. */
    public void load() {
        load(null);
    }

    private void load(String doneStatus) {
        LocalDate d = day.get();
        QueueSelection sel = new QueueSelection(selectedQueues);
        int minutes = intervalMinutes.get();
        int gen = ++loadGeneration;
        busy.set(true);
        setStatus(messages.get("staffing.status.loading"), false);
        executor.submit(() -> new Loaded(service.queues(d), service.forecast(d, sel, minutes),
                service.scheduledAgents(d, sel, minutes)), loaded -> {
                    if (gen != loadGeneration) {
                        return;
                    }
                    busy.set(false);
                    show(loaded);
                    if (doneStatus != null) {
                        setStatus(doneStatus, false);
                    }
                }, e -> {
                    if (gen == loadGeneration) {
                        busy.set(false);
                        setStatus(messages.get("staffing.status.loadFailed", e.getMessage()), true);
                    }
                });
    }

    private record Loaded(List<String> queues, DayForecast forecast, Optional<double[]> scheduled) {
    }

    private void show(Loaded l) {
        List<String> known = new ArrayList<>(l.queues());
        for (String q : selectedQueues) {
            if (!known.contains(q)) {
                known.add(q);
            }
        }
        if (!queues.equals(known)) {
            queues.setAll(known);
        }
        forecast = l.forecast();
        scheduled = l.scheduled().orElse(null);
        List<ForecastRowModel> models = new ArrayList<>();
        for (ForecastRow r : forecast.rows()) {
            ForecastRowModel m = new ForecastRowModel(r, timeFormat.format(Instant.ofEpochMilli(r.startMs()).atZone(zone)));
            if (scheduled != null && r.slot() < scheduled.length) {
                m.scheduledProperty().set(scheduled[r.slot()]);
            }
            models.add(m);
        }
        rows.setAll(models);
        editError.set("");
        showBasis(forecast.basis());
        observedText.set(forecast.observedPercent() == null ? ""
                : messages.get("staffing.reforecast.observed", signed(forecast.observedPercent())));
        reforecastLabel.set(forecast.firstOpenSlot() >= rows.size() ? messages.get("staffing.reforecast.none")
                : messages.get("staffing.reforecast.from", rows.get(forecast.firstOpenSlot()).time()));
        scheduleShown.set(scheduled != null);
        scheduleNote.set(scheduled != null ? "" : service.hasSchedules()
                ? messages.get("staffing.chart.noSchedule") : messages.get("staffing.chart.noSchedules"));
        updateDirty();
        setStatus(messages.get("staffing.status.loaded", rows.size(), forecast.intervalMinutes()), false);
        recompute();
    }

    private void showBasis(HistoryBasis b) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        String since = b.cacheStartMs() == null ? "" : date.format(Instant.ofEpochMilli(b.cacheStartMs()).atZone(zone));
        String weekday = day.get().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, messages.locale());
        basisShort.set(!b.complete());
        basisText.set(switch (b.method()) {
            case SAME_WEEKDAY -> b.complete() ? messages.get("staffing.basis.full", b.periodsWanted(), weekday)
                    : messages.get("staffing.basis.fewWeeks", b.periodsUsed(), b.periodsWanted(), weekday, since);
            case RECENT_DAYS -> messages.get("staffing.basis.recentDays", weekday, since, b.periodsUsed());
            case NONE -> b.cacheStartMs() == null ? messages.get("staffing.basis.emptyCache")
                    : messages.get("staffing.basis.none", since);
        });
    }

    /** Works out the agents per interval from the forecast as it stands and the parameters; off the FX thread. */
    public void recompute() {
        if (forecast == null) {
            return;
        }
        StaffingParameters p = parameters.parse();
        if (p == null) {
            return;
        }
        List<IntervalLoad> loads = new ArrayList<>();
        for (ForecastRowModel m : rows) {
            loads.add(new IntervalLoad(m.slot(), m.calls(), m.ahtSec()));
        }
        int minutes = forecast.intervalMinutes();
        int gen = ++staffGeneration;
        List<ForecastRowModel> target = List.copyOf(rows);
        executor.submit(() -> service.staff(loads, minutes, p), result -> {
            if (gen != staffGeneration) {
                return;
            }
            List<CoveragePoint> points = new ArrayList<>();
            for (int i = 0; i < target.size(); i++) {
                ForecastRowModel m = target.get(i);
                IntervalStaffing s = result.get(i);
                m.agentsProperty().set(s.agents());
                m.headsProperty().set(s.scheduledHeads());
                m.gapProperty().set(switch (s.gap()) {
                    case NONE -> null;
                    case NO_FORECAST -> messages.get("staffing.gap.noForecast");
                    case NO_AHT -> messages.get("staffing.gap.noAht");
                    case UNREACHABLE -> messages.get("staffing.gap.unreachable");
                });
                points.add(new CoveragePoint(m.time(), s.scheduledHeads(), m.scheduledProperty().get()));
            }
            coverage.set(List.copyOf(points));
            long under = points.stream().filter(x -> x.status() == CoveragePoint.Status.UNDER).count();
            long over = points.stream().filter(x -> x.status() == CoveragePoint.Status.OVER).count();
            coverageSummary.set(scheduled == null ? "" : messages.get("staffing.chart.summary", under, over));
        }, e -> setStatus(messages.get("staffing.status.staffFailed", e.getMessage()), true));
    }

    /** Takes the calls typed for an interval; returns what is wrong (and changes nothing), or null when taken. */
    public String editCalls(ForecastRowModel row, String text) {
        BigDecimal v = null;
        if (text != null && !text.isBlank()) {
            v = Decimals.parse(text);
            if (v == null || v.signum() < 0 || v.compareTo(MAX_CALLS) > 0) {
                return rejected(messages.get("staffing.edit.calls.invalid", row.time(), text.strip()));
            }
        }
        row.setWorkCalls(v);
        return accepted();
    }

    /** Takes the AHT typed for an interval, in seconds; returns what is wrong, or null when taken. */
    public String editAht(ForecastRowModel row, String text) {
        BigDecimal v = null;
        if (text != null && !text.isBlank()) {
            v = Decimals.parse(text);
            if (v == null || v.signum() <= 0 || v.compareTo(MAX_AHT) > 0) {
                return rejected(messages.get("staffing.edit.aht.invalid", row.time(), text.strip()));
            }
        }
        row.setWorkAht(v);
        return accepted();
    }

    private String rejected(String message) {
        editError.set(message);
        return message;
    }

    private String accepted() {
        editError.set("");
        updateDirty();
        recompute();
        return null;
    }

    /** Scales the calls of the intervals not yet started by the percentage typed; false when it is wrong. */
    public boolean reforecast() {
        if (forecast == null) {
            return false;
        }
        String text = reforecastText.get() == null ? "" : reforecastText.get();
        BigDecimal pct = Decimals.parse(text);
        if (pct == null || pct.compareTo(BigDecimal.valueOf(-100)) < 0 || pct.compareTo(BigDecimal.valueOf(1000)) > 0) {
            setStatus(messages.get("staffing.reforecast.invalid", text.strip()), true);
            return false;
        }
        int from = forecast.firstOpenSlot();
        if (from >= rows.size()) {
            setStatus(messages.get("staffing.reforecast.dayOver"), true);
            return false;
        }
        BigDecimal factor = BigDecimal.ONE.add(pct.movePointLeft(2));
        int changed = 0;
        for (ForecastRowModel m : rows.subList(from, rows.size())) {
            if (m.calls() != null) {
                m.setWorkCalls(m.calls().multiply(factor).setScale(1, RoundingMode.HALF_UP));
                changed++;
            }
        }
        updateDirty();
        setStatus(messages.get("staffing.reforecast.done", signed(pct.doubleValue()), changed,
                rows.get(from).time()), false);
        recompute();
        return true;
    }

    /** Saves every interval edited since the last save, in one transaction, then reads the day again. */
    public void save() {
        if (forecast == null) {
            return;
        }
        Map<Integer, ForecastEdit> changed = new TreeMap<>();
        for (ForecastRowModel m : rows) {
            if (m.dirty()) {
                changed.put(m.slot(), new ForecastEdit(m.workCalls(), m.workAht()));
            }
        }
        if (changed.isEmpty()) {
            setStatus(messages.get("staffing.save.nothing"), false);
            return;
        }
        DayForecast f = forecast;
        busy.set(true);
        executor.submit(() -> {
            service.saveEdits(f.day(), f.queues(), f.intervalMinutes(), changed);
            return changed.size();
        }, n -> {
            busy.set(false);
            load(messages.get("staffing.save.done", n));
        }, e -> {
            busy.set(false);
            setStatus(messages.get("staffing.save.failed", e.getMessage()), true);
        });
    }

    /** Drops the edits not saved yet. */
    public void revert() {
        rows.forEach(ForecastRowModel::revert);
        editError.set("");
        updateDirty();
        setStatus(messages.get("staffing.revert.done"), false);
        recompute();
    }

    private void updateDirty() {
        dirtyCount.set((int) rows.stream().filter(ForecastRowModel::dirty).count());
    }

    private void setStatus(String text, boolean error) {
        status.set(text);
        statusError.set(error);
    }

    private String signed(double percent) {
        return (percent > 0 ? "+" : percent < 0 ? "\u2212" : "") + oneDecimal.format(Math.abs(percent));
    }
}
