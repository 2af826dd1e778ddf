package io.floorview.store.qa;

import io.floorview.store.Transactions;
import io.floorview.domain.qa.EvaluationQuery;
import io.floorview.domain.qa.EvaluationSummary;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.EvaluationFlow;
import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.domain.qa.Problem;
import io.floorview.domain.qa.ScoreResult;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardRef;
import io.floorview.domain.qa.ScorecardStatus;
import io.floorview.domain.qa.Scoring;
import io.floorview.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluations with their answers, comments, disputes and history, each tied to the scorecard version it was
 * scored with. A save is one transaction, refused when someone else saved the evaluation since it was read
 * (its {@link Evaluation#revision()}); history is only ever added to. The overall score is kept with each
 * save for reports. Blocking: never on the FX thread.
 */
public final class EvaluationRepository {

    private final Database db;

    public EvaluationRepository(Database db) {
        this.db = db;
    }

    /**
     * Saves the evaluation as it is now.
     *
     * @return the evaluation at its new revision
     * @throws IllegalStateException    when it was saved by someone else meanwhile, its scorecard version is not
     *                                  stored, or it would change what cannot change (its version, call, agent)
     * @throws IllegalArgumentException when its answers do not fit its scorecard version
     */
    public Evaluation save(Evaluation e) {
        return Transactions.write(db, "save evaluation " + e.id(), c -> saveIn(c, e));
    }

    /**
     * Stores an evaluation that came from elsewhere (an imported file) together with the scorecard version
     * it was scored with, in one transaction: the version is stored (as given) when this console does not
     * have it, and must be the same, and not a draft, when it has.
     *
     * @throws IllegalStateException when the evaluation is already stored, or this console's version of its
     *                               scorecard differs or is a draft
     */
    public Evaluation importWithVersion(Evaluation e, Scorecard version) {
        if (!e.scorecard().equals(version.ref())) {
            throw new IllegalArgumentException("evaluation " + e.id() + " was scored with " + e.scorecard() + ", not "
                    + version.ref());
        }
        return Transactions.write(db, "import evaluation " + e.id(), c -> {
            if (EvaluationRows.revision(c, e.id()).isPresent()) {
                throw new IllegalStateException("evaluation " + e.id() + " is already here");
            }
            Optional<Scorecard> mine = ScorecardRows.load(c, version.ref());
            if (mine.isEmpty()) {
                ScorecardRows.insert(c, version);
            } else if (!mine.get().sameContent(version)) {
                throw new IllegalStateException("this console's " + version.ref() + " differs from the version the"
                        + " evaluation was scored with");
            } else if (mine.get().status() == ScorecardStatus.DRAFT) {
                throw new IllegalStateException("this console's " + version.ref() + " is still a draft; activate it"
                        + " before importing evaluations scored with it");
            }
            return saveIn(c, e.withRevision(0));
        });
    }

    private static Evaluation saveIn(Connection c, Evaluation e) throws SQLException {
        Optional<Long> stored = EvaluationRows.revision(c, e.id());
        if (stored.isEmpty() && e.revision() != 0) {
            throw new IllegalStateException("evaluation " + e.id() + " is no longer stored; it was deleted");
        }
        if (stored.isPresent() && stored.get() != e.revision()) {
            throw new IllegalStateException("evaluation " + e.id() + " was changed by someone else since it was"
                    + " opened; open it again");
        }
        if (stored.isPresent()) {
            Evaluation before = EvaluationRows.load(c, e.id()).orElseThrow();
            if (!before.scorecard().equals(e.scorecard()) || !before.callId().equals(e.callId())
                    || !before.agentId().equals(e.agentId()) || !before.evaluatorId().equals(e.evaluatorId())) {
                throw new IllegalStateException("evaluation " + e.id() + " keeps its scorecard version, call,"
                        + " agent and evaluator");
            }
        }
        Scorecard version = ScorecardRows.load(c, e.scorecard()).orElseThrow(() -> new IllegalStateException(
                "the scorecard version " + e.scorecard() + " of evaluation " + e.id() + " is not stored"));
        List<Problem> problems = EvaluationFlow.check(version, e);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("evaluation " + e.id() + ": " + problems.get(0));
        }
        ScoreResult score = Scoring.score(version, e.answers());
        long revision = e.revision() + 1;
        EvaluationRows.write(c, e, score, revision);
        return e.withRevision(revision);
    }

    public Optional<Evaluation> find(String id) {
        return Transactions.read(db, "read evaluation " + id, c -> EvaluationRows.load(c, id));
    }

    /** Every evaluation of a call, oldest first: for a calibration of that call. */
    public List<Evaluation> ofCall(String callId) {
        return Transactions.read(db, "read the evaluations of call " + callId, c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM qa_evaluation WHERE call_id = ? ORDER BY created_ms, id")) {
                ps.setString(1, callId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            List<Evaluation> out = new ArrayList<>();
            for (String id : ids) {
                out.add(EvaluationRows.load(c, id).orElseThrow());
            }
            return out;
        });
    }

    /** The evaluations the query selects, by when they were submitted (drafts by when they were created). */
    public List<EvaluationSummary> summaries(EvaluationQuery q) {
        StringBuilder sql = new StringBuilder("SELECT id, scorecard_id, scorecard_version, call_id, agent_id,"
                + " evaluator_id, status, created_ms, submitted_ms, score_percent, failed FROM qa_evaluation WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        filter(sql, args, "agent_id = ?", q.agentId());
        filter(sql, args, "call_id = ?", q.callId());
        filter(sql, args, "evaluator_id = ?", q.evaluatorId());
        filter(sql, args, "coalesce(submitted_ms, created_ms) >= ?", q.from() == null ? null : q.from().toEpochMilli());
        filter(sql, args, "coalesce(submitted_ms, created_ms) < ?", q.to() == null ? null : q.to().toEpochMilli());
        if (q.statuses() != null) {
            sql.append(" AND status IN (").append(String.join(", ", q.statuses().stream().map(s -> "?").toList()))
                    .append(')');
            q.statuses().forEach(s -> args.add(Codes.of(s)));
        }
        sql.append(" ORDER BY coalesce(submitted_ms, created_ms), id");
        return Transactions.read(db, "list evaluations", c -> {
            List<EvaluationSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double score = rs.getDouble(10);
                        Double percent = rs.wasNull() ? null : score;
                        out.add(new EvaluationSummary(rs.getString(1), new ScorecardRef(rs.getString(2), rs.getInt(3)),
                                rs.getString(4), rs.getString(5), rs.getString(6),
                                Codes.parse(EvaluationStatus.class, rs.getString(7)), Instant.ofEpochMilli(rs.getLong(8)),
                                ScorecardRows.time(rs, 9), percent, rs.getInt(11) != 0));
                    }
                }
            }
            return out;
        });
    }

    /** The calls that have an evaluation, draft or not: a sample skips them. */
    public Set<String> evaluatedCallIds() {
        return Transactions.read(db, "list evaluated calls", c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT call_id FROM qa_evaluation");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Deletes a draft evaluation the evaluator gives up on. */
    public void deleteDraft(String id) {
        Transactions.write(db, "delete evaluation " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM qa_evaluation WHERE id = ? AND status = 'draft'")) {
                ps.setString(1, id);
                if (ps.executeUpdate() == 0 && EvaluationRows.revision(c, id).isPresent()) {
                    throw new IllegalStateException("evaluation " + id + " is submitted and is kept");
                }
            }
            return null;
        });
    }

    private static void filter(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            args.add(value);
        }
    }
}
