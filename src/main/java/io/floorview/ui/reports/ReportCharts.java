package io.floorview.ui.reports;

import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.report.AgentFigures;
import io.floorview.domain.report.Report;
import io.floorview.service.report.PdfExport;
import io.floorview.service.report.ReportService;
import io.floorview.ui.common.Messages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * The report's four charts: volume (offered and answered per interval), service level per interval against the
 * target, the distribution of waits, and the agents side by side. Each reads without colour: the series differ
 * by marker shape and line dash, or by solid against hatched bars (reports.css), and the legend shows the same.
 */
final class ReportCharts extends GridPane {

    /** Agents shown in the comparison: the busiest. */
    static final int MAX_AGENTS = 15;
    /** Intervals named one by one on the time axis; past this, the axis names the first and the last. */
    static final int MAX_LABELS = 48;

    private final Messages messages;
    private final java.util.function.UnaryOperator<String> agentName;
    private final LineChart<String, Number> volume;
    private final LineChart<String, Number> serviceLevel;
    private final BarChart<String, Number> waits;
    private final BarChart<String, Number> agents;

    ReportCharts(Messages messages, java.util.function.UnaryOperator<String> agentName) {
        this.messages = messages;
        this.agentName = agentName;
        setId("reports-charts");
        getStyleClass().add("report-charts");
        setHgap(8);
        setVgap(8);
        volume = line("chart-volume", "reports.chart.volume", "reports.chart.calls");
        serviceLevel = line("chart-sl", "reports.chart.sl", "reports.chart.percent");
        ((NumberAxis) serviceLevel.getYAxis()).setAutoRanging(false);
        ((NumberAxis) serviceLevel.getYAxis()).setUpperBound(100);
        ((NumberAxis) serviceLevel.getYAxis()).setTickUnit(20);
        waits = bar("chart-waits", "reports.chart.waits", "reports.chart.calls");
        agents = bar("chart-agents", "reports.chart.agents", "reports.chart.calls");
        add(volume, 0, 0);
        add(serviceLevel, 1, 0);
        add(waits, 0, 1);
        add(agents, 1, 1);
        for (Chart c : charts()) {
            GridPane.setHgrow(c, Priority.ALWAYS);
            GridPane.setVgrow(c, Priority.ALWAYS);
            c.setMinHeight(240);
            c.setPrefSize(560, 320);
        }
    }

    List<Chart> charts() {
        return List.of(volume, serviceLevel, waits, agents);
    }

    private LineChart<String, Number> line(String id, String title, String yLabel) {
        NumberAxis y = new NumberAxis();
        y.setLabel(messages.get(yLabel));
        LineChart<String, Number> c = new LineChart<>(new CategoryAxis(), y);
        c.setId(id);
        c.setTitle(messages.get(title));
        c.setAnimated(false);
        c.setCreateSymbols(true);
        return c;
    }

    private BarChart<String, Number> bar(String id, String title, String yLabel) {
        NumberAxis y = new NumberAxis();
        y.setLabel(messages.get(yLabel));
        BarChart<String, Number> c = new BarChart<>(new CategoryAxis(), y);
        c.setId(id);
        c.setTitle(messages.get(title));
        c.setAnimated(false);
        c.setBarGap(1);
        c.setCategoryGap(8);
        return c;
    }

