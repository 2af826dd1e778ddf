package io.floorview.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorview.app.cli.FloorviewCommand;
import io.floorview.service.qa.format.QaDocument;
import io.floorview.service.qa.format.QaFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/qa-format.md are real: they read, and qa score prints what the page shows. */
class QaFormatDocTest {

    private static final Path DOC = Path.of("docs", "qa-format.md");

    private static String example(String name) throws Exception {
        Matcher m = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->\\n```\\w*\\n(.*?)\\n```",
                Pattern.DOTALL).matcher(Files.readString(DOC));
        assertThat(m.find()).as("example %s in %s", name, DOC).isTrue();
        return m.group(1);
    }

    @Test
    void theScorecardExampleIsAValidScorecardFile() throws Exception {
        QaDocument doc = QaFiles.read(example("scorecard-file"));
        assertThat(doc).isInstanceOf(QaDocument.ScorecardFile.class);
        assertThat(doc.scorecard().ref().toString()).isEqualTo("inbound-care v3");
    }

    @Test
    void theEvaluationExampleEmbedsTheSameScorecardAndScoresAsThePageSays(@TempDir Path dir) throws Exception {
        QaDocument.EvaluationFile doc = (QaDocument.EvaluationFile) QaFiles.read(example("evaluation-file"));
        assertThat(doc.scorecard()).isEqualTo(QaFiles.read(example("scorecard-file")).scorecard());
        Path file = dir.resolve("ev.json");
        Files.writeString(file, example("evaluation-file"));

        String json = run("qa", "score", file.toString());
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(example("score-json")));
        assertThat(run("qa", "score", file.toString(), "--format", "text").stripTrailing())
                .isEqualTo(example("score-text"));
    }

    private static String run(String... args) {
        var cl = FloorviewCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute(args)).as(err.toString()).isZero();
        return out.toString();
    }
}
