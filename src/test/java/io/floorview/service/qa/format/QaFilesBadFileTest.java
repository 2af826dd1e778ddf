package io.floorview.service.qa.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.qa.Scorecard;
import io.floorview.testing.QaSamples;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file that cannot be taken in says where (its JSON path) and why. */
class QaFilesBadFileTest {

    private static final String GOOD = QaFiles.write(QaSamples.inboundCare(), QaFilesRoundTripTest.resolved());

    private static void rejected(String text, String path, String reason) {
        assertThatThrownBy(() -> QaFiles.read(text)).isInstanceOfSatisfying(QaFormatException.class, e -> {
            assertThat(e.jsonPath()).isEqualTo(path);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).isEqualTo(path + ": " + reason);
        });
    }

    private static String edit(UnaryOperator<String> change) {
        String changed = change.apply(GOOD);
        assertThat(changed).as("the edit applies").isNotEqualTo(GOOD);
        return changed;
    }

    @Test
    void notJsonAtAll() {
        assertThatThrownBy(() -> QaFiles.read("{\"format\": \"floorview-qa\",\n  oops}"))
                .isInstanceOfSatisfying(QaFormatException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo("$");
                    assertThat(e.reason()).startsWith("not valid JSON at line 2, column 3: ");
                });
        rejected("[1, 2]", "$", "an object is expected, not an array");
    }

    @Test
    void notAFloorviewQaFileOrANewerVersion() {
        rejected(edit(s -> s.replace("\"floorview-qa\"", "\"other\"")), "$.format",
                "'other' is not a Floorview QA file; \"floorview-qa\" is expected");
        rejected(edit(s -> s.replace("\"formatVersion\": 1", "\"formatVersion\": 2")), "$.formatVersion",
                "version 2 is newer than this Floorview reads (1); update Floorview");
        rejected(edit(s -> s.replace("\"kind\": \"evaluation\"", "\"kind\": \"report\"")), "$.kind",
                "'report' is not a kind of QA file; \"scorecard\" or \"evaluation\" is expected");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "\"weight\": 20,|\"weight\": \"twenty\",|$.scorecard.sections[0].weight|a number is expected, not the string \"twenty\"",
        "\"weight\": 20,|\"weigth\": 20,|$.scorecard.sections[0].weigth|unknown field; expected one of id, questions, title, weight",
        "\"type\": \"yes_no\"|\"type\": \"yesno\"|$.scorecard.sections[0].questions[0].type|'yesno' is not one of yes_no, scale, choice",
        "\"critical\": \"form\"|\"critical\": \"all\"|$.scorecard.sections[2].questions[0].critical|'all' is not one of none, section, form",
        "\"version\": 1,|\"version\": 0,|$.scorecard.version|a version is 1 or more, not 0",
        "\"atMs\": 3000,|\"atMs\": -5,|$.evaluation.timedComments[0].atMs|a moment is 0 ms or later into the recording, not -5",
        "\"atMs\": 3000,|\"atMs\": 3.5,|$.evaluation.timedComments[0].atMs|a whole number is expected, not the number 3.5",
        "\"createdAt\": \"2026-11-23T10:00:00Z\",|\"createdAt\": \"yesterday\",|$.evaluation.createdAt|'yesterday' is not an ISO-8601 time such as 2026-11-23T09:15:02Z",
        "\"na\": true|\"na\": \"yes\"|$.evaluation.answers.hold.na|true or false is expected, not the string \"yes\"",
    })
    void aFieldOfTheWrongKindIsNamedByItsPath(String from, String to, String path, String reason) {
        rejected(edit(s -> s.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to))), path, reason);
    }

    @Test
    void missingFieldsAreNamed() {
        rejected(edit(s -> s.replace("\"agent\": \"a17\",", "")), "$.evaluation.agent", "missing; a string is expected");
        rejected(edit(s -> s.replaceFirst("\"title\": \"Opening\",", "")), "$.scorecard.sections[0].title",
                "missing; a string is expected");
    }

    @Test
    void anEvaluationsScorecardMustBeSound() {
        rejected(edit(s -> s.replaceFirst("\"weight\": 20,", "\"weight\": 25,")), "$.scorecard.sections",
                "the section weights add up to 105 %; they must add up to 100 %");
        rejected(edit(s -> s.replaceFirst("\"label\": \"No\"", "\"label\": \"Yes\"")),
                "$.scorecard.sections[0].questions[0].options", "two answers are both called 'Yes'");
        rejected(edit(s -> s.replace("\"status\": \"active\"", "\"status\": \"draft\"")), "$.scorecard.status",
                "an evaluation is scored with an active or retired scorecard version, not a draft");
    }

    @Test
    void answersMustFitTheScorecard() {
        rejected(edit(s -> s.replace("\"option\": \"fully\"", "\"option\": \"mostly\"")), "$.evaluation.answers.solved",
                "\"Solved the problem\" has no answer 'mostly'");
        rejected(edit(s -> s.replace("\"identity\": {\n        \"option\": \"yes\"", "\"identity\": {\n        \"na\": true")),
                "$.evaluation.answers.identity", "\"Verified the caller's identity\" cannot be answered N/A");
        rejected(edit(s -> s.replace("\"offer\": {", "\"off er\": {")), "$.evaluation.answers['off er']",
                "inbound-care v1 has no question 'off er'");
        rejected(edit(s -> s.replace("\"hold\": {\n        \"na\": true", "\"hold\": {\n        \"na\": true, \"option\": \"yes\"")),
                "$.evaluation.answers.hold", "an answer is an option or N/A, not both");
    }

    @Test
    void aSubmittedEvaluationLeavesNoRequiredQuestionUnanswered() {
        String noGreet = edit(s -> s.replace("\"greet\": {\n        \"option\": \"yes\"\n      },", ""));
        rejected(noGreet, "$.evaluation.answers.greet", "\"Greeted the caller\" is required and not answered yet");
        // the same answers in a draft are fine: it is still being scored
        String draft = noGreet.replace("\"status\": \"resolved\"", "\"status\": \"draft\"");
        assertThat(draft).isNotEqualTo(noGreet);
        assertThat(((QaDocument.EvaluationFile) read(draft)).evaluation().answers()).doesNotContainKey("greet");
    }

    @Test
    void anActiveScorecardFileMustBeSoundButADraftNeedNotBe() {
        Scorecard draft = QaSamples.inboundCareDraft();
        String text = QaFiles.write(draft.withSection(0, draft.sections().get(0).withWeight(5)));
        assertThat(read(text).scorecard().sections().get(0).weight()).isEqualTo(5.0);
        rejected(text.replace("\"status\": \"draft\"", "\"status\": \"active\""), "$.scorecard.sections",
                "the section weights add up to 85 %; they must add up to 100 %");
        rejected(QaFiles.write(draft).replace("\"kind\": \"scorecard\",", "\"kind\": \"scorecard\", \"evaluation\": {},"),
                "$.evaluation", "a scorecard file holds no evaluation (kind is \"scorecard\")");
    }

    @Test
    void aScaleQuestionMayLeaveItsOptionsOut() throws Exception {
        Scorecard draft = QaSamples.inboundCareDraft();
        String text = QaFiles.write(draft);
        int at = text.indexOf("\"id\": \"understood\"");
        int from = text.lastIndexOf(",", text.indexOf("\"options\": [", at));
        int to = text.indexOf("]", from) + 1;
        String without = text.substring(0, from) + text.substring(to);
        assertThat(without).doesNotContain("\"label\": \"4\"");
        assertThat(QaFiles.read(without).scorecard()).isEqualTo(draft);
    }

    private static QaDocument read(String text) {
        try {
            return QaFiles.read(text);
        } catch (QaFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
