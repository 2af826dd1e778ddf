package io.floorview.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.Scorecard;
import io.floorview.service.qa.format.QaFiles;
import io.floorview.testing.CommandRun;
import io.floorview.testing.QaSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code floorview qa score FILE}: the score breakdown of an evaluation file, for checks and scripts. */
class QaCommandTest {

    private static final Scorecard SC = QaSamples.inboundCare();

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static Evaluation evaluation(String... pairs) {
        Evaluation e = QaSamples.draftEvaluation(SC);
        for (int i = 0; i < pairs.length; i += 2) {
            e = e.withChoice(pairs[i], "N/A".equals(pairs[i + 1]) ? Answer.na() : Answer.option(pairs[i + 1]));
        }
        return e;
    }

    private static final String[] GOOD = {"greet", "yes", "name", "no", "understood", "4", "solved", "partly",
        "hold", "yes", "identity", "yes", "disclosure", "yes", "offer", "no"};

    @Test
    void printsTheBreakdownAsOneLineOfJson() throws Exception {
        Path f = file("ev.json", QaFiles.write(SC, evaluation(GOOD)));
        CommandRun r = run("qa", "score", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().strip()).doesNotContain("\n");
        JsonNode j = new ObjectMapper().readTree(r.out());
        // A 5/10 = 50, B 14/20 = 70, C 20/20 = 100, D 0/1 = 0 (weight 0): (20·50 + 50·70 + 30·100) / 100 = 75
        assertThat(j.at("/overall/percent").asDouble()).isEqualTo(75.0);
        assertThat(j.at("/overall/failed").asBoolean()).isFalse();
        assertThat(j.at("/complete").asBoolean()).isTrue();
        assertThat(j.at("/scorecard/id").asText()).isEqualTo("inbound-care");
        assertThat(j.at("/scorecard/version").asInt()).isEqualTo(1);
        JsonNode b = j.at("/sections/1");
        assertThat(b.get("id").asText()).isEqualTo("resolution");
        assertThat(b.get("earned").asDouble()).isEqualTo(14.0);
        assertThat(b.get("possible").asDouble()).isEqualTo(20.0);
        assertThat(b.get("percent").asDouble()).isEqualTo(70.0);
        assertThat(b.get("weight").asDouble()).isEqualTo(50.0);
        assertThat(b.get("counted").asBoolean()).isTrue();
        JsonNode d = j.at("/sections/3");
        assertThat(d.get("percent").asDouble()).isZero();
        assertThat(d.get("counted").asBoolean()).isFalse();
        assertThat(j.at("/criticalFailures").size()).isZero();
    }

    @Test
    void namesTheCriticalItemsThatFailedWhat() throws Exception {
        Path f = file("ev.json", QaFiles.write(SC, evaluation(GOOD).withChoice("identity", Answer.option("no"))
                .withChoice("disclosure", Answer.option("no")).withChoice("name", Answer.none())));
        CommandRun r = run("qa", "score", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/overall/percent").asDouble()).isZero();
        assertThat(j.at("/overall/failedBy/question").asText()).isEqualTo("identity");
        assertThat(j.at("/overall/failedBy/fails").asText()).isEqualTo("form");
        assertThat(j.at("/sections/2/failedBy/question").asText()).isEqualTo("identity");
        assertThat(j.at("/criticalFailures/1/question").asText()).isEqualTo("disclosure");
        assertThat(j.at("/criticalFailures/1/fails").asText()).isEqualTo("section");
        assertThat(j.at("/complete").asBoolean()).as("a draft may be scored partly").isFalse();
        assertThat(j.at("/unansweredRequired/0/where").asText()).isEqualTo("section 1 › question 2");
    }

    @Test
    void printsTextForPeople() throws Exception {
        Path f = file("ev.json", QaFiles.write(SC, evaluation(GOOD).withChoice("disclosure", Answer.option("no"))));
        CommandRun r = run("qa", "score", f.toString(), "--format", "text");
        assertThat(r.code()).as(r.err()).isZero();
        // C fails (disclosure): (20·50 + 50·70 + 30·0) / 100 = 45
        assertThat(r.out()).contains("Inbound care (inbound-care v1) · evaluation ev-1 of call c-1042", "Overall: 45 %",
                "Resolution       14        20      70 %    50 %  yes, 50 % of the score",
                "Upsell            0         1       0 %     0 %  no: weight 0",
                "Critical failures:\n  \"Read the recording disclosure\" answered \"No\" fails section \"Compliance\"");
    }

    @Test
    void aBadFileExitsTwoWithTheJsonPathOfTheProblem() throws Exception {
        String good = QaFiles.write(SC, evaluation(GOOD));
        Path badWeight = file("bad.json", good.replaceFirst("\"weight\": 20", "\"weight\": \"20\""));
        CommandRun r = run("qa", "score", badWeight.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("floorview qa score: " + badWeight
                + ": $.scorecard.sections[0].weight: a number is expected, not the string \"20\"");

        Path badAnswer = file("bad2.json", good.replace("\"option\": \"partly\"", "\"option\": \"half\""));
        assertThat(run("qa", "score", badAnswer.toString()).err())
                .contains("$.evaluation.answers.solved: \"Solved the problem\" has no answer 'half'");
        assertThat(run("qa", "score", file("x.json", "not json").toString()).err()).contains(": $: not valid JSON at line 1");
        assertThat(run("qa", "score", dir.resolve("none.json").toString()).err()).contains("none.json: no such file");
        Path truncated = file("cut.json", good.substring(0, good.length() / 2));
        CommandRun cut = run("qa", "score", truncated.toString());
        assertThat(cut.code()).isEqualTo(2);
        assertThat(cut.err()).contains(": $: not complete JSON: the file ends at line ", " is not closed")
                .doesNotContain("Source", "REDACTED", "StreamReadFeature");
        CommandRun missingComma = run("qa", "score", file("comma.json", "{\"a\": 1 \"b\": 2}").toString());
        assertThat(missingComma.err()).contains("not valid JSON at line 1").doesNotContain("Source", "REDACTED");
        CommandRun scorecardFile = run("qa", "score", file("sc.json", QaFiles.write(SC)).toString());
        assertThat(scorecardFile.code()).isEqualTo(2);
        assertThat(scorecardFile.err()).contains("$.kind: this is a scorecard file; qa score needs an evaluation file");
    }

    @Test
    void qaNeedsASubcommandAndAFormatItKnows() throws Exception {
        CommandRun r = run("qa");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("score");
        CommandRun f = run("qa", "score", file("ev.json", QaFiles.write(SC, evaluation(GOOD))).toString(), "--format", "xml");
        assertThat(f.code()).isEqualTo(2);
        assertThat(f.err()).contains("xml");
    }
}
