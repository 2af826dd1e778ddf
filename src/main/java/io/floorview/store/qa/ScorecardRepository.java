package io.floorview.store.qa;

import io.floorview.store.Transactions;
import io.floorview.domain.qa.ScorecardSummary;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardRef;
import io.floorview.domain.qa.ScorecardStatus;
import io.floorview.domain.qa.ScorecardVersions;
import io.floorview.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scorecards, every version of each. Only a draft's content is ever written over; active and retired
 * versions change only their status and dates, so the version an evaluation was scored with stays exactly
 * as it was. Each method is one transaction. Blocking: never on the FX thread.
 */
public final class ScorecardRepository {

    private final Database db;

    public ScorecardRepository(Database db) {
        this.db = db;
    }

    /**
     * Saves a draft, new or edited.
     *
     * @throws IllegalStateException when {@code draft} is not a draft, when that version is stored as active
     *                               or retired, or when the scorecard has another draft version already
     */
    public Scorecard saveDraft(Scorecard draft) {
        if (draft.status() != ScorecardStatus.DRAFT) {
            throw new IllegalStateException(draft.ref() + " is not a draft; only a draft's content can change");
        }
        return Transactions.write(db, "save the draft " + draft.ref(), c -> {
            Optional<ScorecardStatus> stored = ScorecardRows.status(c, draft.ref());
            if (stored.isPresent() && stored.get() != ScorecardStatus.DRAFT) {
                throw new IllegalStateException(draft.ref() + " is " + stored.get().name().toLowerCase(java.util.Locale.ROOT)
                        + " and frozen; edit the scorecard to make a new draft version");
            }
            Optional<Integer> otherDraft = draftVersion(c, draft.id()).filter(v -> v != draft.version());
            if (otherDraft.isPresent()) {
                throw new IllegalStateException(draft.id() + " already has a draft (v" + otherDraft.get() + ")");
            }
            if (stored.isPresent()) {
                ScorecardRows.updateHeader(c, draft);
                ScorecardRows.replaceContent(c, draft);
            } else {
                ScorecardRows.insert(c, draft);
            }
            return draft;
        });
    }

    /**
     * Stores a version that is not stored yet, whatever its status (an imported one).
     *
     * @throws IllegalStateException when that version exists, or it would make a second draft or active version
     */
    public void insert(Scorecard version) {
        Transactions.write(db, "store " + version.ref(), c -> {
            if (ScorecardRows.status(c, version.ref()).isPresent()) {
                throw new IllegalStateException(version.ref() + " is already stored");
            }
            List<Scorecard> all = ScorecardRows.loadAll(c, version.id());
            if (version.status() != ScorecardStatus.RETIRED
                    && all.stream().anyMatch(s -> s.status() == version.status())) {
                throw new IllegalStateException(version.id() + " already has " + (version.status()
                        == ScorecardStatus.DRAFT ? "a draft" : "an active version"));
            }
            ScorecardRows.insert(c, version);
            return null;
        });
    }

    /**
     * Writes the status and dates of versions changed together by {@link ScorecardVersions#activate} or
     * {@link ScorecardVersions#retire}, in the order given, in one transaction.
     */
    public void saveStatus(List<Scorecard> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Transactions.write(db, "change the status of " + changed.get(changed.size() - 1).ref(), c -> {
            for (Scorecard s : changed) {
                Optional<Scorecard> stored = ScorecardRows.load(c, s.ref());
                if (stored.isEmpty()) {
                    throw new IllegalStateException(s.ref() + " is not stored");
                }
                if (!stored.get().sameContent(s)) {
                    throw new IllegalStateException(s.ref() + " differs from the stored version; save the draft first");
                }
                ScorecardRows.updateHeader(c, s);
            }
            return null;
        });
    }

    /** Deletes a draft version (one no evaluation can use). */
    public void deleteDraft(ScorecardRef ref) {
        Transactions.write(db, "delete the draft " + ref, c -> {
            Optional<ScorecardStatus> stored = ScorecardRows.status(c, ref);
            if (stored.isPresent() && stored.get() != ScorecardStatus.DRAFT) {
                throw new IllegalStateException(ref + " is not a draft and is kept for its evaluations");
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM qa_scorecard WHERE id = ? AND version = ?")) {
                ps.setString(1, ref.id());
                ps.setInt(2, ref.version());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Scorecard> find(ScorecardRef ref) {
        return Transactions.read(db, "read " + ref, c -> ScorecardRows.load(c, ref));
    }

    /** Every version of the scorecard (none when there is no such scorecard). */
    public ScorecardVersions versions(String scorecardId) {
        return Transactions.read(db, "read the versions of " + scorecardId,
                c -> new ScorecardVersions(scorecardId, ScorecardRows.loadAll(c, scorecardId)));
    }

    /** The active version of every scorecard that has one, by name: what new evaluations can use. */
    public List<Scorecard> active() {
        return Transactions.read(db, "read the active scorecards", c -> {
            List<ScorecardRef> refs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, version FROM qa_scorecard WHERE status = 'active' ORDER BY name, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    refs.add(new ScorecardRef(rs.getString(1), rs.getInt(2)));
                }
            }
            List<Scorecard> out = new ArrayList<>();
            for (ScorecardRef r : refs) {
                out.add(ScorecardRows.load(c, r).orElseThrow());
            }
            return out;
        });
    }

    /** Every version of every scorecard, by name, then id, then version. */
    public List<ScorecardSummary> summaries() {
        return Transactions.read(db, "read the scorecards", c -> {
            List<ScorecardSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.version, s.name, s.status, s.created_ms,"
                    + " s.activated_ms, s.retired_ms, (SELECT count(*) FROM qa_evaluation e"
                    + " WHERE e.scorecard_id = s.id AND e.scorecard_version = s.version)"
                    + " FROM qa_scorecard s ORDER BY s.name, s.id, s.version");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ScorecardSummary(new ScorecardRef(rs.getString(1), rs.getInt(2)), rs.getString(3),
                            Codes.parse(ScorecardStatus.class, rs.getString(4)), java.time.Instant.ofEpochMilli(rs.getLong(5)),
                            ScorecardRows.time(rs, 6), ScorecardRows.time(rs, 7), rs.getInt(8)));
                }
            }
            return out;
        });
    }

    private static Optional<Integer> draftVersion(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version FROM qa_scorecard WHERE id = ? AND status = 'draft'")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        }
    }
}
