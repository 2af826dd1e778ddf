package io.floorview.domain.qa.report;

import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.AnswerOption;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.domain.qa.EvaluationSummary;
import io.floorview.domain.qa.Question;
import io.floorview.domain.qa.QuestionAt;
import io.floorview.domain.qa.Scorecard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * QA reports from evaluations past draft: the score trend of agents or teams by day, how often each question
 * is failed, and how many evaluations each evaluator made. Plain functions; drafts never count.
 */
public final class QaReports {

    private QaReports() {
    }

    /** One day of a trend: the mean overall score of the evaluations submitted that day. */
    public record Point(LocalDate day, double average, int evaluations) {
    }

    /**
     * How often a question's answer fell short.
     *
     * @param answered answers with an option (N/A and unanswered left out)
     * @param failed   of those, answers earning less than the question's best points, or a critical failing one
     */
    public record QuestionFailure(QuestionAt question, int answered, int failed) {
        /** Failed share 0..1, {@code null} when never answered. */
        public Double rate() {
            return answered == 0 ? null : (double) failed / answered;
        }
    }

    /** @param average the mean overall score of its scored evaluations, {@code null} when none has a score */
    public record EvaluatorLoad(String evaluatorId, int evaluations, Double average) {
    }

    /**
     * The daily mean score per group (an agent, or the agent's team through {@code groupOf}), days in order.
     * Evaluations without a score (nothing applicable) and drafts are left out.
     */
    public static Map<String, List<Point>> trend(List<EvaluationSummary> evaluations,
                                                 Function<String, String> groupOf, ZoneId zone) {
        Map<String, TreeMap<LocalDate, double[]>> sums = new TreeMap<>();
        for (EvaluationSummary e : evaluations) {
            if (e.status() == EvaluationStatus.DRAFT || e.scorePercent() == null) {
                continue;
            }
            Instant at = e.submittedAt() != null ? e.submittedAt() : e.createdAt();
            String group = groupOf.apply(e.agentId());
            double[] s = sums.computeIfAbsent(group == null || group.isBlank() ? e.agentId() : group,
                    g -> new TreeMap<>()).computeIfAbsent(at.atZone(zone).toLocalDate(), d -> new double[2]);
            s[0] += e.scorePercent();
            s[1]++;
        }
        Map<String, List<Point>> out = new TreeMap<>();
        sums.forEach((g, days) -> out.put(g, days.entrySet().stream()
                .map(d -> new Point(d.getKey(), d.getValue()[0] / d.getValue()[1], (int) d.getValue()[1])).toList()));
        return out;
    }

    /** Per question of {@code version}, in scorecard order, how often its answers fell short. */
    public static List<QuestionFailure> failureRates(Scorecard version, List<Evaluation> evaluations) {
        List<QuestionFailure> out = new ArrayList<>();
        for (QuestionAt at : version.questions()) {
            Question q = at.question();
            int answered = 0;
            int failed = 0;
            for (Evaluation e : evaluations) {
                if (e.status() == EvaluationStatus.DRAFT || !e.scorecard().equals(version.ref())) {
                    continue;
                }
                Answer a = e.answer(q.id());
                Optional<AnswerOption> option = a.optionId() == null ? Optional.empty() : q.option(a.optionId());
                if (option.isEmpty()) {
                    continue;
                }
                answered++;
                if (option.get().points() < q.maxPoints() || q.failsWith(option.get().id())) {
                    failed++;
                }
            }
            out.add(new QuestionFailure(at, answered, failed));
        }
        return out;
    }

    /** Evaluations past draft per evaluator, most first. */
    public static List<EvaluatorLoad> perEvaluator(List<EvaluationSummary> evaluations) {
        Map<String, double[]> by = new TreeMap<>();
        for (EvaluationSummary e : evaluations) {
            if (e.status() == EvaluationStatus.DRAFT) {
                continue;
            }
            double[] s = by.computeIfAbsent(e.evaluatorId(), k -> new double[3]);
            s[0]++;
            if (e.scorePercent() != null) {
                s[1] += e.scorePercent();
                s[2]++;
            }
        }
        List<EvaluatorLoad> out = new ArrayList<>();
        by.forEach((id, s) -> out.add(new EvaluatorLoad(id, (int) s[0], s[2] == 0 ? null : s[1] / s[2])));
        out.sort(Comparator.comparingInt(EvaluatorLoad::evaluations).reversed()
                .thenComparing(EvaluatorLoad::evaluatorId));
        return out;
    }
}
