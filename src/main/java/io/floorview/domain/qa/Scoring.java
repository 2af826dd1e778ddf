package io.floorview.domain.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores answers against a scorecard version. The rules (also in {@code docs/qa-format.md}):
 * <ol>
 * <li>A section's percent is {@code earned / possible × 100} over its questions answered with an option;
 *     a question answered N/A, or not answered yet, is left out of both: N/A leaves the denominator, it is
 *     not zero. A question's possible points are those of its best option.</li>
 * <li>A section with nothing scored (every question N/A or not answered yet) has no percent.</li>
 * <li>A critical question answered with one of its failing options fails: a fail-section one makes its
 *     section 0 % (whatever its other answers, N/A ones included); a fail-all one makes the whole form 0 %
 *     and its own section 0 %. Precedence: fail-all over fail-section over N/A.</li>
 * <li>The overall percent is the weighted mean of the counted sections' percents, where a section counts
 *     when its weight is above 0 and it has a percent (a failed section has one: 0). The weights are
 *     re-normalised over the counted sections: {@code overall = Σ wᵢ·pᵢ / Σ wᵢ}, so a section that is all
 *     N/A drops out and the others keep their proportions. Sections of weight 0 are scored and shown but
 *     never count; a fail-all question in one still fails the form.</li>
 * <li>Unanswered questions simply do not count yet, so the same rules give the live score while the
 *     evaluator answers; the required ones are listed, and block submission.</li>
 * </ol>
 */
public final class Scoring {

    private Scoring() {
    }

    /**
     * The score of {@code answers} (by question id) on {@code scorecard}.
     *
     * @throws IllegalArgumentException when an answer picks an option the question does not have, or N/A
     *                                  where it is not allowed ({@link AnswerChecks} says so beforehand)
     */
    public static ScoreResult score(Scorecard scorecard, Map<String, Answer> answers) {
        List<SectionScore> sections = new ArrayList<>();
        List<CriticalFailure> failures = new ArrayList<>();
        List<QuestionAt> unansweredRequired = new ArrayList<>();
        int questions = 0;
        int answeredTotal = 0;
        int naTotal = 0;
        CriticalFailure formFailure = null;
        for (int s = 0; s < scorecard.sections().size(); s++) {
            Section section = scorecard.sections().get(s);
            double earned = 0;
            double possible = 0;
            int answered = 0;
            int na = 0;
            CriticalFailure failedBy = null;
            for (int q = 0; q < section.questions().size(); q++) {
                Question question = section.questions().get(q);
                questions++;
                Answer a = answers.get(question.id());
                if (a == null || !a.answered()) {
                    if (question.required()) {
                        unansweredRequired.add(new QuestionAt(s, q, section, question));
                    }
                    continue;
                }
                if (a.notApplicable()) {
                    if (!question.naAllowed()) {
                        throw new IllegalArgumentException(ProblemPath.question(s, q) + ": \"" + question.text()
                                + "\" does not allow N/A");
                    }
                    na++;
                    continue;
                }
                int sIndex = s;
                int qIndex = q;
                AnswerOption option = question.option(a.optionId()).orElseThrow(() -> new IllegalArgumentException(
                        ProblemPath.question(sIndex, qIndex) + ": \"" + question.text() + "\" has no answer '"
                                + a.optionId() + "'"));
                answered++;
                earned += option.points();
                possible += question.maxPoints();
                if (question.isCritical() && option.fails()) {
                    CriticalFailure f = new CriticalFailure(question.critical(), s, q, section.id(), section.title(),
                            question.id(), question.text(), option.id(), option.label());
                    failures.add(f);
                    if (failedBy == null || (f.failsForm() && !failedBy.failsForm())) {
                        failedBy = f;
                    }
                    if (f.failsForm() && formFailure == null) {
                        formFailure = f;
                    }
                }
            }
            answeredTotal += answered;
            naTotal += na;
            Double percent = failedBy != null ? Double.valueOf(0) : possible > 0 ? 100 * earned / possible : null;
            int unanswered = section.questions().size() - answered - na;
            sections.add(new SectionScore(section.id(), section.title(), section.weight(), earned, possible, percent,
                    section.counted() && percent != null, 0, failedBy, answered, na, unanswered));
        }
        double weightSum = 0;
        double weighted = 0;
        for (SectionScore ss : sections) {
            if (ss.counted()) {
                weightSum += ss.weight();
                weighted += ss.weight() * ss.percent();
            }
        }
        List<SectionScore> withShares = new ArrayList<>();
        for (SectionScore ss : sections) {
            double share = ss.counted() ? ss.weight() / weightSum : 0;
            withShares.add(new SectionScore(ss.sectionId(), ss.title(), ss.weight(), ss.earned(), ss.possible(),
                    ss.percent(), ss.counted(), share, ss.failedBy(), ss.answered(), ss.notApplicable(),
                    ss.unanswered()));
        }
        Double overall = formFailure != null ? Double.valueOf(0) : weightSum > 0 ? weighted / weightSum : null;
        return new ScoreResult(scorecard.ref(), overall, formFailure, withShares, failures, unansweredRequired,
                questions, answeredTotal, naTotal);
    }
}
