package io.floorview.domain.qa;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.testing.QaSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an editor shows in place while a scorecard is being built: every problem, each where it is. */
class ScorecardValidatorTest {

    private static final Scorecard GOOD = QaSamples.inboundCareDraft();

    /** The problems as "path: message" lines, as a screen would list them. */
    private static List<String> shown(Scorecard sc) {
        return ScorecardValidator.validate(sc).stream().map(Problem::toString).toList();
    }

    private static List<String> codes(Scorecard sc) {
        return ScorecardValidator.validate(sc).stream().map(Problem::code).toList();
    }

    @Test
    void theSampleScorecardHasNoProblemAtAll() {
        assertThat(ScorecardValidator.validate(GOOD)).isEmpty();
    }

    @Test
    void weightsMustAddUpToAHundred() {
        Scorecard sc = GOOD.withSection(1, GOOD.sections().get(1).withWeight(40));
        assertThat(shown(sc)).containsExactly("weights: the section weights add up to 90 %; they must add up to 100 %");
        assertThat(ScorecardValidator.validate(sc).get(0).path()).isEqualTo(ProblemPath.ROOT.field("weights"));
    }

    @Test
    void weightsWithDecimalsThatAddUpAreFine() {
        Scorecard sc = GOOD.withSection(0, GOOD.sections().get(0).withWeight(33.33))
                .withSection(1, GOOD.sections().get(1).withWeight(33.33))
                .withSection(2, GOOD.sections().get(2).withWeight(33.34));
        assertThat(ScorecardValidator.errors(sc)).isEmpty();
    }

    @Test
    void aWeightIsAPercentageAndSomethingMustCount() {
        Scorecard negative = GOOD.withSection(3, GOOD.sections().get(3).withWeight(-5));
        assertThat(shown(negative)).containsExactly("section 4 › weight: a weight is a percentage from 0 to 100, not -5");
        Scorecard allZero = GOOD.withSections(GOOD.sections().stream().map(s -> s.withWeight(0)).toList());
        assertThat(codes(allZero)).contains("scorecard.no-counted-section").doesNotContain("scorecard.weights-sum");
    }

    @Test
    void emptySectionsAndQuestionsWithoutAnswersAreShownWhereTheyAre() {
        Scorecard sc = GOOD.withSection(1, GOOD.sections().get(1).withQuestions(List.of()))
                .withQuestion(0, 1, GOOD.sections().get(0).questions().get(1).withOptions(List.of()));
        assertThat(shown(sc)).containsExactly(
                "section 1 › question 2 › options: the question has no answers to pick",
                "section 2 › questions: the section has no questions");
    }

    @Test
    void twoAnswersCalledTheSameAreOneProblemOfTheQuestion() {
        Question solved = GOOD.sections().get(1).questions().get(1);
        Scorecard sc = GOOD.withQuestion(1, 1, solved.withOption(2, AnswerOption.of("not", " fully ", 0)));
        assertThat(shown(sc)).containsExactly("section 2 › question 2 › options: two answers are both called 'fully'");
        Scorecard sameId = GOOD.withQuestion(1, 1, solved.withOption(2, AnswerOption.of("fully", "None", 0)));
        assertThat(shown(sameId)).containsExactly("section 2 › question 2 › options: two answers share the id 'fully'");
    }

