package io.floorview.domain.qa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * All versions of one scorecard and the rules of their life: draft → active → retired. At most one draft and
 * one active version at a time; active and retired versions are frozen, so editing an active scorecard
 * makes a new draft version; activating a draft retires the version that was active.
 */
public record ScorecardVersions(String scorecardId, List<Scorecard> versions) {

    public ScorecardVersions {
        Objects.requireNonNull(scorecardId, "scorecardId");
        List<Scorecard> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparingInt(Scorecard::version));
        for (int i = 0; i < sorted.size(); i++) {
            Scorecard s = sorted.get(i);
            if (!s.id().equals(scorecardId)) {
                throw new IllegalArgumentException(s.ref() + " is not a version of " + scorecardId);
            }
            if (i > 0 && sorted.get(i - 1).version() == s.version()) {
                throw new IllegalArgumentException("version " + s.version() + " of " + scorecardId + " twice");
            }
        }
        versions = List.copyOf(sorted);
    }

    public Optional<Scorecard> active() {
        return versions.stream().filter(s -> s.status() == ScorecardStatus.ACTIVE).findFirst();
    }

    public Optional<Scorecard> draft() {
        return versions.stream().filter(s -> s.status() == ScorecardStatus.DRAFT).findFirst();
    }

    public Optional<Scorecard> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<Scorecard> version(int version) {
        return versions.stream().filter(s -> s.version() == version).findFirst();
    }

    public int nextVersion() {
        return latest().map(s -> s.version() + 1).orElse(1);
    }

    /**
     * The draft to edit: the scorecard's draft when it has one, otherwise a new draft (the next version)
     * copied from the active version, or from the latest one when none is active. The new draft is not in
     * this list: the caller saves it.
     */
    public Scorecard draftForEditing(Instant now) {
        Optional<Scorecard> draft = draft();
        if (draft.isPresent()) {
            return draft.get();
        }
        Scorecard base = active().or(this::latest)
                .orElseThrow(() -> new IllegalStateException(scorecardId + " has no version to edit"));
        return base.asDraft(nextVersion(), now);
    }

    /**
     * Activates the draft {@code version}: the versions that change, the version that was active (now
     * retired) first, then the newly active one.
     *
     * @throws InvalidScorecardException when the draft has errors
     * @throws IllegalStateException     when {@code version} is not a draft
     */
    public List<Scorecard> activate(int version, Instant now) {
        Scorecard target = require(version);
        if (target.status() != ScorecardStatus.DRAFT) {
            throw new IllegalStateException(target.ref() + " is " + words(target.status())
                    + "; only a draft can be activated");
        }
        List<Problem> errors = ScorecardValidator.errors(target);
        if (!errors.isEmpty()) {
            throw new InvalidScorecardException(target.ref(), errors);
        }
        List<Scorecard> changed = new ArrayList<>();
        active().ifPresent(a -> changed.add(a.retired(now)));
        changed.add(target.activated(now));
        return List.copyOf(changed);
    }

    /** Retires the active {@code version}: new evaluations can no longer use it. */
    public Scorecard retire(int version, Instant now) {
        Scorecard target = require(version);
        if (target.status() != ScorecardStatus.ACTIVE) {
            throw new IllegalStateException(target.ref() + " is " + words(target.status())
                    + "; only the active version can be retired");
        }
        return target.retired(now);
    }

    /** The versions with {@code changed} put in place of the same versions (or added). */
    public ScorecardVersions with(List<Scorecard> changed) {
        List<Scorecard> out = new ArrayList<>(versions);
        for (Scorecard c : changed) {
            out.removeIf(s -> s.version() == c.version());
            out.add(c);
        }
        return new ScorecardVersions(scorecardId, out);
    }

    private Scorecard require(int version) {
        return version(version).orElseThrow(() -> new IllegalArgumentException(
                scorecardId + " has no version " + version));
    }

    static String words(ScorecardStatus status) {
        return switch (status) {
            case DRAFT -> "a draft";
            case ACTIVE -> "active";
            case RETIRED -> "retired";
        };
    }
}
