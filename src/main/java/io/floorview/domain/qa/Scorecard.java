package io.floorview.domain.qa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a scorecard template: sections of questions of answer options. Versions are frozen once
 * active; editing an active scorecard makes a new draft version ({@link ScorecardVersions}), and every
 * evaluation is tied to the exact version it was scored with ({@link ScorecardRef}).
 *
 * @param id          the scorecard, the same across its versions
 * @param version     1, 2, … within the scorecard
 * @param activatedAt when it became active, {@code null} for a draft
 * @param retiredAt   when it was retired, {@code null} unless retired
 */
public record Scorecard(String id, int version, String name, String description, ScorecardStatus status,
                        List<Section> sections, Instant createdAt, Instant activatedAt, Instant retiredAt) {

    public Scorecard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(status, "status");
        sections = List.copyOf(sections);
        Objects.requireNonNull(createdAt, "createdAt");
        if (version < 1) {
            throw new IllegalArgumentException("a scorecard version is 1 or more, not " + version);
        }
    }

    /** A new, empty scorecard: version 1, a draft. */
    public static Scorecard newDraft(String id, String name, Instant now) {
        return new Scorecard(id, 1, name, "", ScorecardStatus.DRAFT, List.of(), now, null, null);
    }

    public ScorecardRef ref() {
        return new ScorecardRef(id, version);
    }

    /** Only a draft may be edited. */
    public boolean editable() {
        return status == ScorecardStatus.DRAFT;
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    /** The question with this id and where it is; the first one when an unfinished draft repeats an id. */
    public Optional<QuestionAt> question(String questionId) {
        for (int s = 0; s < sections.size(); s++) {
            List<Question> qs = sections.get(s).questions();
            for (int q = 0; q < qs.size(); q++) {
                if (qs.get(q).id().equals(questionId)) {
                    return Optional.of(new QuestionAt(s, q, sections.get(s), qs.get(q)));
                }
            }
        }
        return Optional.empty();
    }

    /** Every question with where it is, in the order evaluators answer them. */
    public List<QuestionAt> questions() {
        List<QuestionAt> out = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            List<Question> qs = sections.get(s).questions();
            for (int q = 0; q < qs.size(); q++) {
                out.add(new QuestionAt(s, q, sections.get(s), qs.get(q)));
            }
        }
        return out;
    }

    /** Whether {@code other} asks the same questions in the same way (status and dates aside). */
    public boolean sameContent(Scorecard other) {
        return name.equals(other.name) && description.equals(other.description) && sections.equals(other.sections);
    }

    public Scorecard withName(String newName) {
        return new Scorecard(id, version, newName, description, status, sections, createdAt, activatedAt, retiredAt);
    }

    public Scorecard withDescription(String text) {
        return new Scorecard(id, version, name, text, status, sections, createdAt, activatedAt, retiredAt);
    }

    public Scorecard withSections(List<Section> newSections) {
        return new Scorecard(id, version, name, description, status, newSections, createdAt, activatedAt, retiredAt);
    }

    public Scorecard withSection(int index, Section section) {
        return withSections(ListEdits.replace(sections, index, section));
    }

    public Scorecard addSection(Section section) {
        return withSections(ListEdits.add(sections, section));
    }

    public Scorecard insertSection(int index, Section section) {
        return withSections(ListEdits.insert(sections, index, section));
    }

    public Scorecard removeSection(int index) {
        return withSections(ListEdits.remove(sections, index));
    }

    public Scorecard moveSection(int from, int to) {
        return withSections(ListEdits.move(sections, from, to));
    }

    /** The question at ({@code sectionIndex}, {@code questionIndex}) replaced: the usual edit of an editor. */
    public Scorecard withQuestion(int sectionIndex, int questionIndex, Question question) {
        return withSection(sectionIndex, sections.get(sectionIndex).withQuestion(questionIndex, question));
    }

    /** This version's content as a new draft {@code newVersion}, created {@code now}. */
    public Scorecard asDraft(int newVersion, Instant now) {
        return new Scorecard(id, newVersion, name, description, ScorecardStatus.DRAFT, sections, now, null, null);
    }

    /**
     * This version as a retired one, retired {@code at} unless it already was: how a console keeps a version
     * it imports only for the evaluations scored with it.
     */
    public Scorecard asRetiredCopy(Instant at) {
        return status == ScorecardStatus.RETIRED ? this : retired(at);
    }

    Scorecard activated(Instant at) {
        return new Scorecard(id, version, name, description, ScorecardStatus.ACTIVE, sections, createdAt, at, null);
    }

    Scorecard retired(Instant at) {
        return new Scorecard(id, version, name, description, ScorecardStatus.RETIRED, sections, createdAt,
                activatedAt, at);
    }

    @Override
    public String toString() {
        return "Scorecard[" + ref() + " '" + name + "', " + status + ", " + sections.size() + " sections]";
    }
}