    @Test
    void aCriticalQuestionNeedsAFailingAnswerAndAPassingOne() {
        Question identity = GOOD.sections().get(2).questions().get(0);
        Scorecard none = GOOD.withQuestion(2, 0, identity.withOption(1, AnswerOption.of("no", "No", 0)));
        assertThat(shown(none)).containsExactly(
                "section 3 › question 1 › options: a critical question needs at least one answer that fails it");
        Scorecard all = GOOD.withQuestion(2, 0, identity.withOption(0, AnswerOption.failing("yes", "Yes", 10)));
        assertThat(codes(all)).containsExactly("question.critical-all-failing");
        Scorecard notCritical = GOOD.withQuestion(2, 0, identity.withCritical(Criticality.NONE));
        assertThat(ScorecardValidator.validate(notCritical)).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING))
                .satisfies(p -> assertThat(p.code()).isEqualTo("question.failing-not-critical"));
    }

    @Test
    void aScaleRunsFromALowerToAHigherValueWithAnAnswerForEach() {
        Question understood = GOOD.sections().get(1).questions().get(0);
        assertThat(shown(GOOD.withQuestion(1, 0, understood.withScale(5, 1)))).containsExactly(
                "section 2 › question 1 › scale: the scale's lowest value (5) must be below its highest (1)");
        assertThat(shown(GOOD.withQuestion(1, 0, understood.withScale(3, 3)))).containsExactly(
                "section 2 › question 1 › scale: the scale's lowest value (3) must be below its highest (3)");
        assertThat(shown(GOOD.withQuestion(1, 0, understood.withScale(0, 500)))).containsExactly(
                "section 2 › question 1 › scale: a scale has at most 100 steps; 0–500 has 500");
        assertThat(shown(GOOD.withQuestion(1, 0, understood.removeOption(2)))).containsExactly(
                "section 2 › question 1 › options: the scale 1–5 needs one answer for each value; missing 3");
        assertThat(shown(GOOD.withQuestion(1, 0, understood.addOption(AnswerOption.of("7", "7", 7))))).containsExactly(
                "section 2 › question 1 › options: answer '7' is not on the scale 1–5");
    }

    @Test
    void reshapingAScaleKeepsThePointsOfTheValuesItKeeps() {
        Question understood = Question.scale("u", "Understood", 1, 5).withOption(4, AnswerOption.of("5", "Great", 8));
        Question wider = understood.withScale(0, 6);
        assertThat(wider.options()).extracting(AnswerOption::id).containsExactly("0", "1", "2", "3", "4", "5", "6");
        assertThat(wider.option("5").orElseThrow().label()).isEqualTo("Great");
        assertThat(wider.option("5").orElseThrow().points()).isEqualTo(8.0);
        assertThat(wider.option("6").orElseThrow().points()).isEqualTo(6.0);
        assertThat(wider.maxPoints()).isEqualTo(8.0);
    }

    @Test
    void yesNoHasTwoAnswersAndMultipleChoiceAtLeastTwo() {
        Question greet = GOOD.sections().get(0).questions().get(0);
        assertThat(shown(GOOD.withQuestion(0, 0, greet.addOption(AnswerOption.of("maybe", "Maybe", 2)))))
                .containsExactly("section 1 › question 1 › options: a yes/no question has exactly two answers, not 3");
        Question solved = GOOD.sections().get(1).questions().get(1);
        assertThat(codes(GOOD.withQuestion(1, 1, solved.removeOption(2).removeOption(1))))
                .containsExactly("question.choice-options");
    }

    @Test
    void pointsAreANumberOfZeroOrMore() {
        Question hold = GOOD.sections().get(1).questions().get(2);
        assertThat(shown(GOOD.withQuestion(1, 2, hold.withOption(1, AnswerOption.of("no", "No", -1)))))
                .containsExactly("section 2 › question 3 › option 2 › points: points are a number of 0 or more, not -1");
        assertThat(codes(GOOD.withQuestion(1, 2, hold.withOption(0, AnswerOption.of("yes", "Yes", Double.NaN)))))
                .contains("option.points-invalid");
    }

    @Test
    void questionIdsAreUniqueAcrossTheScorecard() {
        Question copy = GOOD.sections().get(0).questions().get(0).withText("Greeted again");
        Scorecard sc = GOOD.withSection(3, GOOD.sections().get(3).addQuestion(copy));
        assertThat(shown(sc)).containsExactly("section 4 › question 2 › id: another question (section 1 › question 1)"
                + " has the id 'greet'; answers could not tell them apart");
    }

    @Test
    void aQuestionThatEarnsNothingIsWorthAWarningOnly() {
        Question hold = GOOD.sections().get(1).questions().get(2);
        Scorecard sc = GOOD.withQuestion(1, 2, hold.withOption(0, AnswerOption.of("yes", "Yes", 0)));
        assertThat(ScorecardValidator.validate(sc)).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("question.no-points"))
                .satisfies(p -> assertThat(p.isError()).isFalse());
        assertThat(ScorecardValidator.errors(sc)).isEmpty();
    }

    @Test
    void aNewScorecardListsEverythingStillMissingAtOnce() {
        Scorecard fresh = Scorecard.newDraft("x", " ", QaSamples.T0)
                .addSection(new Section("s1", "", 100, List.of(
                        new Question("q1", "", "", QuestionType.CHOICE, List.of(), null, false, true, Criticality.NONE))))
                .addSection(new Section("s1", "Extra", 10, List.of()));
        assertThat(shown(fresh)).containsExactlyInAnyOrder(
                "name: the scorecard needs a name",
                "weights: the section weights add up to 110 %; they must add up to 100 %",
                "section 2 › id: another section has the id 's1'",
                "section 1 › title: the section needs a title",
                "section 1 › question 1 › text: the question needs its text",
                "section 1 › question 1 › options: the question has no answers to pick",
                "section 2 › questions: the section has no questions");
        assertThat(shown(Scorecard.newDraft("y", "Empty", QaSamples.T0)))
                .containsExactly("sections: the scorecard has no sections");
    }

    @Test
    void pathsReadFromOneForPeopleAndKeepIndexesFromZeroForScreens() {
        ProblemPath p = ProblemPath.option(1, 2, 0).field("label");
        assertThat(p.toString()).isEqualTo("section 2 › question 3 › option 1 › label");
        assertThat(p.section()).isEqualTo(1);
        assertThat(p.question()).isEqualTo(2);
        assertThat(p.option()).isZero();
        assertThat(ProblemPath.ROOT).hasToString("scorecard");
    }
}
