package io.floorview.service.qa.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorview.domain.qa.AnswerOption;
import io.floorview.domain.qa.Criticality;
import io.floorview.domain.qa.Question;
import io.floorview.domain.qa.QuestionType;
import io.floorview.domain.qa.ScaleRange;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardStatus;
import io.floorview.domain.qa.Section;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A scorecard version as the {@code scorecard} object of a QA file (docs/qa-format.md). */
final class ScorecardCodec {

    private static final Set<String> SCORECARD = Set.of("id", "version", "name", "description", "status", "createdAt",
            "activatedAt", "retiredAt", "sections");
    private static final Set<String> SECTION = Set.of("id", "title", "weight", "questions");
    private static final Set<String> QUESTION = Set.of("id", "text", "help", "type", "scale", "naAllowed", "required",
            "critical", "options");
    private static final Set<String> SCALE = Set.of("min", "max");
    private static final Set<String> OPTION = Set.of("id", "label", "points", "fails");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScorecardCodec() {
    }

    static Scorecard read(JsonIn in) throws QaFormatException {
        in.object(SCORECARD);
        int version = in.integer("version");
        if (version < 1) {
            throw in.field("version").error("a version is 1 or more, not " + version);
        }
        List<Section> sections = new ArrayList<>();
        for (JsonIn s : in.field("sections").array(false)) {
            sections.add(section(s));
        }
        return new Scorecard(in.string("id"), version, in.string("name"), in.string("description", ""),
                in.choice("status", ScorecardStatus.class, null), sections, in.instant("createdAt"),
                in.instantOrNull("activatedAt"), in.instantOrNull("retiredAt"));
    }

    private static Section section(JsonIn in) throws QaFormatException {
        in.object(SECTION);
        List<Question> questions = new ArrayList<>();
        for (JsonIn q : in.field("questions").array(false)) {
            questions.add(question(q));
        }
        return new Section(in.string("id"), in.string("title"), in.number("weight"), questions);
    }

    private static Question question(JsonIn in) throws QaFormatException {
        in.object(QUESTION);
        QuestionType type = in.choice("type", QuestionType.class, null);
        ScaleRange scale = null;
        JsonIn s = in.field("scale");
        if (type == QuestionType.SCALE) {
            s.object(SCALE);
            scale = new ScaleRange(s.integer("min"), s.integer("max"));
        } else if (s.present()) {
            throw s.error("only a scale question has a scale");
        }
        List<AnswerOption> options = new ArrayList<>();
        JsonIn opts = in.field("options");
        for (JsonIn o : opts.array(type == QuestionType.SCALE)) {
            o.object(OPTION);
            options.add(new AnswerOption(o.string("id"), o.string("label"), o.number("points"), o.bool("fails", false)));
        }
        Question q = new Question(in.string("id"), in.string("text"), in.string("help", ""), type, options, scale,
                in.bool("naAllowed", false), in.bool("required", true),
                in.choice("critical", Criticality.class, Criticality.NONE));
        if (type == QuestionType.SCALE && !opts.present()) {
            q = q.withScale(scale.min(), scale.max()); // one option per value, earning its own number of points
        }
        return q;
    }

    static ObjectNode write(Scorecard sc) {
        ObjectNode o = NODES.objectNode();
        o.put("id", sc.id());
        o.put("version", sc.version());
        o.put("name", sc.name());
        if (!sc.description().isEmpty()) {
            o.put("description", sc.description());
        }
        o.put("status", Wire.name(sc.status()));
        o.put("createdAt", sc.createdAt().toString());
        putTime(o, "activatedAt", sc.activatedAt());
        putTime(o, "retiredAt", sc.retiredAt());
        ArrayNode sections = o.putArray("sections");
        for (Section s : sc.sections()) {
            ObjectNode so = sections.addObject();
            so.put("id", s.id());
            so.put("title", s.title());
            putNumber(so, "weight", s.weight());
            ArrayNode questions = so.putArray("questions");
            for (Question q : s.questions()) {
                writeQuestion(questions.addObject(), q);
            }
        }
        return o;
    }

    private static void writeQuestion(ObjectNode qo, Question q) {
        qo.put("id", q.id());
        qo.put("text", q.text());
        if (!q.help().isEmpty()) {
            qo.put("help", q.help());
        }
        qo.put("type", Wire.name(q.type()));
        if (q.scale() != null) {
            ObjectNode scale = qo.putObject("scale");
            scale.put("min", q.scale().min());
            scale.put("max", q.scale().max());
        }
        qo.put("naAllowed", q.naAllowed());
        qo.put("required", q.required());
        qo.put("critical", Wire.name(q.critical()));
        ArrayNode options = qo.putArray("options");
        for (AnswerOption a : q.options()) {
            ObjectNode ao = options.addObject();
            ao.put("id", a.id());
            ao.put("label", a.label());
            putNumber(ao, "points", a.points());
            if (a.fails()) {
                ao.put("fails", true);
            }
        }
    }

    static void putTime(ObjectNode o, String name, Instant t) {
        if (t != null) {
            o.put(name, t.toString());
        }
    }

    /** Whole numbers without a decimal point ({@code 5}, not {@code 5.0}). */
    static void putNumber(ObjectNode o, String name, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            o.put(name, (long) v);
        } else {
            o.put(name, v);
        }
    }
}
