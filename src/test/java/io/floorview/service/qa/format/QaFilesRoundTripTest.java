package io.floorview.service.qa.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.DisputeOutcome;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.EvaluationFlow;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.TimedComment;
import io.floorview.testing.QaSamples;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What is written is read back as it was: scorecards, evaluations with their disputes and history. */
class QaFilesRoundTripTest {

    private static final Scorecard SC = QaSamples.inboundCare();
    private static final Instant T = QaSamples.T0.plusSeconds(7200);

    static Evaluation resolved() {
        Evaluation e = QaSamples.draftEvaluation(SC);
        String[] pairs = {"greet", "yes", "name", "no", "understood", "4", "solved", "fully", "hold", "N/A",
            "identity", "yes", "disclosure", "yes"};
        for (int i = 0; i < pairs.length; i += 2) {
            e = e.withChoice(pairs[i], "N/A".equals(pairs[i + 1]) ? Answer.na() : Answer.option(pairs[i + 1]));
        }
        e = e.withQuestionComment("name", "Never used the caller's name").withQuestionComment("offer", "No upgrade fits")
                .withComment("Warm and quick; \"thank you\" at the end")
                .addTimedComment(new TimedComment(42_500, "Asked for the account number twice", "solved"))
                .addTimedComment(TimedComment.at(3_000, "Good greeting"));
        e = EvaluationFlow.submit(e, SC, "tl-maria", T);
        e = EvaluationFlow.dispute(e, SC, "a17", T.plusSeconds(60), Map.of("name", "I said 'Mr Rossi' at 0:42"));
        return EvaluationFlow.resolve(e, SC, "qa-lead", T.plusSeconds(120), "name", DisputeOutcome.CHANGED,
                Answer.option("yes"), "Heard it at 0:42");
    }

    @Test
    void aScorecardComesBackEqual() throws Exception {
        String text = QaFiles.write(SC);
        QaDocument doc = QaFiles.read(text);
        assertThat(doc).isInstanceOf(QaDocument.ScorecardFile.class);
        assertThat(doc.scorecard()).isEqualTo(SC);
        assertThat(QaFiles.write(doc.scorecard())).isEqualTo(text);
    }

    @Test
    void aDraftWithProblemsStillTravels() throws Exception {
        Scorecard draft = QaSamples.inboundCareDraft();
        draft = draft.withSection(0, draft.sections().get(0).withWeight(5).withTitle(""));
        assertThat(QaFiles.read(QaFiles.write(draft)).scorecard()).isEqualTo(draft);
    }

    @Test
    void anEvaluationComesBackEqualWithItsScorecardVersion() throws Exception {
        Evaluation e = resolved();
        String text = QaFiles.write(SC, e);
        QaDocument.EvaluationFile doc = (QaDocument.EvaluationFile) QaFiles.read(text);
        assertThat(doc.scorecard()).isEqualTo(SC);
        assertThat(doc.evaluation()).isEqualTo(e);
        assertThat(doc.evaluation().history()).hasSize(5);
        assertThat(QaFiles.write(doc.scorecard(), doc.evaluation())).isEqualTo(text);
    }

    @Test
    void theTextIsWhatThePublishedFormatSays() {
        String text = QaFiles.write(SC, resolved());
        assertThat(text).startsWith("{\n  \"format\": \"floorview-qa\",\n  \"formatVersion\": 1,\n  \"kind\": \"evaluation\",")
                .contains("\"critical\": \"form\"", "\"type\": \"yes_no\"", "\"scale\": {", "\"points\": 5\n",
                        "\"status\": \"resolved\"", "\"hold\": {\n        \"na\": true\n      }",
                        "\"atMs\": 3000", "\"outcome\": \"changed\"", "\"action\": \"resolved\"");
        // answers follow the scorecard's order, and whole numbers have no decimal point
        assertThat(text.indexOf("\"greet\": {")).isLessThan(text.indexOf("\"offer\": {"));
        assertThat(text).doesNotContain("5.0");
    }
}
