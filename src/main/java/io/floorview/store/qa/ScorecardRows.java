package io.floorview.store.qa;

import io.floorview.domain.qa.AnswerOption;
import io.floorview.domain.qa.Criticality;
import io.floorview.domain.qa.Question;
import io.floorview.domain.qa.QuestionType;
import io.floorview.domain.qa.ScaleRange;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardRef;
import io.floorview.domain.qa.ScorecardStatus;
import io.floorview.domain.qa.Section;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of a scorecard version's rows, on a connection the caller owns (and its transaction). */
final class ScorecardRows {

    private static final String[] CONTENT = {"qa_option", "qa_question", "qa_section"};

    private ScorecardRows() {
    }

    static Optional<ScorecardStatus> status(Connection c, ScorecardRef ref) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM qa_scorecard WHERE id = ? AND version = ?")) {
            ps.setString(1, ref.id());
            ps.setInt(2, ref.version());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Codes.parse(ScorecardStatus.class, rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** Inserts the version's row and its content. */
    static void insert(Connection c, Scorecard sc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO qa_scorecard (id, version, name, description,"
                + " status, created_ms, activated_ms, retired_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, sc.id());
            ps.setInt(2, sc.version());
            ps.setString(3, sc.name());
            ps.setString(4, sc.description());
            ps.setString(5, Codes.of(sc.status()));
            ps.setLong(6, sc.createdAt().toEpochMilli());
            setTime(ps, 7, sc.activatedAt());
            setTime(ps, 8, sc.retiredAt());
            ps.executeUpdate();
        }
        insertContent(c, sc);
    }

    /** Writes the version's name, description, status and dates (not its content). */
    static void updateHeader(Connection c, Scorecard sc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE qa_scorecard SET name = ?, description = ?, status = ?,"
                + " activated_ms = ?, retired_ms = ? WHERE id = ? AND version = ?")) {
            ps.setString(1, sc.name());
            ps.setString(2, sc.description());
            ps.setString(3, Codes.of(sc.status()));
            setTime(ps, 4, sc.activatedAt());
            setTime(ps, 5, sc.retiredAt());
            ps.setString(6, sc.id());
            ps.setInt(7, sc.version());
            ps.executeUpdate();
        }
    }

    /** Replaces the version's sections, questions and options. */
    static void replaceContent(Connection c, Scorecard sc) throws SQLException {
        for (String table : CONTENT) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE scorecard_id = ? AND version = ?")) {
                ps.setString(1, sc.id());
                ps.setInt(2, sc.version());
                ps.executeUpdate();
            }
        }
        insertContent(c, sc);
    }

    private static void insertContent(Connection c, Scorecard sc) throws SQLException {
        try (PreparedStatement sec = c.prepareStatement("INSERT INTO qa_section (scorecard_id, version, position,"
                + " section_id, title, weight) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement que = c.prepareStatement("INSERT INTO qa_question (scorecard_id, version,"
                     + " section_position, position, question_id, text, help, type, scale_min, scale_max, na_allowed,"
                     + " required, critical) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement opt = c.prepareStatement("INSERT INTO qa_option (scorecard_id, version,"
                     + " section_position, question_position, position, option_id, label, points, fails)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int s = 0; s < sc.sections().size(); s++) {
                Section section = sc.sections().get(s);
                sec.setString(1, sc.id());
                sec.setInt(2, sc.version());
                sec.setInt(3, s);
                sec.setString(4, section.id());
                sec.setString(5, section.title());
                setNumber(sec, 6, section.weight());
                sec.addBatch();
                for (int q = 0; q < section.questions().size(); q++) {
                    Question question = section.questions().get(q);
                    que.setString(1, sc.id());
                    que.setInt(2, sc.version());
                    que.setInt(3, s);
                    que.setInt(4, q);
                    que.setString(5, question.id());
                    que.setString(6, question.text());
                    que.setString(7, question.help());
                    que.setString(8, Codes.of(question.type()));
                    if (question.scale() != null) {
                        que.setInt(9, question.scale().min());
                        que.setInt(10, question.scale().max());
                    } else {
                        que.setNull(9, Types.INTEGER);
                        que.setNull(10, Types.INTEGER);
                    }
                    que.setInt(11, question.naAllowed() ? 1 : 0);
                    que.setInt(12, question.required() ? 1 : 0);
                    que.setString(13, Codes.of(question.critical()));
                    que.addBatch();
                    for (int o = 0; o < question.options().size(); o++) {
                        AnswerOption option = question.options().get(o);
                        opt.setString(1, sc.id());
                        opt.setInt(2, sc.version());
                        opt.setInt(3, s);
                        opt.setInt(4, q);
                        opt.setInt(5, o);
                        opt.setString(6, option.id());
                        opt.setString(7, option.label());
                        setNumber(opt, 8, option.points());
                        opt.setInt(9, option.fails() ? 1 : 0);
                        opt.addBatch();
                    }
                }
            }
            sec.executeBatch();
            que.executeBatch();
            opt.executeBatch();
        }
    }

    /** Every version of the scorecard {@code id}, oldest first. */
    static List<Scorecard> loadAll(Connection c, String id) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM qa_scorecard WHERE id = ? ORDER BY version")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.add(rs.getInt(1));
                }
            }
        }
        List<Scorecard> out = new ArrayList<>();
        for (int v : versions) {
            out.add(load(c, new ScorecardRef(id, v)).orElseThrow());
        }
        return out;
    }

    static Optional<Scorecard> load(Connection c, ScorecardRef ref) throws SQLException {
        Scorecard head;
        try (PreparedStatement ps = c.prepareStatement("SELECT name, description, status, created_ms, activated_ms,"
                + " retired_ms FROM qa_scorecard WHERE id = ? AND version = ?")) {
            bind(ps, ref);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                head = new Scorecard(ref.id(), ref.version(), rs.getString(1), rs.getString(2),
                        Codes.parse(ScorecardStatus.class, rs.getString(3)), List.of(),
                        Instant.ofEpochMilli(rs.getLong(4)), time(rs, 5), time(rs, 6));
            }
        }
        List<List<List<AnswerOption>>> options = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT section_position, question_position, option_id, label,"
                + " points, fails FROM qa_option WHERE scorecard_id = ? AND version = ?"
                + " ORDER BY section_position, question_position, position")) {
            bind(ps, ref);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    slot(slot(options, rs.getInt(1)), rs.getInt(2)).add(new AnswerOption(rs.getString(3),
                            rs.getString(4), number(rs, 5), rs.getInt(6) != 0));
                }
            }
        }
        List<List<Question>> questions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT section_position, position, question_id, text, help,"
                + " type, scale_min, scale_max, na_allowed, required, critical FROM qa_question"
                + " WHERE scorecard_id = ? AND version = ? ORDER BY section_position, position")) {
            bind(ps, ref);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int s = rs.getInt(1);
                    QuestionType type = Codes.parse(QuestionType.class, rs.getString(6));
                    ScaleRange scale = type == QuestionType.SCALE ? new ScaleRange(rs.getInt(7), rs.getInt(8)) : null;
                    List<AnswerOption> opts = s < options.size() ? slot(options.get(s), rs.getInt(2)) : List.of();
                    slot(questions, s).add(new Question(rs.getString(3), rs.getString(4), rs.getString(5), type, opts,
                            scale, rs.getInt(9) != 0, rs.getInt(10) != 0, Codes.parse(Criticality.class, rs.getString(11))));
                }
            }
        }
        List<Section> sections = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT position, section_id, title, weight FROM qa_section"
                + " WHERE scorecard_id = ? AND version = ? ORDER BY position")) {
            bind(ps, ref);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int s = rs.getInt(1);
                    sections.add(new Section(rs.getString(2), rs.getString(3), number(rs, 4),
                            s < questions.size() ? questions.get(s) : List.of()));
                }
            }
        }
        return Optional.of(head.withSections(sections));
    }

    /** The list at {@code index}, growing the outer list as needed. */
    private static <T> List<T> slot(List<List<T>> lists, int index) {
        while (lists.size() <= index) {
            lists.add(new ArrayList<>());
        }
        return lists.get(index);
    }

    private static void bind(PreparedStatement ps, ScorecardRef ref) throws SQLException {
        ps.setString(1, ref.id());
        ps.setInt(2, ref.version());
    }

    static void setTime(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, t.toEpochMilli());
        }
    }

    static Instant time(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    /** SQLite keeps no NaN: a draft's number that is not one is kept as NULL. */
    private static void setNumber(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v)) {
            ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static double number(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? Double.NaN : v;
    }
}
