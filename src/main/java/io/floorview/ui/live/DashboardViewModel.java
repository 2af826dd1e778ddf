package io.floorview.ui.live;

import io.floorview.domain.alert.Metric;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import io.floorview.domain.kpi.AgentsByState;
import io.floorview.domain.kpi.CallFigures;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.QueueKpis;
import io.floorview.domain.kpi.QueueSettings;
import io.floorview.service.ingest.FeedStatus;
import io.floorview.ui.common.Formats;
import io.floorview.ui.common.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live dashboard's state: which queue is shown, every tile's figure for it, the day and the connection.
 * Fed with snapshots and feed statuses on the FX thread; holds no nodes.
 */
public final class DashboardViewModel {

    /** A queue the supervisor can pick, or all queues. */
    public record QueueChoice(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final Messages messages;
    private final Formats formats;
    private final ZoneId displayZone;

    private final ObservableList<QueueChoice> queues = FXCollections.observableArrayList();
    private final ObjectProperty<QueueChoice> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty dayText = new SimpleStringProperty(this, "dayText", "");
    private final StringProperty siteText = new SimpleStringProperty(this, "siteText", "");
    private final ObjectProperty<FeedStatus.State> connection =
            new SimpleObjectProperty<>(this, "connection", FeedStatus.State.CONNECTING);
    private final StringProperty connectionText = new SimpleStringProperty(this, "connectionText", "");
    private final StringProperty connectionDetail = new SimpleStringProperty(this, "connectionDetail", "");
    private final StringProperty statusText = new SimpleStringProperty(this, "statusText", "");
    private final ObjectProperty<Double> rebuildProgress = new SimpleObjectProperty<>(this, "rebuildProgress", -1.0);
    private final BooleanProperty showingLiveValues = new SimpleBooleanProperty(this, "showingLiveValues");
    private final ObjectProperty<AgentsByState> agentStates =
            new SimpleObjectProperty<>(this, "agentStates", AgentsByState.NONE);

    private final TileModel waiting;
    private final TileModel longestWait;
    private final TileModel serviceLevel;
    private final TileModel abandoned;
    private final TileModel overflowed;
    private final TileModel asa;
    private final TileModel aht;
    private final TileModel occupancy;
    private final TileModel lines;
    private final TileModel agents;
    private final TileModel offered;
    private final TileModel notReady;
    private final List<TileModel> tiles;

    private final AgentBoardModel board;
    private final CallListsModel callLists = new CallListsModel();
    private final AlertsModel alerts;
    private LayoutModel layout;
    private String pendingQueue;
    private final javafx.beans.property.IntegerProperty window =
            new javafx.beans.property.SimpleIntegerProperty(this, "window", 0);

    private FloorSnapshot latest;
    private FeedStatus lastStatus;

    public DashboardViewModel(Messages messages, ZoneId displayZone) {
        this.messages = messages;
        this.formats = new Formats(messages.locale(), messages.get("value.undefined"));
        this.displayZone = displayZone;
        waiting = tile("waiting");
        longestWait = tile("longestWait");
        serviceLevel = tile("serviceLevel");
        abandoned = tile("abandoned");
        overflowed = tile("overflowed");
        asa = tile("asa");
        aht = tile("aht");
        occupancy = tile("occupancy");
        lines = tile("lines");
        agents = tile("agents");
        offered = tile("offered");
        notReady = tile("notReady");
        tiles = List.of(waiting, longestWait, serviceLevel, abandoned, overflowed, offered, asa, aht, occupancy,
                lines, agents, notReady);
        QueueChoice all = new QueueChoice(FloorSnapshot.ALL_QUEUES, messages.get("queue.all"));
        queues.add(all);
        selected.set(all);
        board = new AgentBoardModel(messages, formats, this::reasonLabel);
        alerts = new AlertsModel(messages, formats, displayZone);
        window.addListener((o, a, b) -> {
            titles();
            if (latest != null) {
                alerts.observe(latest, b.intValue(), showingLiveValues.get());
            }
            refresh();
        });
        titles();
        layout = new LayoutModel(tiles.stream().map(TileModel::id).toList());
        window.addListener(o -> layout.changed());
        selected.addListener(o -> layout.changed());
        alerts.soundProperty().addListener(o -> layout.changed());
        selected.addListener((obs, was, now) -> {
            board.queueFilterProperty().set(now == null ? FloorSnapshot.ALL_QUEUES : now.id());
            refresh();
        });
        connectionText.set(messages.get("connection.connecting"));
    }

    private TileModel tile(String id) {
        return new TileModel(id, messages.get("tile." + id + ".title"));
    }

    /** The agent board (filtered to the queue shown). */
    public AgentBoardModel board() {
        return board;
    }

    /** The waiting and abandoned calls of the queue shown. */
    public CallListsModel callLists() {
        return callLists;
    }

    /** Today's alerts and the levels they are judged by. */
    public AlertsModel alerts() {
        return alerts;
    }

    /** The time window of the call figures: 0 for today, else the last 15, 30 or 60 minutes. */
    public javafx.beans.property.IntegerProperty windowProperty() {
        return window;
    }

    /** The time windows offered, in minutes (0 = today). */
    public static final List<Integer> WINDOWS = List.of(0, 15, 30, 60);

    /** The words for a time window. */
    public String windowLabel(int minutes) {
        return minutes == 0 ? messages.get("board.window.today") : messages.get("board.window.last", minutes);
    }

    private java.util.function.BiConsumer<String, io.floorview.domain.kpi.ServiceLevelFormula> formulaHandler;

    /** Where a change of a queue's service-level formula goes (the live floor's settings). */
    public void setFormulaHandler(java.util.function.BiConsumer<String, io.floorview.domain.kpi.ServiceLevelFormula> h) {
        this.formulaHandler = h;
    }

    private CenterDayStore centerDays;
    private io.floorview.ui.common.UiExecutor centerDaysExecutor;

    /** Lets the live floor change the center's time zone and day start, saved through {@code executor}. */
    public void setCenterDays(CenterDayStore store, io.floorview.ui.common.UiExecutor executor) {
        this.centerDays = store;
        this.centerDaysExecutor = executor;
    }

    CenterDayStore centerDays() {
        return centerDays;
    }

    io.floorview.ui.common.UiExecutor centerDaysExecutor() {
        return centerDaysExecutor;
    }

    /** The service-level formula {@code queue}'s figures use now. */
    public io.floorview.domain.kpi.ServiceLevelFormula formulaOf(String queue) {
        if (latest == null) {
            return QueueSettings.DEFAULT.slFormula();
        }
        return latest.queue(queue).map(q -> q.settings().slFormula()).orElse(QueueSettings.DEFAULT.slFormula());
    }

    /** The settings (objective and formulas) {@code queue}'s figures use now. */
    public QueueSettings settingsOf(String queue) {
        return latest == null ? QueueSettings.DEFAULT
                : latest.queue(queue).map(QueueKpis::settings).orElse(QueueSettings.DEFAULT);
    }

    /** Asks for {@code queue}'s figures to use {@code formula}; false when this console cannot change it. */
    public boolean chooseFormula(String queue, io.floorview.domain.kpi.ServiceLevelFormula formula) {
        if (formulaHandler == null) {
            return false;
        }
        if (formula != formulaOf(queue)) {
            formulaHandler.accept(queue, formula);
            layout.formulaChosen(queue, formula);
        }
        return true;
    }

    /** The arrangement kept between starts. */
    public LayoutModel layout() {
        return layout;
    }

    /** The layout as it is now, to save. */
    public io.floorview.domain.layout.FloorLayout captureLayout() {
        String q = pendingQueue != null ? pendingQueue : selected.get() == null ? null : selected.get().id();
        return layout.capture(q, window.get(), alerts.soundProperty().get(), alerts.thresholds());
    }

    /**
     * Takes back a saved layout: levels, window, tiles, theme, sound, the queue shown (as soon as the feed names
     * it) and the formulas (asked of the live floor again).
     */
    public void applyLayout(io.floorview.domain.layout.FloorLayout l) {
        layout.apply(l, tiles.stream().map(TileModel::id).toList());
        alerts.setThresholds(l.thresholds());
        alerts.soundProperty().set(l.sound());
        window.set(l.windowMinutes());
        pendingQueue = l.queue();
        select(l.queue());
        if (selected.get() != null && selected.get().id().equals(l.queue())) {
            pendingQueue = null;
        }
        if (formulaHandler != null) {
            l.formulas().forEach(formulaHandler);
        }
    }

    /** New warning and critical levels: the tiles and alerts follow them from now on. */
    public void setThresholds(io.floorview.domain.alert.Thresholds t) {
        alerts.setThresholds(t);
        layout.changed();
        if (latest != null) {
            alerts.observe(latest, window.get(), showingLiveValues.get());
            refresh();
        }
    }

    private void titles() {
        String w = windowLabel(window.get());
        for (TileModel m : tiles) {
            String base = messages.get("tile." + m.id() + ".title");
            m.titleProperty().set(WINDOWED.contains(m.id()) ? messages.get("board.window.tileTitle", base, w) : base);
        }
    }

    private static final java.util.Set<String> WINDOWED =
            java.util.Set.of("serviceLevel", "abandoned", "overflowed", "offered", "asa", "aht");

    /**
     * One hour of today on the calls tile's trend: calls offered and answered, by the hour they entered, and the
     * calls forecast for that hour ({@code null} when there is no forecast); an hour still to come has only its
     * forecast ({@code offered} and {@code answered} are then -1).
     */
    public record TrendPoint(String label, long offered, long answered, Double forecast) {

        public boolean happened() {
            return offered >= 0;
        }
    }

    /** Today's forecast calls per hour label, by queue id (the center's under {@link FloorSnapshot#ALL_QUEUES}). */
    private final Map<String, java.util.LinkedHashMap<String, Double>> forecasts = new HashMap<>();

    /**
     * Today's forecast for a queue (or the center), calls per hour of the day in the order of the day; an empty
     * map when there is none (no history). FX thread.
     */
    public void setForecast(String queue, java.util.LinkedHashMap<String, Double> callsByHour) {
        forecasts.put(queue, new java.util.LinkedHashMap<>(callsByHour));
        refresh();
    }

    /** The queue whose figures are shown, the center's id for all queues. */
    public String shownQueue() {
        return selected.get() == null ? FloorSnapshot.ALL_QUEUES : selected.get().id();
    }

    private final ObjectProperty<List<TrendPoint>> trend = new SimpleObjectProperty<>(this, "trend", List.of());

    /** Today's offered and answered calls hour by hour, for the queue shown; empty while there is no data. */
    public javafx.beans.property.ReadOnlyObjectProperty<List<TrendPoint>> trendProperty() {
        return trend;
    }

    /** The 15-minute volumes of today by hour of the day in {@code zone}, oldest first. */
    static List<TrendPoint> hourly(List<io.floorview.domain.kpi.IntervalVolume> quarters, ZoneId zone) {
        return hourly(quarters, zone, Map.of());
    }

    /** As {@link #hourly(List, ZoneId)}, with the forecast's hours (the whole day, in its order) merged in. */
    static List<TrendPoint> hourly(List<io.floorview.domain.kpi.IntervalVolume> quarters, ZoneId zone,
                                   Map<String, Double> forecast) {
        java.util.LinkedHashMap<String, long[]> hours = new java.util.LinkedHashMap<>();
        for (String h : forecast.keySet()) {
            hours.put(h, new long[] {-1, -1});
        }
        DateTimeFormatter hour = DateTimeFormatter.ofPattern("HH:00");
        for (io.floorview.domain.kpi.IntervalVolume v : quarters) {
            long[] h = hours.computeIfAbsent(hour.format(Instant.ofEpochMilli(v.startMs()).atZone(zone)),
                    k -> new long[] {-1, -1});
            h[0] = Math.max(0, h[0]) + v.offered();
            h[1] = Math.max(0, h[1]) + v.answered();
        }
        List<TrendPoint> out = new ArrayList<>(hours.size());
        hours.forEach((label, h) -> out.add(new TrendPoint(label, h[0], h[1], forecast.get(label))));
        return out;
    }

    public List<TileModel> tiles() {
        return tiles;
    }

    public TileModel tileById(String id) {
        return tiles.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tile " + id));
    }

    public ObservableList<QueueChoice> queues() {
        return queues;
    }

    public ObjectProperty<QueueChoice> selectedProperty() {
        return selected;
    }

    /** Shows the queue with id {@code queueId} ({@link FloorSnapshot#ALL_QUEUES} for all). */
    public void select(String queueId) {
        queues.stream().filter(q -> q.id().equals(queueId)).findFirst().ifPresent(selected::set);
    }

    public StringProperty dayTextProperty() {
        return dayText;
    }

    public StringProperty siteTextProperty() {
        return siteText;
    }

    public ObjectProperty<FeedStatus.State> connectionProperty() {
        return connection;
    }

    public StringProperty connectionTextProperty() {
        return connectionText;
    }

    public StringProperty connectionDetailProperty() {
        return connectionDetail;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    public ObjectProperty<Double> rebuildProgressProperty() {
        return rebuildProgress;
    }

    /** True once the tiles show figures from the feed (events taken in and the feed live). */
    public BooleanProperty showingLiveValuesProperty() {
        return showingLiveValues;
    }

    public ObjectProperty<AgentsByState> agentStatesProperty() {
        return agentStates;
    }

    public FloorSnapshot latest() {
        return latest;
    }

    /** Takes in the floor's newest figures. FX thread. */
    public void update(FloorSnapshot snapshot) {
        latest = Objects.requireNonNull(snapshot);
        syncQueues(snapshot);
        DateTimeFormatter df = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(messages.locale());
        dayText.set(messages.get("day.today", df.format(snapshot.day()), snapshot.zone().getId()));
        siteText.set(snapshot.site() == null ? "" : snapshot.site());
        alerts.observe(snapshot, window.get(), live(snapshot));
        refresh();
        board.update(snapshot);
        updateLive();
    }

    /** Takes in the feed's newest status. FX thread. */
    public void update(FeedStatus status) {
        lastStatus = status;
        connection.set(status.state());
        String since = DateTimeFormatter.ofPattern("HH:mm", messages.locale())
                .format(Instant.ofEpochMilli(status.sinceMs()).atZone(displayZone));
        connectionText.set(switch (status.state()) {
            case CONNECTING -> messages.get("connection.connecting");
            case REBUILDING -> messages.get("connection.rebuilding",
                    (int) Math.round(Math.max(0, status.progress()) * 100));
            case LIVE -> messages.get("connection.live");
            case RECONNECTING -> messages.get("connection.reconnecting");
            case OFFLINE -> messages.get("connection.offline", since);
        });
        connectionDetail.set(status.detail() == null ? messages.get("connection.source", status.source())
                : messages.get("connection.detail", status.source(), status.detail()));
        rebuildProgress.set(status.state() == FeedStatus.State.REBUILDING ? status.progress() : -1.0);
        statusText.set(messages.get("status.line", formats.count(status.eventsStored()),
                formats.count(status.setAside()), status.feed() == null ? formats.undefined() : status.feed(),
                formats.count(status.lastSeq())));
        updateLive();
    }

    private void updateLive() {
        showingLiveValues.set(live(latest));
    }

    /** Whether {@code s} holds the feed's live figures (events taken in, the feed live), not today rebuilt. */
    private boolean live(FloorSnapshot s) {
        return s != null && s.eventsApplied() > 0 && lastStatus != null && lastStatus.state() == FeedStatus.State.LIVE;
    }

    private void syncQueues(FloorSnapshot s) {
        Map<String, String> want = new LinkedHashMap<>();
        want.put(FloorSnapshot.ALL_QUEUES, messages.get("queue.all"));
        for (QueueKpis q : s.queues()) {
            want.put(q.queue(), q.name());
        }
        List<QueueChoice> current = new ArrayList<>(queues);
        boolean same = current.size() == want.size();
        if (same) {
            int i = 0;
            for (var e : want.entrySet()) {
                QueueChoice c = current.get(i++);
                if (!c.id().equals(e.getKey()) || !c.name().equals(e.getValue())) {
                    same = false;
                    break;
                }
            }
        }
        if (!same) {
            String keep = selected.get() == null ? FloorSnapshot.ALL_QUEUES : selected.get().id();
            List<QueueChoice> fresh = new ArrayList<>();
            want.forEach((id, name) -> fresh.add(new QueueChoice(id, name)));
            queues.setAll(fresh);
            String want2 = pendingQueue != null ? pendingQueue : keep;
            QueueChoice again = fresh.stream().filter(c -> c.id().equals(want2)).findFirst()
                    .orElse(fresh.stream().filter(c -> c.id().equals(keep)).findFirst().orElse(fresh.get(0)));
            if (again.id().equals(pendingQueue)) {
                pendingQueue = null;
            }
            selected.set(again);
        }
    }

    private void refresh() {
        if (latest == null || selected.get() == null) {
            return;
        }
        QueueKpis q = latest.queue(selected.get().id()).orElse(latest.center());
        CallFigures f = q.figures(window.get());
        String qid = q.queue();
        QueueSettings qs = q.settings();
        int t = qs.slThresholdSec();

        callLists.update(latest, q);
        AgentsByState st = q.agents();
        if (latest.eventsApplied() == 0) {
            // nothing from the phone system yet (offline since the start, or a feed that sent nothing): no figure
            // and no level, rather than zeros that look like a quiet, healthy floor
            for (TileModel m : tiles) {
                m.set(Double.NaN, formats.undefined(), messages.get("tile.noData"), Level.NONE);
            }
            agentStates.set(st);
            trend.set(List.of());
            refreshes.set(refreshes.get() + 1);
            return;
        }
        waiting.set(q.waiting(), formats.count(q.waiting()), messages.get("tile.waiting.detail", st.ready()),
                level(qid, Metric.WAITING));

        Level waitLevel = level(qid, Metric.LONGEST_WAIT);
        // the objective and the levels side by side: a wait past the objective but under the warning level is
        // not an alarm, and the tile says why
        io.floorview.domain.alert.Threshold waitLevels = alerts.thresholds().of(qid, Metric.LONGEST_WAIT);
        longestWait.set(q.longestWaitMs() / 1000.0, formats.duration(q.longestWaitMs()),
                messages.get("tile.longestWait.detail", t,
                        formats.duration(Math.round(waitLevels.warning() * 1000)),
                        formats.duration(Math.round(waitLevels.critical() * 1000))), waitLevel);

        Double sl = f.serviceLevel();
        Level slLevel = level(qid, Metric.SERVICE_LEVEL);
        serviceLevel.set(sl == null ? Double.NaN : sl * 100, formats.percent(sl),
                messages.get("tile.serviceLevel.detail", formatTarget(qs.slTargetPercent()), t), slLevel);
        serviceLevel.tooltipProperty().set(messages.get("tile.serviceLevel.tooltip",
                messages.get("formula.sl." + qs.slFormula().name()), qs.slFormula().expression(), t));

        Double rate = f.abandonRate();
        Level abLevel = level(qid, Metric.ABANDON_RATE);
        abandoned.set(f.abandoned(), formats.count(f.abandoned()),
                messages.get("tile.abandoned.detail", formats.percent(rate), formats.count(f.shortAbandoned())),
                abLevel);
        abandoned.tooltipProperty().set(messages.get("tile.abandoned.tooltip", qs.abandonFormula().expression()));

        overflowed.set(f.overflowed(), formats.count(f.overflowed()), overflowDetail(f), Level.NONE);
        overflowed.tooltipProperty().set(messages.get(q.isAllQueues() ? "tile.overflowed.tooltip.all"
                : "tile.overflowed.tooltip"));

        offered.set(f.offered(), formats.count(f.offered()),
                messages.get("tile.offered.detail", formats.count(f.offered()), formats.count(f.answered()),
                        formats.count(f.transferred())),
                Level.NONE);
        offered.tooltipProperty().set(messages.get("trend.tooltip"));
        List<TrendPoint> hours = hourly(q.intervals(), displayZone, forecasts.getOrDefault(qid, new java.util.LinkedHashMap<>()));
        if (!hours.equals(trend.get())) {
            trend.set(hours);
        }

        asa.set(f.asaMs() == null ? Double.NaN : f.asaMs() / 1000, formats.duration(f.asaMs()),
                messages.get("tile.asa.detail", formats.duration(f.avgAbandonMs()), formats.duration(f.maxWaitMs())),
                level(qid, Metric.ASA));

        Double ahtMs = f.ahtMs();
        aht.set(ahtMs == null ? Double.NaN : ahtMs / 1000, formats.duration(ahtMs),
                messages.get("tile.aht.detail", formats.duration(f.avgTalkMs()), formats.duration(f.avgHoldMs()),
                        formats.duration(f.avgWrapMs()), formats.count(f.handled())), Level.NONE);

        Double occ = q.occupancy();
        occupancy.set(occ == null ? Double.NaN : occ * 100, formats.percent(occ),
                messages.get("tile.occupancy.detail"),
                level(qid, Metric.OCCUPANCY));

        int cap = latest.lineCapacity();
        lines.set(latest.linesInUse(), cap == 0 ? formats.count(latest.linesInUse())
                        : messages.get("tile.lines.value", formats.count(latest.linesInUse()), formats.count(cap)),
                rejectDetail(f), level(FloorSnapshot.ALL_QUEUES, Metric.LINES));

        levelTooltips(qid);
        agentStates.set(st);
        agents.set(st.loggedIn(), formats.count(st.loggedIn()),
                messages.get("tile.agents.detail", st.ready(), st.onCall(), st.wrapUp(), st.notReady(),
                        st.loggedOut()), Level.NONE);

        notReady.set(st.notReady(), formats.count(st.notReady()), notReadyDetail(st), Level.NONE);
        refreshes.set(refreshes.get() + 1);
    }

    private final javafx.beans.property.IntegerProperty refreshes =
            new javafx.beans.property.SimpleIntegerProperty(this, "refreshes");

    /** Goes up by one after each refresh of the tiles' figures (views draw once per refresh, not per figure). */
    public javafx.beans.property.ReadOnlyIntegerProperty refreshesProperty() {
        return refreshes;
    }

    private static final Map<String, Metric> TILE_METRICS = Map.of("waiting", Metric.WAITING,
            "longestWait", Metric.LONGEST_WAIT, "serviceLevel", Metric.SERVICE_LEVEL, "abandoned",
            Metric.ABANDON_RATE, "asa", Metric.ASA, "occupancy", Metric.OCCUPANCY, "lines", Metric.LINES);

    /** The metric whose levels colour a tile, or {@code null}. */
    public static Metric metricOf(String tileId) {
        return TILE_METRICS.get(tileId);
    }

    private void levelTooltips(String qid) {
        TILE_METRICS.forEach((id, m) -> {
            String queue = m == Metric.LINES ? FloorSnapshot.ALL_QUEUES : qid;
            var t = alerts.thresholds().of(queue, m);
            String levels = messages.get("alert.levels", alerts.valueText(m, t.warning()),
                    alerts.valueText(m, t.critical()), messages.get(m.higherIsWorse() ? "alert.atOrAbove"
                            : "alert.below"));
            TileModel tile = tileById(id);
            String base = switch (id) {
                case "serviceLevel", "abandoned" -> tile.tooltipProperty().get().split("\n", 2)[0];
                default -> "";
            };
            tile.tooltipProperty().set(base.isEmpty() ? levels : base + "\n" + levels);
        });
    }

    private Level level(String queue, Metric metric) {
        io.floorview.domain.alert.AlertLevel l = alerts.level(queue, metric);
        return l == null ? Level.NONE : Level.valueOf(l.name());
    }

    private String formatTarget(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }

    private String overflowDetail(CallFigures f) {
        List<String> parts = new ArrayList<>();
        for (OverflowReason r : OverflowReason.values()) {
            long n = f.overflowByReason().get(r);
            if (n > 0) {
                parts.add(messages.get("overflow." + r.wire()) + " " + formats.count(n));
            }
        }
        return parts.isEmpty() ? messages.get("tile.overflowed.none") : String.join(" · ", parts);
    }

    private String rejectDetail(CallFigures f) {
        List<String> parts = new ArrayList<>();
        for (RejectReason r : RejectReason.values()) {
            long n = f.rejectByReason().get(r);
            if (n > 0) {
                parts.add(messages.get("reject." + r.wire()) + " " + formats.count(n));
            }
        }
        return messages.get("tile.lines.detail", formats.count(f.rejected()),
                parts.isEmpty() ? "" : " (" + String.join(" · ", parts) + ")");
    }

    private String notReadyDetail(AgentsByState st) {
        if (st.notReady() == 0) {
            return messages.get("tile.notReady.none");
        }
        List<String> parts = new ArrayList<>();
        st.notReadyByReasonSorted().forEach((reason, n) -> parts.add(reasonLabel(reason) + " " + n));
        return String.join(" · ", parts);
    }

    /** The label of a not-ready reason code: a translated one for the common codes, else the code itself. */
    public String reasonLabel(String code) {
        if (code == null || code.isBlank()) {
            return messages.get("reason.none");
        }
        String key = "reason." + code.toLowerCase(Locale.ROOT);
        return messages.has(key) ? messages.get(key) : code;
    }

    public Formats formats() {
        return formats;
    }

    /** The time zone times of day are shown in. */
    public ZoneId displayZone() {
        return displayZone;
    }

    public Messages messages() {
        return messages;
    }
}