    void show(ReportService.Result result, Integer targetPercent) {
        Report r = result.report();
        XYChart.Series<String, Number> offered = series("reports.chart.offered");
        XYChart.Series<String, Number> answered = series("reports.chart.answeredLine");
        int firstT = r.spec().slThresholds().get(0);
        XYChart.Series<String, Number> sl = new XYChart.Series<>();
        sl.setName(messages.get("reports.chart.slWithin", firstT));
        XYChart.Series<String, Number> target = new XYChart.Series<>();
        target.setName(messages.get("reports.chart.target", targetPercent == null ? 80 : targetPercent));
        for (Report.Row row : r.rows()) {
            if (!FloorSnapshot.ALL_QUEUES.equals(row.queue())) {
                continue;
            }
            String label = shortLabel(row.label(), r);
            offered.getData().add(new XYChart.Data<>(label, row.figures().calls().offered()));
            answered.getData().add(new XYChart.Data<>(label, row.figures().calls().answered()));
            Double v = row.figures().serviceLevels().get(firstT);
            if (v != null) {
                sl.getData().add(new XYChart.Data<>(label, Math.round(v * 1000) / 10.0));
            }
            target.getData().add(new XYChart.Data<>(label, targetPercent == null ? 80 : targetPercent));
        }
        // a month by half hours is 1,440 intervals: their names would only overlap, the axis names the range
        boolean many = offered.getData().size() > MAX_LABELS;
        for (LineChart<String, Number> c : List.of(volume, serviceLevel)) {
            c.getXAxis().setTickLabelsVisible(!many);
            c.getXAxis().setLabel(many ? messages.get("reports.chart.intervals", offered.getData().size(),
                    offered.getData().get(0).getXValue(),
                    offered.getData().get(offered.getData().size() - 1).getXValue()) : null);
            c.setCreateSymbols(!many);
        }
        volume.getData().setAll(List.of(offered, answered));
        serviceLevel.getData().setAll(List.of(sl, target));

        XYChart.Series<String, Number> wa = series("reports.chart.answeredBars");
        XYChart.Series<String, Number> wb = series("reports.chart.abandoned");
        List<Integer> bands = ReportService.WAIT_BANDS;
        for (int i = 0; i <= bands.size(); i++) {
            String label = i == 0 ? messages.get("reports.chart.bandFirst", bands.get(0))
                    : i == bands.size() ? messages.get("reports.chart.bandLast", bands.get(i - 1))
                    : messages.get("reports.chart.band", bands.get(i - 1), bands.get(i));
            wa.getData().add(new XYChart.Data<>(label, result.waits().answered()[i]));
            wb.getData().add(new XYChart.Data<>(label, result.waits().abandoned()[i]));
        }
        waits.getData().setAll(List.of(wa, wb));

        XYChart.Series<String, Number> aa = series("reports.chart.answeredBars");
        XYChart.Series<String, Number> am = series("reports.chart.missed");
        List<AgentFigures> busiest = new ArrayList<>(r.agents());
        busiest.sort(Comparator.comparingLong(AgentFigures::answered).reversed().thenComparing(AgentFigures::agent));
        for (AgentFigures a : busiest.subList(0, Math.min(MAX_AGENTS, busiest.size()))) {
            aa.getData().add(new XYChart.Data<>(agentName.apply(a.agent()), a.answered()));
            am.getData().add(new XYChart.Data<>(agentName.apply(a.agent()), a.missed()));
        }
        agents.setTitle(messages.get("reports.chart.agents") + (busiest.size() > MAX_AGENTS
                ? " " + messages.get("reports.chart.busiest", MAX_AGENTS, busiest.size()) : ""));
        agents.getData().setAll(List.of(aa, am));
    }

    private static String shortLabel(String label, Report r) {
        // a single day's intervals read better as times alone
        long days = (r.spec().toMs() - r.spec().fromMs()) / 86_400_000L;
        return days <= 1 && label.length() == 16 ? label.substring(11) : label;
    }

    private XYChart.Series<String, Number> series(String key) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(messages.get(key));
        return s;
    }

    /** Each chart as a PNG, with its title as the caption, for the PDF. On the FX thread. */
    List<PdfExport.ChartBlock> images() {
        List<PdfExport.ChartBlock> out = new ArrayList<>();
        for (Chart c : charts()) {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            String style = c.getStyle();
            c.getStyleClass().add("print");
            c.applyCss();
            c.layout();
            WritableImage img = c.snapshot(p, null);
            c.getStyleClass().remove("print");
            c.setStyle(style);
            c.applyCss();
            out.add(new PdfExport.ChartBlock(c.getTitle(), png(img)));
        }
        return out;
    }

    static byte[] png(WritableImage img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, r.getArgb(x, y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(b, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
