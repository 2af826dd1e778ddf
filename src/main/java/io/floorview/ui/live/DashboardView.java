package io.floorview.ui.live;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import eu.hansolo.tilesfx.chart.ChartData;
import eu.hansolo.tilesfx.skins.BarChartItem;
import io.floorview.domain.kpi.AgentsByState;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.ui.common.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The live tiles: one TilesFX tile per figure, laid out in a grid that grows with the window. Each tile shows
 * its level against the objective by colour and by a badge with a word.
 */
public final class DashboardView extends GridPane {

    static final Color READY = Color.web("#4caf50");
    static final Color ON_CALL = Color.web("#2196f3");
    static final Color WRAP_UP = Color.web("#ffb300");
    static final Color NOT_READY = Color.web("#e53935");
    static final Color LOGGED_OUT = Color.web("#757575");
    /** The tiles' colours in a theme (TilesFX draws with colours, not with the style sheet). */
    private record Palette(Color tileBg, Color warningBg, Color criticalBg, Color okValue, Color warningValue,
                           Color criticalValue, Color title, Color text) {
    }

    private static final Palette DARK = new Palette(Color.web("#2a2a2e"), Color.web("#4d3d10"), Color.web("#5c1f1f"),
            Color.web("#eeeeee"), Color.web("#ffca28"), Color.web("#ff6e6e"), Color.web("#d0d0d6"),
            Color.web("#b0b0b8"));
    private static final Palette LIGHT = new Palette(Color.web("#ffffff"), Color.web("#fff3cd"), Color.web("#fde2e1"),
            Color.web("#1d1d22"), Color.web("#8a5a00"), Color.web("#b3261e"), Color.web("#3a3a44"),
            Color.web("#4a4a55"));
    private Palette palette = DARK;
    private static final Color[] REASON_COLORS = {Color.web("#ef5350"), Color.web("#ab47bc"), Color.web("#26c6da"),
        Color.web("#ffa726"), Color.web("#8d6e63"), Color.web("#78909c"), Color.web("#d4e157")};

    private static final int COLUMNS = 4;

    private final DashboardViewModel model;
    private final Messages messages;
    private final Map<String, Tile> tiles = new HashMap<>();
    private AgentsByState shownAgents;
    private static final Color OFFERED_LINE = Color.web("#42a5f5");
    private static final Color ANSWERED_LINE = Color.web("#66bb6a");
    private static final Color FORECAST_LINE = Color.web("#9e9e9e");
    /** The offered tile's trend: today's offered and answered calls per hour, updated in place. */
    private final javafx.scene.chart.XYChart.Series<String, Number> trendOffered = new javafx.scene.chart.XYChart.Series<>();
    private final javafx.scene.chart.XYChart.Series<String, Number> trendAnswered = new javafx.scene.chart.XYChart.Series<>();
    private final javafx.scene.chart.XYChart.Series<String, Number> trendForecast = new javafx.scene.chart.XYChart.Series<>();
    /** The trend is redrawn at most every few seconds: a chart's layout is costly and an hour's line moves slowly. */
    private static final javafx.util.Duration TREND_EVERY = javafx.util.Duration.seconds(5);
    /** The trend is drawn at once when it changes, then at most every 5 s (FxLater: not an FX animation). */
    private final io.floorview.ui.common.FxLater.Paced trendRedraw =
            new io.floorview.ui.common.FxLater.Paced(0, (long) TREND_EVERY.toMillis(), this::showTrend);
    /** The scale the not-ready bars were last given: the agents logged in. */
    private int reasonBarsScale = -1;
    private final Map<String, BarChartItem> reasonBars = new java.util.TreeMap<>();

    public DashboardView(DashboardViewModel model) {
        this.model = model;
        this.messages = model.messages();
        setId("dashboard");
        getStyleClass().add("dashboard");
        setHgap(10);
        setVgap(10);
        for (TileModel m : model.tiles()) {
            cells.put(m.id(), cell(m, create(m)));
        }
        model.layout().tiles().addListener((javafx.collections.ListChangeListener<String>) c -> arrange());
        arrange();
        model.refreshesProperty().addListener((obs, was, now) -> showChanged());
        model.agentStatesProperty().addListener((obs, was, now) -> showAgents(now));
        showAgents(model.agentStatesProperty().get());
        trendOffered.setName(messages.get("trend.offered"));
        trendAnswered.setName(messages.get("trend.answered"));
        trendForecast.setName(messages.get("trend.forecast"));
        model.trendProperty().addListener((obs, was, now) -> trendRedraw.ask());
    }

