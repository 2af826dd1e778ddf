package io.floorview.service.qa.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.Dispute;
import io.floorview.domain.qa.DisputeOutcome;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.EvaluationAction;
import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.domain.qa.HistoryEntry;
import io.floorview.domain.qa.QuestionAt;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardRef;
import io.floorview.domain.qa.TimedComment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An evaluation as the {@code evaluation} object of a QA file (docs/qa-format.md). */
final class EvaluationCodec {

    private static final Set<String> EVALUATION = Set.of("id", "callId", "agent", "evaluator", "recording",
            "createdAt", "status", "answers", "comment", "timedComments", "disputes", "history");
    private static final Set<String> ANSWER = Set.of("option", "na", "comment");
    private static final Set<String> TIMED = Set.of("atMs", "text", "question");
    private static final Set<String> DISPUTE = Set.of("question", "reason", "by", "at", "resolution");
    private static final Set<String> RESOLUTION = Set.of("outcome", "before", "after", "note", "by", "at");
    private static final Set<String> HISTORY = Set.of("at", "by", "action", "question", "detail");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EvaluationCodec() {
    }

    static Evaluation read(JsonIn in, ScorecardRef scorecard) throws QaFormatException {
        in.object(EVALUATION);
        Map<String, Answer> answers = new HashMap<>();
        JsonIn a = in.field("answers");
        if (a.present()) {
            a.anyObject();
            Iterator<String> ids = a.node.fieldNames();
            while (ids.hasNext()) {
                String id = ids.next();
                answers.put(id, answer(a.field(id)));
            }
        }
        List<TimedComment> timed = new ArrayList<>();
        for (JsonIn t : in.field("timedComments").array(true)) {
            t.object(TIMED);
            long at = t.longInteger("atMs");
            if (at < 0) {
                throw t.field("atMs").error("a moment is 0 ms or later into the recording, not " + at);
            }
            timed.add(new TimedComment(at, t.string("text"), t.string("question", null)));
        }
        List<Dispute> disputes = new ArrayList<>();
        for (JsonIn d : in.field("disputes").array(true)) {
            disputes.add(dispute(d));
        }
        List<HistoryEntry> history = new ArrayList<>();
        for (JsonIn h : in.field("history").array(true)) {
            h.object(HISTORY);
            history.add(new HistoryEntry(h.instant("at"), h.string("by"), h.choice("action", EvaluationAction.class,
                    null), h.string("question", null), h.string("detail", "")));
        }
        return new Evaluation(in.string("id"), scorecard, in.string("callId"), in.string("agent"),
                in.string("evaluator"), in.string("recording", null), in.instant("createdAt"),
                in.choice("status", EvaluationStatus.class, null), answers, in.string("comment", ""), timed, disputes,
                history, 0);
    }

    private static Answer answer(JsonIn in) throws QaFormatException {
        // an answer object lists only what it has: {"option": "yes"}, {"na": true}, {"comment": "…"}
        in.object(ANSWER);
        boolean na = in.bool("na", false);
        String option = in.string("option", null);
        if (na && option != null) {
            throw in.error("an answer is an option or N/A, not both");
        }
        return new Answer(option, na, in.string("comment", ""));
    }

    private static Dispute dispute(JsonIn in) throws QaFormatException {
        in.object(DISPUTE);
        Dispute.Resolution r = null;
        JsonIn res = in.field("resolution");
        if (res.present()) {
            res.object(RESOLUTION);
            r = new Dispute.Resolution(res.choice("outcome", DisputeOutcome.class, null), answer(res.field("before")),
                    answer(res.field("after")), res.string("note"), res.string("by"), res.instant("at"));
        }
        return new Dispute(in.string("question"), in.string("reason"), in.string("by"), in.instant("at"), r);
    }

    static ObjectNode write(Evaluation e, Scorecard version) {
        ObjectNode o = NODES.objectNode();
        o.put("id", e.id());
        o.put("callId", e.callId());
        o.put("agent", e.agentId());
        o.put("evaluator", e.evaluatorId());
        if (e.recordingUri() != null) {
            o.put("recording", e.recordingUri());
        }
        o.put("createdAt", e.createdAt().toString());
        o.put("status", Wire.name(e.status()));
        ObjectNode answers = o.putObject("answers");
        for (QuestionAt at : version.questions()) { // in the order of the scorecard
            Answer a = e.answers().get(at.question().id());
            if (a != null) {
                answers.set(at.question().id(), answer(a));
            }
        }
        e.answers().keySet().stream().filter(id -> version.question(id).isEmpty()).sorted()
                .forEach(id -> answers.set(id, answer(e.answers().get(id))));
        if (!e.comment().isEmpty()) {
            o.put("comment", e.comment());
        }
        ArrayNode timed = o.putArray("timedComments");
        for (TimedComment t : e.timedComments()) {
            ObjectNode to = timed.addObject();
            to.put("atMs", t.offsetMs());
            to.put("text", t.text());
            if (t.questionId() != null) {
                to.put("question", t.questionId());
            }
        }
        ArrayNode disputes = o.putArray("disputes");
        for (Dispute d : e.disputes()) {
            ObjectNode d0 = disputes.addObject();
            d0.put("question", d.questionId());
            d0.put("reason", d.reason());
            d0.put("by", d.raisedBy());
            d0.put("at", d.raisedAt().toString());
            if (d.resolution() != null) {
                Dispute.Resolution r = d.resolution();
                ObjectNode ro = d0.putObject("resolution");
                ro.put("outcome", Wire.name(r.outcome()));
                ro.set("before", answer(r.before()));
                ro.set("after", answer(r.after()));
                ro.put("note", r.note());
                ro.put("by", r.reviewer());
                ro.put("at", r.at().toString());
            }
        }
        ArrayNode history = o.putArray("history");
        for (HistoryEntry h : e.history()) {
            ObjectNode ho = history.addObject();
            ho.put("at", h.at().toString());
            ho.put("by", h.actor());
            ho.put("action", Wire.name(h.action()));
            if (h.questionId() != null) {
                ho.put("question", h.questionId());
            }
            if (!h.detail().isEmpty()) {
                ho.put("detail", h.detail());
            }
        }
        return o;
    }

    private static ObjectNode answer(Answer a) {
        ObjectNode o = NODES.objectNode();
        if (a.optionId() != null) {
            o.put("option", a.optionId());
        }
        if (a.notApplicable()) {
            o.put("na", true);
        }
        if (!a.comment().isEmpty()) {
            o.put("comment", a.comment());
        }
        return o;
    }
}
