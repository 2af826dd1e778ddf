package io.floorview.ui.staffing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;

/**
 * Scheduled agents on the queues (bars) against the heads required (a step line), interval by interval. A bar
 * short of the line is under-staffed: critical colour, hollow, and a ▼ above it; a bar over it is over-staffed:
 * warning colour and a ▲; so it reads without colour too. Without a schedule only the required line is drawn.
 * Built of nodes (ids {@code coverage-bar-N}, {@code coverage-mark-N}, {@code coverage-required}) so tests and
 * screen readers can find them.
 */
public final class CoverageChart extends Region {

    private static final double LEFT = 44;
    private static final double BOTTOM = 22;
    private static final double TOP = 16;
    private static final double RIGHT = 10;

    private final String describe;
    private final String underWord;
    private final String overWord;
    private List<CoveragePoint> points = List.of();
    private boolean scheduleShown;
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    /**
     * @param describe a bar's tooltip pattern: {0} time, {1} scheduled, {2} required, {3} status word
     */
    public CoverageChart(String describe, String underWord, String overWord) {
        this.describe = describe;
        this.underWord = underWord;
        this.overWord = overWord;
        setId("coverage-chart");
        getStyleClass().add("coverage-chart");
        setMinHeight(180);
        setPrefHeight(260);
    }

    /** Shows {@code points}; {@code withSchedule} false draws the required line alone (no scheduled series). */
    public void show(List<CoveragePoint> points, boolean withSchedule) {
        this.points = List.copyOf(points);
        this.scheduleShown = withSchedule;
        drawnWidth = -1;
        requestLayout();
    }

    public List<CoveragePoint> points() {
        return points;
    }

    public boolean scheduleShown() {
        return scheduleShown;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w == drawnWidth && h == drawnHeight) {
            return; // nodes are rebuilt only when the data or the size changed
        }
        drawnWidth = w;
        drawnHeight = h;
        getChildren().clear();
        int n = points.size();
        if (n == 0 || w <= LEFT + RIGHT || h <= TOP + BOTTOM) {
            return;
        }
        double max = 1;
        for (CoveragePoint p : points) {
            if (p.required() != null) {
                max = Math.max(max, p.required());
            }
            if (scheduleShown && p.scheduled() != null) {
                max = Math.max(max, p.scheduled());
            }
        }
        double step = niceStep(max / 5);
        double top = Math.ceil(max * 1.1 / step) * step;
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        double slotW = plotW / n;
        List<javafx.scene.Node> nodes = new ArrayList<>();
        for (double v = 0; v <= top + 1e-9; v += step) {
            double y = TOP + plotH - v / top * plotH;
            Line grid = new Line(LEFT, y, w - RIGHT, y);
            grid.getStyleClass().add("coverage-grid");
            Text t = new Text(format(v));
            t.getStyleClass().add("coverage-axis");
            t.setTextOrigin(VPos.CENTER);
            t.setX(LEFT - 6 - t.getLayoutBounds().getWidth());
            t.setY(y);
            nodes.add(grid);
            nodes.add(t);
        }
        int labelEvery = Math.max(1, (int) Math.ceil(40 / slotW));
        int perHour = Math.max(1, n / 24);
        labelEvery = Math.max(perHour, (labelEvery + perHour - 1) / perHour * perHour);
        for (int i = 0; i < n; i += labelEvery) {
            Text t = new Text(points.get(i).label());
            t.getStyleClass().add("coverage-axis");
            t.setTextOrigin(VPos.TOP);
            t.setX(LEFT + i * slotW);
            t.setY(TOP + plotH + 4);
            nodes.add(t);
        }
        if (scheduleShown) {
            for (int i = 0; i < n; i++) {
                CoveragePoint p = points.get(i);
                if (p.scheduled() == null) {
                    continue;
                }
                double bh = p.scheduled() / top * plotH;
                Region bar = new Region();
                bar.setId("coverage-bar-" + i);
                bar.getStyleClass().addAll("coverage-bar", "coverage-" + p.status().name().toLowerCase());
                double gap = slotW > 4 ? 1 : 0;
                bar.resizeRelocate(LEFT + i * slotW + gap, TOP + plotH - bh, Math.max(1, slotW - 2 * gap), bh);
                String word = switch (p.status()) {
                    case UNDER -> underWord;
                    case OVER -> overWord;
                    default -> "";
                };
                Tooltip.install(bar, new Tooltip(java.text.MessageFormat.format(describe, p.label(),
                        format(p.scheduled()), p.required() == null ? "\u2014" : p.required(), word)));
                nodes.add(bar);
                if (p.status() == CoveragePoint.Status.UNDER || p.status() == CoveragePoint.Status.OVER) {
                    Label mark = new Label(p.status() == CoveragePoint.Status.UNDER ? "\u25BC" : "\u25B2");
                    mark.setId("coverage-mark-" + i);
                    mark.getStyleClass().addAll("coverage-mark", "coverage-" + p.status().name().toLowerCase());
                    mark.setAccessibleText(word);
                    mark.setMouseTransparent(true);
                    double y = Math.min(TOP + plotH - bh, requiredY(p, top, plotH)) - 12;
                    mark.resizeRelocate(LEFT + i * slotW + slotW / 2 - 5, Math.max(0, y), 10, 12);
                    nodes.add(mark);
                }
            }
        }
        Polyline required = new Polyline();
        required.setId("coverage-required");
        required.getStyleClass().add("coverage-required");
        Double prevY = null;
        for (int i = 0; i < n; i++) {
            CoveragePoint p = points.get(i);
            if (p.required() == null) {
                if (!required.getPoints().isEmpty()) {
                    nodes.add(required);
                    required = new Polyline();
                    required.getStyleClass().add("coverage-required");
                }
                prevY = null;
                continue;
            }
            double y = requiredY(p, top, plotH);
            double x0 = LEFT + i * slotW;
            if (prevY != null && prevY != y) {
                required.getPoints().addAll(x0, prevY);
            }
            required.getPoints().addAll(x0, y, x0 + slotW, y);
            prevY = y;
        }
        if (!required.getPoints().isEmpty()) {
            nodes.add(required);
        }
        Line axis = new Line(LEFT, TOP + plotH, w - RIGHT, TOP + plotH);
        axis.getStyleClass().add("coverage-baseline");
        nodes.add(axis);
        getChildren().setAll(nodes);
    }

    private static double requiredY(CoveragePoint p, double top, double plotH) {
        return TOP + plotH - p.required() / top * plotH;
    }

    private static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * mag >= raw) {
                return Math.max(1, m * mag);
            }
        }
        return Math.max(1, 10 * mag);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.1f", v);
    }
}