    private final Map<String, StackPane> cells = new HashMap<>();
    private int columns = COLUMNS;

    /** Lays out the tiles the supervisor chose, in their order, {@code columns} to a row. */
    private void arrange() {
        getChildren().clear();
        getColumnConstraints().clear();
        getRowConstraints().clear();
        List<String> shown = model.layout().tiles();
        int n = Math.max(1, shown.size());
        int cols = Math.min(columns, n);
        for (int c = 0; c < cols; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / cols);
            cc.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(cc);
        }
        int rows = (n + cols - 1) / cols;
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(rc);
        }
        for (int i = 0; i < shown.size(); i++) {
            StackPane cell = cells.get(shown.get(i));
            if (cell != null) {
                add(cell, i % cols, i / cols);
            }
        }
    }

    /** Draws the tiles in the light theme's colours, or the dark theme's. */
    public void setLight(boolean light) {
        Palette p = light ? LIGHT : DARK;
        if (p == palette) {
            return;
        }
        palette = p;
        for (TileModel m : model.tiles()) {
            show(m, tiles.get(m.id()));
        }
    }

    /** How many tiles go to a row (the wallboard uses fewer, larger ones). */
    public void setColumns(int columns) {
        this.columns = Math.max(1, columns);
        arrange();
    }

    /** The tile of {@code id}, for tests and the wallboard. */
    public Tile tile(String id) {
        return tiles.get(id);
    }

    private Tile create(TileModel m) {
        Tile.SkinType skin = switch (m.id()) {
            case "longestWait", "asa", "aht" -> Tile.SkinType.CENTER_TEXT;
            case "serviceLevel" -> Tile.SkinType.GAUGE;
            case "occupancy", "lines" -> Tile.SkinType.BAR_GAUGE;
            case "agents" -> Tile.SkinType.DONUT_CHART;
            case "notReady" -> Tile.SkinType.BAR_CHART;
            case "offered" -> Tile.SkinType.SMOOTHED_CHART;
            default -> Tile.SkinType.NUMBER;
        };
        TileBuilder<?> b = TileBuilder.create()
                .skinType(skin)
                .title(m.titleProperty().get())
                .animated(false)
                .decimals(0)
                .backgroundColor(palette.tileBg())
                .textVisible(true)
                // a tile's type follows its shorter side; the floor's tiles are wide and low, so the title and
                // the line under the figure take TilesFX's larger text to stay readable from a step back
                .textSize(Tile.TextSize.BIGGER)
                .minSize(150, 120)
                .prefSize(320, 220);
        switch (m.id()) {
            case "serviceLevel" -> b.unit("%").minValue(0).maxValue(100).decimals(1).thresholdVisible(true)
                    .threshold(80).barColor(Color.web("#42a5f5"));
            case "occupancy" -> b.unit("%").minValue(0).maxValue(100).decimals(1).thresholdVisible(true)
                    .threshold(92).barColor(Color.web("#42a5f5"));
            case "lines" -> b.minValue(0).maxValue(1).thresholdVisible(true).barColor(Color.web("#42a5f5"));
            case "offered" -> b.chartType(Tile.ChartType.LINE).smoothing(false)
                    // the line runs from the day's start to now: an hour under every point would take half the tile
                    .tickLabelsXVisible(false).tilesFxSeries(
                    new eu.hansolo.tilesfx.chart.TilesFXSeries<>(trendOffered, OFFERED_LINE),
                    new eu.hansolo.tilesfx.chart.TilesFXSeries<>(trendAnswered, ANSWERED_LINE),
                    new eu.hansolo.tilesfx.chart.TilesFXSeries<>(trendForecast, FORECAST_LINE));
            default -> {
            }
        }
        Tile t = b.build();
        t.setId("tile-" + m.id());
        t.setFocusTraversable(true);
        tiles.put(m.id(), t);
        bind(m, t);
        return t;
    }

    private void showTrend() {
        List<DashboardViewModel.TrendPoint> points = model.trendProperty().get();
        setPoints(trendForecast, points, p -> p.forecast());
        setPoints(trendOffered, points, p -> p.happened() ? p.offered() : null);
        setPoints(trendAnswered, points, p -> p.happened() ? p.answered() : null);
    }

    /**
     * Sets a series' points (the hours {@code y} gives a number for) in place: when the hours are the same only a
     * changed point moves; otherwise the series takes the new points.
     */
    private static void setPoints(javafx.scene.chart.XYChart.Series<String, Number> series,
                                  List<DashboardViewModel.TrendPoint> points,
                                  java.util.function.Function<DashboardViewModel.TrendPoint, Number> y) {
        List<String> labels = new java.util.ArrayList<>();
        List<Number> values = new java.util.ArrayList<>();
        for (DashboardViewModel.TrendPoint p : points) {
            Number v = y.apply(p);
            if (v != null) {
                labels.add(p.label());
                values.add(v);
            }
        }
        var data = series.getData();
        boolean sameHours = data.size() <= labels.size();
        for (int i = 0; sameHours && i < data.size(); i++) {
            sameHours = data.get(i).getXValue().equals(labels.get(i));
        }
        if (!sameHours) {
            List<javafx.scene.chart.XYChart.Data<String, Number>> fresh = new java.util.ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                fresh.add(new javafx.scene.chart.XYChart.Data<>(labels.get(i), values.get(i)));
            }
            data.setAll(fresh);
            return;
        }
        for (int i = 0; i < labels.size(); i++) {
            if (i < data.size()) {
                if (data.get(i).getYValue().doubleValue() != values.get(i).doubleValue()) {
                    data.get(i).setYValue(values.get(i));
                }
            } else {
                data.add(new javafx.scene.chart.XYChart.Data<>(labels.get(i), values.get(i)));
            }
        }
    }

    private void bind(TileModel m, Tile t) {
        m.titleProperty().addListener((o, a, b) -> {
            if (m.id().equals("offered")) {
                show(m, t); // its title carries the day's numbers
            } else {
                t.setTitle(b);
            }
        });
        show(m, t);
    }


    /** What a tile was last drawn from: a tile is drawn again only when this changes. */
    private record Drawn(double value, String text, String detail, Level level, String tooltip, Palette palette,
                         double extra) {
    }

    private final Map<String, Drawn> drawn = new HashMap<>();

    /** After each refresh of the figures: draws the tiles whose figures changed, each once. */
    private void showChanged() {
        FloorSnapshot s = model.latest();
        for (TileModel m : model.tiles()) {
            double extra = switch (m.id()) {
                case "lines" -> s == null ? 0 : s.lineCapacity();
                case "serviceLevel" -> s == null ? 0 : model.settingsOf(model.selectedProperty().get() == null
                        ? FloorSnapshot.ALL_QUEUES : model.selectedProperty().get().id()).slTargetPercent();
                default -> 0;
            };
            Drawn d = new Drawn(m.valueProperty().get(), m.valueTextProperty().get(), m.detailProperty().get(),
                    m.levelProperty().get(), m.tooltipProperty().get(), palette, extra);
            if (!d.equals(drawn.get(m.id()))) {
                drawn.put(m.id(), d);
                show(m, tiles.get(m.id()));
            }
        }
    }

    private void show(TileModel m, Tile t) {
        double v = m.valueProperty().get();
        boolean defined = !Double.isNaN(v);
        switch (m.id()) {
            case "longestWait", "asa", "aht" -> TileSetters.description(t, m.valueTextProperty().get());
            case "serviceLevel", "occupancy" -> {
                TileSetters.valueVisible(t, defined);
                t.setValue(defined ? v : 0);
                if ("serviceLevel".equals(m.id()) && model.latest() != null) {
                    FloorSnapshot s = model.latest();
                    String q = model.selectedProperty().get() == null ? FloorSnapshot.ALL_QUEUES
                            : model.selectedProperty().get().id();
                    s.queue(q).ifPresent(k -> TileSetters.threshold(t, k.settings().slTargetPercent()));
                }
            }
            case "lines" -> {
                FloorSnapshot s = model.latest();
                int cap = s == null ? 0 : s.lineCapacity();
                TileSetters.maxValue(t, Math.max(1, cap));
                TileSetters.threshold(t, Math.max(1, cap) * 0.9);
                TileSetters.valueVisible(t, defined);
                t.setValue(defined ? v : 0);
                TileSetters.description(t, m.valueTextProperty().get());
            }
            case "agents", "notReady" -> t.setValue(defined ? v : 0); // the charts are drawn from the agent states
            case "offered" -> {
                // a chart tile shows no value or text line: the day's numbers go in its title
                t.setValue(defined ? v : 0);
                TileSetters.title(t, messages.get("trend.title", m.titleProperty().get(), m.detailProperty().get()));
            }
            default -> {
                TileSetters.valueVisible(t, defined); // no number at all while there is no data
                t.setValue(defined ? v : 0);
            }
        }
        TileSetters.text(t, m.detailProperty().get());
        String tip = m.tooltipProperty().get();
        TileSetters.accessibleText(t, m.titleProperty().get() + ": " + m.valueTextProperty().get() + ". "
                + m.detailProperty().get() + levelWord(m.levelProperty().get()));
        if (tip != null && !tip.isBlank()) {
            TileSetters.tooltip(t, tip);
        }
        Level level = m.levelProperty().get();
        Palette p = palette;
        Color valueColor = level == Level.CRITICAL ? p.criticalValue() : level == Level.WARNING ? p.warningValue()
                : p.okValue();
        TileSetters.colors(t, level == Level.CRITICAL ? p.criticalBg() : level == Level.WARNING ? p.warningBg()
                : p.tileBg(), valueColor, p.title(), p.text(), p.okValue());
    }

    private String levelWord(Level level) {
        return level == Level.NONE ? "" : " " + messages.get("level." + level.name()) + ".";
    }

    private StackPane cell(TileModel m, Tile tile) {
        Label badge = new Label();
        badge.setId("badge-" + m.id());
        badge.getStyleClass().add("level-badge");
        badge.setMouseTransparent(true);
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        Runnable showBadge = () -> {
            Level l = m.levelProperty().get();
            badge.setText(messages.get("level." + l.name()));
            badge.setVisible(l != Level.NONE);
            badge.getStyleClass().removeAll("level-ok", "level-warning", "level-critical");
            if (l != Level.NONE) {
                badge.getStyleClass().add("level-" + l.name().toLowerCase(java.util.Locale.ROOT));
            }
        };
        m.levelProperty().addListener((o, a, b) -> showBadge.run());
        showBadge.run();
        StackPane cell = new StackPane(tile, badge);
        cell.getStyleClass().add("tile-cell");
        Tooltip.install(cell, tooltipFor(m));
        return cell;
    }

    private Tooltip tooltipFor(TileModel m) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(m.tooltipProperty());
        return tip;
    }

    /**
     * A chart value that changes at once. TilesFX animates every new or changed chart value for 800 ms with a
     * Timeline; the agents' states change several times a second, so the animations never ended and kept the
     * whole scene pulsing 60 times a second.
     */
    private static ChartData still(ChartData d) {
        d.setAnimated(false);
        return d;
    }

    private void showAgents(AgentsByState st) {
        Tile donut = tiles.get("agents");
        Tile bars = tiles.get("notReady");
        if (donut == null || bars == null || st == null || st.equals(shownAgents)) {
            return;
        }
        shownAgents = st;
        donut.setChartData(
                still(new ChartData(messages.get("state.ready"), st.ready(), READY)),
                still(new ChartData(messages.get("state.on_call"), st.onCall(), ON_CALL)),
                still(new ChartData(messages.get("state.wrap_up"), st.wrapUp(), WRAP_UP)),
                still(new ChartData(messages.get("state.not_ready"), st.notReady(), NOT_READY)));
        // one bar per reason, kept and updated in place; bars of reasons nobody has any more go. Every bar is out
        // of the agents logged in: TilesFX gives a bar the tile's scale only when it is added, so each bar is told
        // the scale itself whenever it changes
        int scale = Math.max(1, st.loggedIn());
        TileSetters.maxValue(bars, scale);
        boolean rescale = scale != reasonBarsScale;
        reasonBarsScale = scale;
        Map<String, Integer> byReason = st.notReadyByReasonSorted();
        reasonBars.keySet().removeIf(reason -> {
            if (!byReason.containsKey(reason)) {
                bars.removeBarChartItem(reasonBars.get(reason));
                return true;
            }
            return false;
        });
        for (var e : byReason.entrySet()) {
            BarChartItem item = reasonBars.get(e.getKey());
            if (item == null) {
                item = new BarChartItem(model.reasonLabel(e.getKey()), e.getValue(),
                        REASON_COLORS[Math.floorMod(e.getKey().hashCode(), REASON_COLORS.length)]);
                still(item.getChartData());
                item.setMaxValue(scale);
                reasonBars.put(e.getKey(), item);
                bars.addBarChartItem(item);
                item.setMaxValue(scale);
            } else {
                if (rescale) {
                    item.setMaxValue(scale);
                }
                item.setValue(e.getValue());
            }
        }
    }
}
