package io.floorview.domain.qa.calibration;

import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.QuestionAt;
import io.floorview.domain.qa.ScoreResult;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.Scoring;
import io.floorview.domain.qa.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares evaluations of the same call with the same scorecard version by different evaluators, so a
 * calibration session sees where they differ: per question the answers, the agreement rate and the
 * spread of points; per section and overall the spread of percents (max − min).
 */
public final class Calibration {

    private Calibration() {
    }

    /**
     * @throws IllegalArgumentException when the evaluations are of different calls or versions, or one
     *                                  evaluator scored the call twice
     */
    public static CalibrationReport compare(Scorecard version, List<Evaluation> evaluations) {
        if (evaluations.isEmpty()) {
            throw new IllegalArgumentException("a calibration compares at least one evaluation");
        }
        String callId = evaluations.get(0).callId();
        Set<String> evaluators = new HashSet<>();
        for (Evaluation e : evaluations) {
            if (!e.scorecard().equals(version.ref())) {
                throw new IllegalArgumentException("evaluation " + e.id() + " was scored with " + e.scorecard()
                        + ", not " + version.ref());
            }
            if (!e.callId().equals(callId)) {
                throw new IllegalArgumentException("evaluation " + e.id() + " is of call " + e.callId() + ", not "
                        + callId);
            }
            if (!evaluators.add(e.evaluatorId())) {
                throw new IllegalArgumentException(e.evaluatorId() + " scored call " + callId + " twice");
            }
        }
        List<QuestionSpread> questions = new ArrayList<>();
        for (QuestionAt at : version.questions()) {
            questions.add(question(at, evaluations));
        }
        List<ScoreResult> scores = evaluations.stream().map(e -> Scoring.score(version, e.answers())).toList();
        List<ScoreSpread> sections = new ArrayList<>();
        for (Section s : version.sections()) {
            sections.add(new ScoreSpread(s.id(), s.title(),
                    scores.stream().map(r -> r.section(s.id()).percent()).toList()));
        }
        ScoreSpread overall = new ScoreSpread("overall", "Overall", scores.stream().map(ScoreResult::percent).toList());
        return new CalibrationReport(version.ref(), callId, evaluations.stream().map(Evaluation::evaluatorId).toList(),
                questions, sections, overall);
    }

    private static QuestionSpread question(QuestionAt at, List<Evaluation> evaluations) {
        List<EvaluatorChoice> choices = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Double min = null;
        Double max = null;
        int answered = 0;
        for (Evaluation e : evaluations) {
            Answer a = e.answer(at.question().id());
            Double points = a.optionId() == null ? null
                    : at.question().option(a.optionId()).map(o -> o.points()).orElse(null);
            String label = a.describe(at.question());
            choices.add(new EvaluatorChoice(e.evaluatorId(), a, label, points));
            if (a.answered()) {
                answered++;
                String key = a.notApplicable() ? "\u0000na" : a.optionId();
                counts.merge(key, 1, Integer::sum);
                labels.putIfAbsent(key, label);
            }
            if (points != null) {
                min = min == null ? points : Math.min(min, points);
                max = max == null ? points : Math.max(max, points);
            }
        }
        int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> modes = counts.entrySet().stream().filter(c -> c.getValue() == top).map(Map.Entry::getKey).toList();
        String consensus = modes.size() == 1 ? labels.get(modes.get(0)) : null;
        Double agreement = answered == 0 ? null : (double) top / answered;
        return new QuestionSpread(at, choices, consensus, agreement, min, max);
    }
}
