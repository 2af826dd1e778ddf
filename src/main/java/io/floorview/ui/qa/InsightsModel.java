package io.floorview.ui.qa;

import io.floorview.domain.qa.calibration.CalibrationReport;
import io.floorview.domain.qa.sampling.AgentSample;
import io.floorview.domain.qa.sampling.CallRecording;
import io.floorview.domain.qa.sampling.RecordedCall;
import io.floorview.domain.qa.sampling.SamplingPlan;
import io.floorview.service.qa.QaInsights;
import io.floorview.service.qa.QaService;
import io.floorview.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Sampling calls to evaluate, calibration side by side, and the QA reports. */
public final class InsightsModel {

    /** A sampled call, or an agent's shortfall (call {@code null}). */
    public record SampleRow(String agentId, CallRecording call, int shortfall) {
    }

    private final QaService qa;
    private final QaInsights insights;
    private final UiExecutor executor;
    private final QaTexts texts;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<Map<String, String>> teams;

    private final ObservableList<SampleRow> sample = FXCollections.observableArrayList();
    private final ObservableList<QaInsights.CalibrationCall> calibrationCalls = FXCollections.observableArrayList();
    private final ObjectProperty<CalibrationReport> calibration = new SimpleObjectProperty<>();
    private final ObjectProperty<QaInsights.Reports> reports = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");

    public InsightsModel(QaService qa, QaInsights insights, UiExecutor executor, QaTexts texts, Clock clock,
                         ZoneId zone, Supplier<Map<String, String>> teams) {
        this.qa = qa;
        this.insights = insights;
        this.executor = executor;
        this.texts = texts;
        this.clock = clock;
        this.zone = zone;
        this.teams = teams;
    }

    public void refresh() {
        executor.submit(insights::calibrationCalls, calibrationCalls::setAll, this::fail);
        Map<String, String> teamOf = new HashMap<>(teams.get());
        executor.submit(() -> insights.reports(teamOf, zone), reports::set, this::fail);
    }

    /** Draws {@code perAgent} calls per agent from the last {@code days} days (text as typed). */
    public void draw(String perAgentText, String daysText) {
        int perAgent;
        int days;
        try {
            perAgent = Integer.parseInt(perAgentText.strip());
            days = Integer.parseInt(daysText.strip());
        } catch (NumberFormatException e) {
            status.set(texts.get("qa.sample.numbers"));
            return;
        }
        if (perAgent < 1 || perAgent > SamplingPlan.MAX_PER_AGENT || days < 1 || days > 366) {
            status.set(texts.get("qa.sample.numbers"));
            return;
        }
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(days));
        SamplingPlan plan = new SamplingPlan(perAgent, from, to, from.atZone(zone).toLocalDate().toEpochDay());
        executor.submit(() -> insights.sample(plan), s -> {
            List<SampleRow> rows = new ArrayList<>();
            int calls = 0;
            for (AgentSample a : s.agents()) {
                for (RecordedCall c : a.calls()) {
                    rows.add(new SampleRow(a.agentId(), s.calls().get(c.callId()), 0));
                    calls++;
                }
                if (a.shortfall() > 0) {
                    rows.add(new SampleRow(a.agentId(), null, a.shortfall()));
                }
            }
            sample.setAll(rows);
            status.set(texts.get("qa.sample.drawn", calls, s.agents().size()));
        }, this::fail);
    }

    public void openCalibration(QaInsights.CalibrationCall c) {
        if (c == null) {
            calibration.set(null);
            return;
        }
        executor.submit(() -> qa.calibration(c.callId(), c.version()), calibration::set, this::fail);
    }

    private void fail(Throwable t) {
        status.set(texts.get("qa.failed", t.getMessage()));
    }

    public ObservableList<SampleRow> sample() {
        return sample;
    }

    public ObservableList<QaInsights.CalibrationCall> calibrationCalls() {
        return calibrationCalls;
    }

    public ObjectProperty<CalibrationReport> calibrationProperty() {
        return calibration;
    }

    public ObjectProperty<QaInsights.Reports> reportsProperty() {
        return reports;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
