package io.floorview.ui.qa;

import io.floorview.domain.qa.ScorecardRef;
import io.floorview.domain.qa.calibration.CalibrationReport;
import io.floorview.domain.qa.calibration.EvaluatorChoice;
import io.floorview.domain.qa.calibration.QuestionSpread;
import io.floorview.domain.qa.calibration.ScoreSpread;
import io.floorview.domain.qa.report.QaReports;
import io.floorview.domain.qa.sampling.CallRecording;
import io.floorview.service.qa.QaInsights;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Sampling, calibration side by side, and reports (trend, failure rate per question, evaluator load). */
public final class InsightsView extends ScrollPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private final InsightsModel model;
    private final QaTexts texts;
    private final GridPane calibrationTable = new GridPane();
    private final LineChart<String, Number> trend = new LineChart<>(new CategoryAxis(), new NumberAxis(0, 100, 10));
    private final GridPane failureTable = new GridPane();
    private final GridPane evaluatorTable = new GridPane();
    private final ToggleButton byTeam = new ToggleButton();

    public InsightsView(InsightsModel model, QaTexts texts, Consumer<CallRecording> scoreCall) {
        this.model = model;
        this.texts = texts;
        setId("qa-insights");
        setFitToWidth(true);
        Label status = new Label();
        status.setId("qa-insights-status");
        status.textProperty().bind(model.statusProperty());
        VBox box = new VBox(12, sampling(scoreCall), status, calibration(), reports());
        box.setPadding(new Insets(10));
        setContent(box);
        model.calibrationProperty().addListener((o, a, r) -> showCalibration(r));
        model.reportsProperty().addListener((o, a, r) -> showReports(r));
    }

    private Node sampling(Consumer<CallRecording> scoreCall) {
        Label title = heading("qa.sample.title");
        TextField perAgent = new TextField("3");
        perAgent.setId("qa-sample-per-agent");
        perAgent.setPrefColumnCount(3);
        TextField days = new TextField("7");
        days.setId("qa-sample-days");
        days.setPrefColumnCount(3);
        Button draw = new Button(texts.get("qa.sample.draw"));
        draw.setId("qa-sample-draw");
        draw.setOnAction(e -> model.draw(perAgent.getText(), days.getText()));
        Label l1 = new Label(texts.get("qa.sample.per-agent"));
        l1.setLabelFor(perAgent);
        Label l2 = new Label(texts.get("qa.sample.days"));
        l2.setLabelFor(days);
        HBox row = new HBox(6, l1, perAgent, l2, days, draw);
        row.setAlignment(Pos.CENTER_LEFT);
        ListView<InsightsModel.SampleRow> list = new ListView<>(model.sample());
        list.setId("qa-sample-list");
        list.setPrefHeight(180);
        list.setPlaceholder(new Label(texts.get("qa.sample.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(InsightsModel.SampleRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.call() == null
                        ? texts.get("qa.sample.shortfall", r.agentId(), r.shortfall())
                        : texts.get("qa.sample.item", r.call().agentName(),
                                WHEN.format(r.call().at().atZone(ZoneId.systemDefault())), r.call().queue(),
                                r.call().callId()));
            }
        });
        Button score = new Button(texts.get("qa.sample.score"));
        score.setId("qa-sample-score");
        score.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        score.setOnAction(e -> {
            InsightsModel.SampleRow r = list.getSelectionModel().getSelectedItem();
            if (r != null && r.call() != null) {
                scoreCall.accept(r.call());
            }
        });
        return new VBox(6, title, row, list, score);
    }

    private Node calibration() {
        ChoiceBox<QaInsights.CalibrationCall> calls = new ChoiceBox<>(model.calibrationCalls());
        calls.setId("qa-calibration-call");
        calls.setConverter(new StringConverter<>() {
            @Override
            public String toString(QaInsights.CalibrationCall c) {
                return c == null ? "" : texts.get("qa.calibration.item", c.callId(), c.agentId(), c.evaluations(),
                        c.version().version());
            }

            @Override
            public QaInsights.CalibrationCall fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        calls.valueProperty().addListener((o, a, c) -> model.openCalibration(c));
        model.calibrationCalls().addListener((javafx.collections.ListChangeListener<QaInsights.CalibrationCall>) ch -> {
            if (calls.getValue() == null && !model.calibrationCalls().isEmpty()) {
                calls.setValue(model.calibrationCalls().get(0));
            }
        });
        Label pick = new Label(texts.get("qa.calibration.pick"));
        pick.setLabelFor(calls);
        calibrationTable.setId("qa-calibration-table");
        calibrationTable.setHgap(14);
        calibrationTable.setVgap(3);
        HBox row = new HBox(6, pick, calls);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading("qa.calibration.title"), row, calibrationTable);
    }

    private void showCalibration(CalibrationReport r) {
        calibrationTable.getChildren().clear();
        if (r == null) {
            return;
        }
        int col = 1;
        calibrationTable.add(muted(texts.get("qa.calibration.question")), 0, 0);
        for (String ev : r.evaluators()) {
            calibrationTable.add(muted(ev), col++, 0);
        }
        calibrationTable.add(muted(texts.get("qa.calibration.agreement")), col, 0);
        calibrationTable.add(muted(texts.get("qa.calibration.spread")), col + 1, 0);
        int row = 1;
        for (QuestionSpread q : r.questions()) {
            calibrationTable.add(new Label(q.question().question().text()), 0, row);
            int c = 1;
            for (EvaluatorChoice choice : q.choices()) {
                calibrationTable.add(new Label(choice.label()), c++, row);
            }
            Label agreement = new Label(q.agreement() == null ? "—"
                    : texts.get("qa.calibration.percent", q.agreement() * 100));
            if (q.agreement() != null && q.agreement() < 1) {
                agreement.getStyleClass().add("qa-problem");
            }
            calibrationTable.add(agreement, col, row);
            calibrationTable.add(new Label(q.pointSpread() == null ? "—"
                    : texts.get("qa.calibration.points", q.pointSpread())), col + 1, row);
            row++;
        }
        ScoreSpread overall = r.overall();
        calibrationTable.add(heading("qa.calibration.overall"), 0, row);
        int c = 1;
        for (Double p : overall.percents()) {
            calibrationTable.add(new Label(p == null ? "—" : texts.get("qa.scoring.percent", p)), c++, row);
        }
        calibrationTable.add(new Label(overall.spread() == null ? "—"
                : texts.get("qa.calibration.score-spread", overall.spread())), col + 1, row);
    }

    private Node reports() {
        trend.setId("qa-trend-chart");
        trend.setPrefHeight(260);
        trend.setAnimated(false);
        trend.setCreateSymbols(true);
        ToggleGroup g = new ToggleGroup();
        ToggleButton byAgent = new ToggleButton(texts.get("qa.report.by-agent"));
        byAgent.setId("qa-trend-by-agent");
        byTeam.setText(texts.get("qa.report.by-team"));
        byTeam.setId("qa-trend-by-team");
        byAgent.setToggleGroup(g);
        byTeam.setToggleGroup(g);
        byTeam.setSelected(true);
        g.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                showReports(model.reportsProperty().get());
            }
        });
        Button refresh = new Button(texts.get("qa.scoring.refresh"));
        refresh.setId("qa-report-refresh");
        refresh.setOnAction(e -> model.refresh());
        failureTable.setId("qa-failure-table");
        failureTable.setHgap(14);
        failureTable.setVgap(3);
        evaluatorTable.setId("qa-evaluator-table");
        evaluatorTable.setHgap(14);
        evaluatorTable.setVgap(3);
        HBox row = new HBox(6, byTeam, byAgent, refresh);
        return new VBox(6, heading("qa.report.trend"), row, trend, heading("qa.report.failures"), failureTable,
                heading("qa.report.evaluators"), evaluatorTable);
    }

    private void showReports(QaInsights.Reports r) {
        trend.getData().clear();
        failureTable.getChildren().clear();
        evaluatorTable.getChildren().clear();
        if (r == null) {
            return;
        }
        Map<String, List<QaReports.Point>> series = byTeam.isSelected() ? r.byTeam() : r.byAgent();
        java.util.TreeSet<String> days = new java.util.TreeSet<>();
        series.values().forEach(l -> l.forEach(p -> days.add(p.day().toString())));
        ((CategoryAxis) trend.getXAxis()).setCategories(javafx.collections.FXCollections.observableArrayList(days));
        series.forEach((name, points) -> {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(name);
            points.forEach(p -> s.getData().add(new XYChart.Data<>(p.day().toString(), p.average())));
            trend.getData().add(s);
        });
        int row = 0;
        for (Map.Entry<ScorecardRef, List<QaReports.QuestionFailure>> e : r.failures().entrySet()) {
            Label version = new Label(texts.get("qa.report.version", e.getKey().id(), e.getKey().version()));
            version.getStyleClass().add("qa-heading");
            failureTable.add(version, 0, row++);
            failureTable.add(muted(texts.get("qa.calibration.question")), 0, row);
            failureTable.add(muted(texts.get("qa.report.answered")), 1, row);
            failureTable.add(muted(texts.get("qa.report.failed")), 2, row);
            failureTable.add(muted(texts.get("qa.report.rate")), 3, row++);
            for (QaReports.QuestionFailure f : e.getValue()) {
                failureTable.add(new Label(f.question().question().text()), 0, row);
                failureTable.add(new Label(Integer.toString(f.answered())), 1, row);
                failureTable.add(new Label(Integer.toString(f.failed())), 2, row);
                failureTable.add(new Label(f.rate() == null ? "—"
                        : texts.get("qa.calibration.percent", f.rate() * 100)), 3, row++);
            }
        }
        evaluatorTable.add(muted(texts.get("qa.report.evaluator")), 0, 0);
        evaluatorTable.add(muted(texts.get("qa.report.evaluations")), 1, 0);
        evaluatorTable.add(muted(texts.get("qa.report.average")), 2, 0);
        row = 1;
        for (QaReports.EvaluatorLoad l : r.evaluators()) {
            evaluatorTable.add(new Label(l.evaluatorId()), 0, row);
            evaluatorTable.add(new Label(Integer.toString(l.evaluations())), 1, row);
            evaluatorTable.add(new Label(l.average() == null ? "—" : texts.get("qa.scoring.percent", l.average())),
                    2, row++);
        }
    }

    private Label heading(String key) {
        Label l = new Label(texts.get(key));
        l.getStyleClass().add("qa-heading");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("qa-muted");
        return l;
    }
}
