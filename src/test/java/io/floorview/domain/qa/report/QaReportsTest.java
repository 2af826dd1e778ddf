package io.floorview.domain.qa.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.EvaluationFlow;
import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.domain.qa.EvaluationSummary;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardRef;
import io.floorview.testing.QaSamples;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trends, failure rates and evaluator loads worked out by hand. */
class QaReportsTest {

    private static final ScorecardRef REF = new ScorecardRef("inbound-care", 1);
    private static final Instant DAY1 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant DAY2 = Instant.parse("2026-11-21T10:00:00Z");

    private static EvaluationSummary summary(String agent, String evaluator, EvaluationStatus status, Instant at,
                                             Double score) {
        return new EvaluationSummary("e-" + agent + at + score, REF, "c", agent, evaluator, status, at, at, score,
                false);
    }

    @Test
    void trendAveragesEachDayPerAgentOrTeamLeavingDraftsAndUnscoredOut() {
        List<EvaluationSummary> all = List.of(
                summary("a1", "tl", EvaluationStatus.SUBMITTED, DAY1, 80.0),
                summary("a1", "tl", EvaluationStatus.ACKNOWLEDGED, DAY1.plusSeconds(3600), 90.0),
                summary("a1", "tl", EvaluationStatus.SUBMITTED, DAY2, 70.0),
                summary("a2", "tl", EvaluationStatus.RESOLVED, DAY2, 100.0),
                summary("a2", "tl", EvaluationStatus.DRAFT, DAY2, 0.0),
                summary("a2", "tl", EvaluationStatus.SUBMITTED, DAY2, null));

        Map<String, List<QaReports.Point>> byAgent = QaReports.trend(all, a -> a, ZoneOffset.UTC);
        assertThat(byAgent.get("a1")).containsExactly(new QaReports.Point(LocalDate.of(2026, 11, 20), 85.0, 2),
                new QaReports.Point(LocalDate.of(2026, 11, 21), 70.0, 1));
        assertThat(byAgent.get("a2")).containsExactly(new QaReports.Point(LocalDate.of(2026, 11, 21), 100.0, 1));

        Map<String, List<QaReports.Point>> byTeam = QaReports.trend(all, a -> "Blue", ZoneOffset.UTC);
        assertThat(byTeam.keySet()).containsExactly("Blue");
        assertThat(byTeam.get("Blue").get(1)).isEqualTo(new QaReports.Point(LocalDate.of(2026, 11, 21), 85.0, 2));
    }

    @Test
    void aQuestionFailsWhenItsAnswerEarnsLessThanTheBestOrFailsItCritically() {
        Scorecard card = QaSamples.inboundCare();
        Evaluation good = submitted(card, "ev-1", "yes", "5", "yes");
        Evaluation weak = submitted(card, "ev-2", "no", "3", "yes");
        Evaluation naOnGreet = submitted(card, "ev-3", null, "5", "no");
        Evaluation draft = QaSamples.draftEvaluation(card).withChoice("greet", Answer.option("no"));

        List<QaReports.QuestionFailure> rates = QaReports.failureRates(card, List.of(good, weak, naOnGreet, draft));

        QaReports.QuestionFailure greet = find(rates, "greet");
        assertThat(greet.answered()).as("N/A and the draft left out").isEqualTo(2);
        assertThat(greet.failed()).isEqualTo(1);
        assertThat(greet.rate()).isEqualTo(0.5);
        assertThat(find(rates, "understood").failed()).as("3 of 5 and 5 of 5, 5 of 5").isEqualTo(1);
        assertThat(find(rates, "identity").failed()).as("the critical 'No'").isEqualTo(1);
        assertThat(find(rates, "offer").rate()).as("never answered").isNull();
        assertThat(rates).extracting(r -> r.question().question().id()).startsWith("greet", "name");
    }

    @Test
    void evaluatorsByHowManyTheyScored() {
        List<QaReports.EvaluatorLoad> loads = QaReports.perEvaluator(List.of(
                summary("a1", "tl-bo", EvaluationStatus.SUBMITTED, DAY1, 80.0),
                summary("a2", "tl-maria", EvaluationStatus.SUBMITTED, DAY1, 60.0),
                summary("a3", "tl-maria", EvaluationStatus.RESOLVED, DAY2, null),
                summary("a3", "tl-maria", EvaluationStatus.DRAFT, DAY2, 10.0)));
        assertThat(loads).containsExactly(new QaReports.EvaluatorLoad("tl-maria", 2, 60.0),
                new QaReports.EvaluatorLoad("tl-bo", 1, 80.0));
    }

    private static QaReports.QuestionFailure find(List<QaReports.QuestionFailure> rates, String id) {
        return rates.stream().filter(r -> r.question().question().id().equals(id)).findFirst().orElseThrow();
    }

    private static Evaluation submitted(Scorecard card, String id, String greet, String understood, String identity) {
        Evaluation e = Evaluation.start(id, card, "c-" + id, "a17", "tl-maria", "", QaSamples.T0)
                .withChoice("greet", greet == null ? Answer.na() : Answer.option(greet))
                .withChoice("name", Answer.option("yes"))
                .withChoice("understood", Answer.option(understood))
                .withChoice("solved", Answer.option("fully"))
                .withChoice("hold", Answer.na())
                .withChoice("identity", Answer.option(identity))
                .withChoice("disclosure", Answer.option("yes"));
        return EvaluationFlow.submit(e, card, "tl-maria", QaSamples.T0.plusSeconds(60));
    }
}
