package io.floorview.store.qa;

import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.Dispute;
import io.floorview.domain.qa.DisputeOutcome;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.EvaluationAction;
import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.domain.qa.HistoryEntry;
import io.floorview.domain.qa.ScoreResult;
import io.floorview.domain.qa.ScorecardRef;
import io.floorview.domain.qa.TimedComment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of an evaluation's rows, on a connection the caller owns (and its transaction). */
final class EvaluationRows {

    private static final String[] PARTS = {"qa_answer", "qa_timed_comment", "qa_dispute"};

    private EvaluationRows() {
    }

    /** The stored revision, or empty when the evaluation is not stored. */
    static Optional<Long> revision(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT revision FROM qa_evaluation WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Writes the evaluation at {@code revision}: its row, its parts, and the history entries not stored yet. */
    static void write(Connection c, Evaluation e, ScoreResult score, long revision) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO qa_evaluation (id, scorecard_id, scorecard_version,"
                + " call_id, agent_id, evaluator_id, recording_uri, status, comment, created_ms, submitted_ms,"
                + " score_percent, failed, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET status = excluded.status, comment = excluded.comment,"
                + " recording_uri = excluded.recording_uri, submitted_ms = excluded.submitted_ms,"
                + " score_percent = excluded.score_percent, failed = excluded.failed, revision = excluded.revision")) {
            ps.setString(1, e.id());
            ps.setString(2, e.scorecard().id());
            ps.setInt(3, e.scorecard().version());
            ps.setString(4, e.callId());
            ps.setString(5, e.agentId());
            ps.setString(6, e.evaluatorId());
            ps.setString(7, e.recordingUri());
            ps.setString(8, Codes.of(e.status()));
            ps.setString(9, e.comment());
            ps.setLong(10, e.createdAt().toEpochMilli());
            ScorecardRows.setTime(ps, 11, e.submittedAt().orElse(null));
            if (score.percent() == null) {
                ps.setNull(12, Types.REAL);
            } else {
                ps.setDouble(12, score.percent());
            }
            ps.setInt(13, score.failed() ? 1 : 0);
            ps.setLong(14, revision);
            ps.executeUpdate();
        }
        for (String table : PARTS) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE evaluation_id = ?")) {
                ps.setString(1, e.id());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO qa_answer (evaluation_id, question_id, option_id,"
                + " not_applicable, comment) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, Answer> a : e.answers().entrySet()) {
                ps.setString(1, e.id());
                ps.setString(2, a.getKey());
                ps.setString(3, a.getValue().optionId());
                ps.setInt(4, a.getValue().notApplicable() ? 1 : 0);
                ps.setString(5, a.getValue().comment());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO qa_timed_comment (evaluation_id, position,"
                + " offset_ms, question_id, text) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < e.timedComments().size(); i++) {
                TimedComment t = e.timedComments().get(i);
                ps.setString(1, e.id());
                ps.setInt(2, i);
                ps.setLong(3, t.offsetMs());
                ps.setString(4, t.questionId());
                ps.setString(5, t.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        writeDisputes(c, e);
        appendHistory(c, e);
    }

    private static void writeDisputes(Connection c, Evaluation e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO qa_dispute (evaluation_id, question_id, reason,"
                + " raised_by, raised_ms, outcome, before_option_id, before_na, before_comment, after_option_id,"
                + " after_na, after_comment, note, reviewer, resolved_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Dispute d : e.disputes()) {
                ps.setString(1, e.id());
                ps.setString(2, d.questionId());
                ps.setString(3, d.reason());
                ps.setString(4, d.raisedBy());
                ps.setLong(5, d.raisedAt().toEpochMilli());
                Dispute.Resolution r = d.resolution();
                ps.setString(6, r == null ? null : Codes.of(r.outcome()));
                setAnswer(ps, 7, r == null ? null : r.before());
                setAnswer(ps, 10, r == null ? null : r.after());
                ps.setString(13, r == null ? null : r.note());
                ps.setString(14, r == null ? null : r.reviewer());
                ScorecardRows.setTime(ps, 15, r == null ? null : r.at());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setAnswer(PreparedStatement ps, int i, Answer a) throws SQLException {
        ps.setString(i, a == null ? null : a.optionId());
        if (a == null) {
            ps.setNull(i + 1, Types.INTEGER);
        } else {
            ps.setInt(i + 1, a.notApplicable() ? 1 : 0);
        }
        ps.setString(i + 2, a == null ? null : a.comment());
    }

    /** Adds the history entries past those stored; refuses a history that would lose stored entries. */
    private static void appendHistory(Connection c, Evaluation e) throws SQLException {
        int stored;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM qa_history WHERE evaluation_id = ?")) {
            ps.setString(1, e.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                stored = rs.getInt(1);
            }
        }
        if (e.history().size() < stored) {
            throw new IllegalStateException("evaluation " + e.id() + " has " + stored + " steps of history stored;"
                    + " a save cannot remove any");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO qa_history (evaluation_id, position, at_ms, actor,"
                + " action, question_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = stored; i < e.history().size(); i++) {
                HistoryEntry h = e.history().get(i);
                ps.setString(1, e.id());
                ps.setInt(2, i);
                ps.setLong(3, h.at().toEpochMilli());
                ps.setString(4, h.actor());
                ps.setString(5, Codes.of(h.action()));
                ps.setString(6, h.questionId());
                ps.setString(7, h.detail());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static Optional<Evaluation> load(Connection c, String id) throws SQLException {
        Evaluation head;
        try (PreparedStatement ps = c.prepareStatement("SELECT scorecard_id, scorecard_version, call_id, agent_id,"
                + " evaluator_id, recording_uri, created_ms, status, comment, revision FROM qa_evaluation WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                head = new Evaluation(id, new ScorecardRef(rs.getString(1), rs.getInt(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)),
                        Codes.parse(EvaluationStatus.class, rs.getString(8)), Map.of(), rs.getString(9), List.of(),
                        List.of(), List.of(), rs.getLong(10));
            }
        }
        Map<String, Answer> answers = new HashMap<>();
        try (ResultSet rs = query(c, "SELECT question_id, option_id, not_applicable, comment FROM qa_answer"
                + " WHERE evaluation_id = ?", id)) {
            while (rs.next()) {
                answers.put(rs.getString(1), new Answer(rs.getString(2), rs.getInt(3) != 0, rs.getString(4)));
            }
        }
        List<TimedComment> timed = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT offset_ms, text, question_id FROM qa_timed_comment WHERE evaluation_id = ?"
                + " ORDER BY position", id)) {
            while (rs.next()) {
                timed.add(new TimedComment(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        List<Dispute> disputes = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT question_id, reason, raised_by, raised_ms, outcome, before_option_id,"
                + " before_na, before_comment, after_option_id, after_na, after_comment, note, reviewer, resolved_ms"
                + " FROM qa_dispute WHERE evaluation_id = ? ORDER BY rowid", id)) {
            while (rs.next()) {
                Dispute.Resolution r = rs.getString(5) == null ? null : new Dispute.Resolution(
                        Codes.parse(DisputeOutcome.class, rs.getString(5)),
                        new Answer(rs.getString(6), rs.getInt(7) != 0, rs.getString(8)),
                        new Answer(rs.getString(9), rs.getInt(10) != 0, rs.getString(11)), rs.getString(12),
                        rs.getString(13), Instant.ofEpochMilli(rs.getLong(14)));
                disputes.add(new Dispute(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4)), r));
            }
        }
        List<HistoryEntry> history = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT at_ms, actor, action, question_id, detail FROM qa_history"
                + " WHERE evaluation_id = ? ORDER BY position", id)) {
            while (rs.next()) {
                history.add(new HistoryEntry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2),
                        Codes.parse(EvaluationAction.class, rs.getString(3)), rs.getString(4), rs.getString(5)));
            }
        }
        return Optional.of(new Evaluation(id, head.scorecard(), head.callId(), head.agentId(), head.evaluatorId(),
                head.recordingUri(), head.createdAt(), head.status(), answers, head.comment(), timed, disputes, history,
                head.revision()));
    }

    /** A query of one string parameter; closing the result set closes the statement. */
    private static ResultSet query(Connection c, String sql, String param) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.closeOnCompletion();
        ps.setString(1, param);
        return ps.executeQuery();
    }
}
