package io.floorview.service.qa;

import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.EvaluationQuery;
import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.domain.qa.EvaluationSummary;
import io.floorview.domain.qa.ScorecardRef;
import io.floorview.domain.qa.report.QaReports;
import io.floorview.domain.qa.sampling.AgentSample;
import io.floorview.domain.qa.sampling.CallRecording;
import io.floorview.domain.qa.sampling.SamplingPlan;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the QA screen's sampling, calibration and reports parts ask: a random sample of recorded calls to
 * evaluate, the calls several evaluators scored (for calibration), and the reports. Blocking; read-only.
 */
public final class QaInsights {

    /** How many of the latest recorded calls sampling draws from. */
    static final int SAMPLED_FROM = 20_000;

    private final QaService qa;
    private final Recordings recordings;

    public QaInsights(QaService qa, Recordings recordings) {
        this.qa = qa;
        this.recordings = recordings;
    }

    /** A sample of recorded calls per agent, skipping calls already evaluated. */
    public Sample sample(SamplingPlan plan) {
        List<CallRecording> calls = recordings.recent(SAMPLED_FROM);
        Map<String, CallRecording> byId = new HashMap<>();
        calls.forEach(c -> byId.putIfAbsent(c.callId(), c));
        List<AgentSample> drawn = qa.sample(plan, calls.stream().map(CallRecording::asRecordedCall).toList());
        return new Sample(drawn, byId);
    }

    /** A sample and the recordings of its calls. */
    public record Sample(List<AgentSample> agents, Map<String, CallRecording> calls) {
    }

    /** A call scored (submitted) by two or more evaluators with the same version. */
    public record CalibrationCall(String callId, ScorecardRef version, String agentId, int evaluations) {
    }

    public List<CalibrationCall> calibrationCalls() {
        Map<String, List<EvaluationSummary>> byCall = new TreeMap<>();
        for (EvaluationSummary e : submitted()) {
            byCall.computeIfAbsent(e.callId() + "\u0000" + e.scorecard(), k -> new java.util.ArrayList<>()).add(e);
        }
        return byCall.values().stream().filter(l -> l.size() >= 2)
                .map(l -> new CalibrationCall(l.get(0).callId(), l.get(0).scorecard(), l.get(0).agentId(), l.size()))
                .toList();
    }

    /** The reports over every evaluation past draft. */
    public Reports reports(Map<String, String> teamOfAgent, ZoneId zone) {
        List<EvaluationSummary> all = submitted();
        Map<ScorecardRef, List<Evaluation>> byVersion = all.stream().map(e -> qa.evaluation(e.id()))
                .collect(Collectors.groupingBy(Evaluation::scorecard));
        Map<ScorecardRef, List<QaReports.QuestionFailure>> failures = new TreeMap<>(
                java.util.Comparator.comparing(ScorecardRef::id).thenComparingInt(ScorecardRef::version));
        byVersion.forEach((ref, evals) -> failures.put(ref, QaReports.failureRates(qa.scorecard(ref), evals)));
        return new Reports(QaReports.trend(all, a -> a, zone),
                QaReports.trend(all, a -> Objects.requireNonNullElse(teamOfAgent.get(a), ""), zone),
                failures, QaReports.perEvaluator(all));
    }

    /** The reports: trends by agent and by team, failure rates per scorecard version, evaluations per evaluator. */
    public record Reports(Map<String, List<QaReports.Point>> byAgent, Map<String, List<QaReports.Point>> byTeam,
                          Map<ScorecardRef, List<QaReports.QuestionFailure>> failures,
                          List<QaReports.EvaluatorLoad> evaluators) {
    }

    private List<EvaluationSummary> submitted() {
        return qa.evaluations(EvaluationQuery.ALL).stream().filter(e -> e.status() != EvaluationStatus.DRAFT).toList();
    }
}
