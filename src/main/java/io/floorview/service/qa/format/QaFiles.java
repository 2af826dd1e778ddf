package io.floorview.service.qa.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.EvaluationFlow;
import io.floorview.domain.qa.Problem;
import io.floorview.domain.qa.ProblemPath;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardStatus;
import io.floorview.domain.qa.ScorecardValidator;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes QA files: scorecards and evaluations as JSON, format {@value #FORMAT} version
 * {@value #VERSION} (docs/qa-format.md). Reading checks the structure (every problem named by its JSON path)
 * and then the content: a scorecard that is active or retired, or that an evaluation is scored with, must
 * have no errors, and an evaluation's answers must fit its scorecard. A draft scorecard file may hold
 * errors: it is work in progress. Thread-safe.
 */
public final class QaFiles {

    public static final String FORMAT = "floorview-qa";
    public static final int VERSION = 1;

    private static final Set<String> TOP = Set.of("format", "formatVersion", "kind", "scorecard", "evaluation");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private QaFiles() {
    }

    private static final java.util.regex.Pattern SOURCE =
            java.util.regex.Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");
    private static final java.util.regex.Pattern OPENED =
            java.util.regex.Pattern.compile("close marker for (Array|Object) \\(start marker at line (\\d+), column (\\d+)\\)");

    /** Why a text is not JSON, with where: never the parser's own "[Source: …]" notes. */
    static String notJson(JsonProcessingException e) {
        var loc = e.getLocation();
        String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String detail = SOURCE.matcher(e.getOriginalMessage().lines().findFirst().orElse("")).replaceAll("line $1, column $2");
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
            java.util.regex.Matcher m = OPENED.matcher(detail);
            String open = m.find() ? ": the " + (m.group(1).equals("Array") ? "array [" : "object {") + " opened at line "
                    + m.group(2) + ", column " + m.group(3) + " is not closed" : "";
            return "not complete JSON: the file ends" + where + open;
        }
        return "not valid JSON" + where + ": " + detail;
    }

    /** Reads a QA file's text. */
    public static QaDocument read(String json) throws QaFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new QaFormatException("$", notJson(e));
        }
        JsonIn in = new JsonIn(root, "$").object(TOP);
        String format = in.string("format");
        if (!format.equals(FORMAT)) {
            throw in.field("format").error("'" + format + "' is not a Floorview QA file; \"" + FORMAT
                    + "\" is expected");
        }
        int version = in.integer("formatVersion");
        if (version != VERSION) {
            throw in.field("formatVersion").error(version > VERSION
                    ? "version " + version + " is newer than this Floorview reads (" + VERSION + "); update Floorview"
                    : "version " + version + " is not a version of the format; " + VERSION + " is expected");
        }
        String kind = in.string("kind");
        Scorecard scorecard = ScorecardCodec.read(in.field("scorecard"));
        switch (kind) {
            case "scorecard" -> {
                if (in.field("evaluation").present()) {
                    throw in.field("evaluation").error("a scorecard file holds no evaluation (kind is \"scorecard\")");
                }
                if (scorecard.status() != ScorecardStatus.DRAFT) {
                    failOnErrors(ScorecardValidator.validate(scorecard), scorecard);
                }
                return new QaDocument.ScorecardFile(scorecard);
            }
            case "evaluation" -> {
                if (scorecard.status() == ScorecardStatus.DRAFT) {
                    throw in.field("scorecard").field("status").error("an evaluation is scored with an active or"
                            + " retired scorecard version, not a draft");
                }
                failOnErrors(ScorecardValidator.validate(scorecard), scorecard);
                Evaluation e = EvaluationCodec.read(in.field("evaluation"), scorecard.ref());
                failOnErrors(EvaluationFlow.check(scorecard, e), scorecard);
                return new QaDocument.EvaluationFile(scorecard, e);
            }
            default -> throw in.field("kind").error("'" + kind + "' is not a kind of QA file; \"scorecard\" or"
                    + " \"evaluation\" is expected");
        }
    }

    /** A scorecard file's text, pretty-printed. */
    public static String write(Scorecard scorecard) {
        ObjectNode root = header("scorecard");
        root.set("scorecard", ScorecardCodec.write(scorecard));
        return text(root);
    }

    /** An evaluation file's text: the evaluation with the scorecard version it is scored with. */
    public static String write(Scorecard version, Evaluation evaluation) {
        if (!version.ref().equals(evaluation.scorecard())) {
            throw new IllegalArgumentException("evaluation " + evaluation.id() + " is scored with "
                    + evaluation.scorecard() + ", not " + version.ref());
        }
        ObjectNode root = header("evaluation");
        root.set("scorecard", ScorecardCodec.write(version));
        root.set("evaluation", EvaluationCodec.write(evaluation, version));
        return text(root);
    }

    /**
     * Where a problem found by the domain's checks is in a QA file: {@code section 2 › question 3 › options}
     * is {@code $.scorecard.sections[1].questions[2].options}; an answer is {@code $.evaluation.answers.<id>}.
     */
    public static String jsonPath(Problem p, Scorecard scorecard) {
        ProblemPath at = p.path();
        String field = at.field();
        if ("answer".equals(field) || "answers".equals(field)) {
            String id = p.subject() != null ? p.subject()
                    : scorecard.sections().get(at.section()).questions().get(at.question()).id();
            return JsonIn.key("$.evaluation.answers", id);
        }
        if ("disputes".equals(field)) {
            return "$.evaluation.disputes";
        }
        StringBuilder b = new StringBuilder("$.scorecard");
        if (at.section() != null) {
            b.append(".sections[").append(at.section()).append(']');
        }
        if (at.question() != null) {
            b.append(".questions[").append(at.question()).append(']');
        }
        if (at.option() != null) {
            b.append(".options[").append(at.option()).append(']');
        }
        if (field != null) {
            b.append('.').append("weights".equals(field) ? "sections" : field);
        }
        return b.toString();
    }

    private static void failOnErrors(List<Problem> problems, Scorecard scorecard) throws QaFormatException {
        for (Problem p : problems) {
            if (p.isError()) {
                throw new QaFormatException(jsonPath(p, scorecard), p.message());
            }
        }
    }

    private static ObjectNode header(String kind) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", VERSION);
        root.put("kind", kind);
        return root;
    }

    private static String text(ObjectNode root) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
