package io.floorview.domain.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.floorview.testing.QaSamples;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores worked out by hand on {@link QaSamples#inboundCare()} (weights A 20, B 50, C 30, D 0; possible points
 * A 10, B 20, C 20, D 1). The arithmetic is in the comments.
 */
class ScoringTest {

    private static final Scorecard SC = QaSamples.inboundCare();
    private static final double EPS = 1e-9;

    /** Answers from pairs: question id, option id (or "N/A"). */
    static Map<String, Answer> answers(String... pairs) {
        Map<String, Answer> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], "N/A".equals(pairs[i + 1]) ? Answer.na() : Answer.option(pairs[i + 1]));
        }
        return m;
    }

    private static final String[] ALL_BEST = {"greet", "yes", "name", "yes", "understood", "5", "solved", "fully",
        "hold", "yes", "identity", "yes", "disclosure", "yes", "offer", "yes"};

    private static Map<String, Answer> allBestBut(String... pairs) {
        Map<String, Answer> m = answers(ALL_BEST);
        m.putAll(answers(pairs));
        return m;
    }

    @Test
    void everyBestAnswerScoresAHundred() {
        ScoreResult r = Scoring.score(SC, answers(ALL_BEST));
        assertThat(r.percent()).isEqualTo(100.0);
        assertThat(r.complete()).isTrue();
        assertThat(r.failed()).isFalse();
        assertThat(r.sections()).extracting(SectionScore::possible).containsExactly(10.0, 20.0, 20.0, 1.0);
    }

    @Test
    void sectionsCountByTheirWeights() {
        ScoreResult r = Scoring.score(SC, allBestBut("name", "no", "understood", "4", "solved", "partly",
                "offer", "no"));
        // A: greet 5 + name 0 = 5 of 10 → 50 %
        // B: understood 4 + solved 5 + hold 5 = 14 of 20 → 70 %
        // C: 10 + 10 = 20 of 20 → 100 %
        // D: 0 of 1 → 0 %, weight 0: shown, not counted
        // overall = (20·50 + 50·70 + 30·100) / (20 + 50 + 30) = (1000 + 3500 + 3000) / 100 = 75
        assertThat(r.sections()).extracting(SectionScore::percent).containsExactly(50.0, 70.0, 100.0, 0.0);
        assertThat(r.sections()).extracting(SectionScore::earned).containsExactly(5.0, 14.0, 20.0, 0.0);
        assertThat(r.sections()).extracting(SectionScore::counted).containsExactly(true, true, true, false);
        assertThat(r.sections()).extracting(SectionScore::share).containsExactly(0.2, 0.5, 0.3, 0.0);
        assertThat(r.percent()).isCloseTo(75.0, within(EPS));
    }

    @Test
    void notApplicableLeavesTheDenominatorInsteadOfScoringZero() {
        ScoreResult r = Scoring.score(SC, allBestBut("name", "N/A", "understood", "3", "hold", "N/A"));
        // A: greet 5 of 5 (name N/A: neither earned nor possible) → 100 %, not 5 of 10 = 50 %
        // B: understood 3 + solved 10 = 13 of 5 + 10 = 15 (hold N/A) → 86.67 %
        // overall = (20·100 + 50·86.667 + 30·100) / 100 = (2000 + 4333.33 + 3000) / 100 = 93.33
        SectionScore a = r.section("opening");
        assertThat(a.earned()).isEqualTo(5.0);
        assertThat(a.possible()).isEqualTo(5.0);
        assertThat(a.percent()).isEqualTo(100.0);
        assertThat(a.notApplicable()).isEqualTo(1);
        assertThat(r.section("resolution").percent()).isCloseTo(1300.0 / 15, within(EPS));
        assertThat(r.percent()).isCloseTo((2000 + 50 * 1300.0 / 15 + 3000) / 100, within(EPS))
                .isCloseTo(93.333, within(0.001));
    }

    @Test
    void aScaleEarnsThePointsOfTheValuePicked() {
        ScoreResult r = Scoring.score(SC, allBestBut("understood", "1"));
        // B: understood 1 (of 5) + solved 10 + hold 5 = 16 of 20 → 80 %
        // overall = (20·100 + 50·80 + 30·100) / 100 = 90
        assertThat(r.section("resolution").earned()).isEqualTo(16.0);
        assertThat(r.section("resolution").percent()).isEqualTo(80.0);
        assertThat(r.percent()).isCloseTo(90.0, within(EPS));
    }

    @Test
    void aFailSectionCriticalFailureMakesItsSectionZeroAndSaysWhichItem() {
        ScoreResult r = Scoring.score(SC, allBestBut("disclosure", "no"));
        // C: identity 10 + disclosure 0 = 10 of 20 (50 % by points), but the failed critical item makes it 0 %
        // overall = (20·100 + 50·100 + 30·0) / 100 = 70
        SectionScore c = r.section("compliance");
        assertThat(c.percent()).isZero();
        assertThat(c.pointsPercent()).isEqualTo(50.0);
        assertThat(c.failedBy().questionId()).isEqualTo("disclosure");
        assertThat(c.failedBy().describe()).isEqualTo(
                "\"Read the recording disclosure\" answered \"No\" fails section \"Compliance\"");
        assertThat(r.failed()).isFalse();
        assertThat(r.percent()).isCloseTo(70.0, within(EPS));
    }

    @Test
    void failAllWinsOverFailSectionAndMakesTheFormZero() {
        ScoreResult r = Scoring.score(SC, allBestBut("identity", "no", "disclosure", "no"));
        // fail-all (identity) > fail-section (disclosure): overall 0, and compliance names the fail-all item
        assertThat(r.percent()).isZero();
        assertThat(r.failed()).isTrue();
        assertThat(r.formFailure().questionId()).isEqualTo("identity");
        assertThat(r.formFailure().describe()).isEqualTo(
                "\"Verified the caller's identity\" answered \"No\" fails the whole form");
        assertThat(r.criticalFailures()).extracting(CriticalFailure::questionId, CriticalFailure::scope)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("identity", Criticality.FAIL_ALL),
                        org.assertj.core.groups.Tuple.tuple("disclosure", Criticality.FAIL_SECTION));
        assertThat(r.section("compliance").failedBy().questionId()).isEqualTo("identity");
        // the other sections still show what they earned
        assertThat(r.section("opening").percent()).isEqualTo(100.0);
        assertThat(r.section("resolution").percent()).isEqualTo(100.0);
    }

    @Test
    void aFailSectionFailureWinsOverNotApplicable() {
        // a gate question (0 points) that fails its section, and one question that may be N/A
        Scorecard sc = activate(Scorecard.newDraft("gate", "Gate", QaSamples.T0).withSections(List.of(
                Section.of("x", "Data protection", 50,
                        Question.yesNo("consent", "Asked for consent", 2).withNaAllowed(true),
                        Question.yesNo("gate", "Did not read out card numbers", 0)
                                .withOption(0, AnswerOption.of("yes", "Yes", 0))
                                .withOption(1, AnswerOption.failing("no", "No", 0))
                                .withCritical(Criticality.FAIL_SECTION)),
                Section.of("y", "Manner", 50, Question.yesNo("polite", "Polite", 1)))));
        // passing the gate with consent N/A: X has 0 possible points → no percent → drops out: overall = Y = 100
        ScoreResult passed = Scoring.score(sc, answers("consent", "N/A", "gate", "yes", "polite", "yes"));
        assertThat(passed.section("x").percent()).isNull();
        assertThat(passed.section("x").counted()).isFalse();
        assertThat(passed.percent()).isEqualTo(100.0);
        // failing the gate: X is 0 % and counts, N/A or not: overall = (50·0 + 50·100) / 100 = 50
        ScoreResult failed = Scoring.score(sc, answers("consent", "N/A", "gate", "no", "polite", "yes"));
        assertThat(failed.section("x").percent()).isZero();
        assertThat(failed.section("x").counted()).isTrue();
        assertThat(failed.percent()).isEqualTo(50.0);
    }

    @Test
    void aZeroWeightSectionIsShownButNeverCounts() {
        ScoreResult yes = Scoring.score(SC, allBestBut("name", "no", "offer", "yes"));
        ScoreResult no = Scoring.score(SC, allBestBut("name", "no", "offer", "no"));
        // D: 1 of 1 = 100 % or 0 of 1 = 0 %; overall (20·50 + 50·100 + 30·100) / 100 = 90 either way
        assertThat(yes.section("upsell").percent()).isEqualTo(100.0);
        assertThat(no.section("upsell").percent()).isZero();
        assertThat(yes.section("upsell").counted()).isFalse();
        assertThat(yes.percent()).isEqualTo(no.percent()).isCloseTo(90.0, within(EPS));
    }

    @Test
    void aFailAllItemInAZeroWeightSectionStillFailsTheForm() {
        Scorecard sc = activate(Scorecard.newDraft("tracked", "Tracked gate", QaSamples.T0).withSections(List.of(
                Section.of("main", "Main", 100, Question.yesNo("polite", "Polite", 1)),
                Section.of("fraud", "Fraud checks", 0, Question.yesNo("check", "Ran the fraud check", 1)
                        .withCritical(Criticality.FAIL_ALL).withOption(1, AnswerOption.failing("no", "No", 0))))));
        ScoreResult r = Scoring.score(sc, answers("polite", "yes", "check", "no"));
        assertThat(r.section("main").percent()).isEqualTo(100.0);
        assertThat(r.percent()).isZero();
        assertThat(r.formFailure().sectionTitle()).isEqualTo("Fraud checks");
    }

    @Test
    void aSectionThatIsAllNotApplicableDropsOutAndTheOthersKeepTheirProportions() {
        ScoreResult r = Scoring.score(SC, allBestBut("greet", "N/A", "name", "N/A", "understood", "4",
                "solved", "partly"));
        // A: all N/A → no percent, not counted
        // B: 4 + 5 + 5 = 14 of 20 → 70 %; C: 100 %
        // weights re-normalised over B and C: 50 / 80 = 0.625 and 30 / 80 = 0.375
        // overall = (50·70 + 30·100) / (50 + 30) = 6500 / 80 = 81.25
        SectionScore a = r.section("opening");
        assertThat(a.percent()).isNull();
        assertThat(a.counted()).isFalse();
        assertThat(a.share()).isZero();
        assertThat(r.section("resolution").share()).isEqualTo(0.625);
        assertThat(r.section("compliance").share()).isEqualTo(0.375);
        assertThat(r.percent()).isCloseTo(81.25, within(EPS));
        assertThat(r.complete()).isTrue();
    }

    @Test
    void everythingNotApplicableHasNoScoreRatherThanZero() {
        Scorecard sc = activate(Scorecard.newDraft("na", "All N/A", QaSamples.T0).withSections(List.of(
                Section.of("s", "Only", 100, Question.yesNo("q", "Q", 1).withNaAllowed(true)))));
        ScoreResult r = Scoring.score(sc, answers("q", "N/A"));
        assertThat(r.percent()).isNull();
        assertThat(r.hasPercent()).isFalse();
        assertThat(r.complete()).isTrue();
    }

    @Test
    void theLiveScoreCountsOnlyWhatIsAnsweredSoFar() {
        ScoreResult empty = Scoring.score(SC, Map.of());
        assertThat(empty.percent()).isNull();
        assertThat(empty.sections()).allSatisfy(s -> assertThat(s.percent()).isNull());
        assertThat(empty.unansweredRequired()).hasSize(7); // offer is not required
        assertThat(empty.done()).isZero();

        ScoreResult partial = Scoring.score(SC, answers("greet", "yes", "understood", "3"));
        // A: greet 5 of 5 → 100 %; B: understood 3 of 5 → 60 %; C and D: nothing yet
        // overall = (20·100 + 50·60) / (20 + 50) = 5000 / 70 = 71.43
        assertThat(partial.section("opening").percent()).isEqualTo(100.0);
        assertThat(partial.section("resolution").percent()).isEqualTo(60.0);
        assertThat(partial.section("compliance").percent()).isNull();
        assertThat(partial.percent()).isCloseTo(5000.0 / 70, within(EPS));
        assertThat(partial.complete()).isFalse();
        assertThat(partial.done()).isEqualTo(2);
        assertThat(partial.unansweredRequired()).extracting(at -> at.question().id())
                .containsExactly("name", "solved", "hold", "identity", "disclosure");
        assertThat(partial.unansweredRequired().get(0).describe())
                .isEqualTo("section 1 › question 2 \"Used the caller's name\"");

        // a fail-all answer fails the live score at once
        ScoreResult failing = Scoring.score(SC, answers("greet", "yes", "identity", "no"));
        assertThat(failing.percent()).isZero();
        assertThat(failing.complete()).isFalse();
    }

    @Test
    void answersThatDoNotFitTheScorecardAreRefusedByName() {
        assertThatThrownBy(() -> Scoring.score(SC, answers("solved", "maybe")))
                .hasMessage("section 2 › question 2: \"Solved the problem\" has no answer 'maybe'");
        assertThatThrownBy(() -> Scoring.score(SC, answers("identity", "N/A")))
                .hasMessage("section 3 › question 1: \"Verified the caller's identity\" does not allow N/A");
    }

    static Scorecard activate(Scorecard draft) {
        List<Scorecard> changed = new ScorecardVersions(draft.id(), List.of(draft)).activate(draft.version(),
                QaSamples.T0);
        return changed.get(changed.size() - 1);
    }
}
