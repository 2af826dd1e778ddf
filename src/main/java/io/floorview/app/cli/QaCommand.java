package io.floorview.app.cli;

import io.floorview.service.qa.format.QaDocument;
import io.floorview.service.qa.format.QaFiles;
import io.floorview.service.qa.format.QaFormatException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code floorview qa}: quality-assurance tools that run without the console. */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = "Scores QA evaluations against their scorecards (files as in docs/qa-format.md).",
        subcommands = {QaCommand.Score.class})
final class QaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** The output formats of {@code qa score}. */
    enum Format { JSON, TEXT }

    @Command(name = "score", mixinStandardHelpOptions = true,
            description = {"Prints the score breakdown of an evaluation file.",
                "The breakdown: overall, per section (earned, possible, percent, weight, counted) and which critical"
                    + " item failed what. The file holds the evaluation and the scorecard version it was scored with.",
                "Exits 2 with the JSON path of the problem when the file is not a valid evaluation file."})
    static final class Score implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "An evaluation file (\"kind\": \"evaluation\").")
        Path file;

        @Option(names = "--format", defaultValue = "json", paramLabel = "json|text",
                description = "json (one line, the default) or text (for people).")
        Format format;

        @Override
        public Integer call() {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                        .toString();
            } catch (NoSuchFileException e) {
                return fail("no such file");
            } catch (CharacterCodingException e) {
                return fail("not a UTF-8 text file");
            } catch (IOException e) {
                return fail("cannot read it: " + Errors.describe(e));
            }
            QaDocument doc;
            try {
                doc = QaFiles.read(text);
            } catch (QaFormatException e) {
                return fail(e.getMessage());
            }
            if (!(doc instanceof QaDocument.EvaluationFile ev)) {
                return fail("$.kind: this is a scorecard file; qa score needs an evaluation file");
            }
            ScoreBreakdown breakdown = new ScoreBreakdown(ev.scorecard(), ev.evaluation());
            if (format == Format.TEXT) {
                spec.commandLine().getOut().print(breakdown.text());
            } else {
                spec.commandLine().getOut().println(Json.line(breakdown.json()));
            }
            spec.commandLine().getOut().flush();
            return 0;
        }

        private int fail(String reason) {
            spec.commandLine().getErr().println("floorview qa score: " + file + ": " + reason);
            return 2;
        }
    }
}
