package io.floorview.domain.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.testing.QaSamples;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Draft → active → retired; an active version is frozen, so editing it makes a new draft version. */
class ScorecardVersionsTest {

    private static final Instant LATER = QaSamples.T0.plusSeconds(86_400);

    @Test
    void editingTheActiveVersionMakesTheNextVersionAsADraftAndLeavesTheActiveOneAlone() {
        Scorecard v1 = QaSamples.inboundCare();
        ScorecardVersions versions = new ScorecardVersions(v1.id(), List.of(v1));
        Scorecard draft = versions.draftForEditing(LATER);
        assertThat(draft.version()).isEqualTo(2);
        assertThat(draft.status()).isEqualTo(ScorecardStatus.DRAFT);
        assertThat(draft.sameContent(v1)).isTrue();
        assertThat(draft.createdAt()).isEqualTo(LATER);
        assertThat(draft.activatedAt()).isNull();

        Scorecard edited = draft.withSection(3, draft.sections().get(3).withTitle("Offers"));
        ScorecardVersions withDraft = versions.with(List.of(edited));
        assertThat(withDraft.draftForEditing(LATER.plusSeconds(1))).isEqualTo(edited);

        List<Scorecard> changed = withDraft.activate(2, LATER.plusSeconds(60));
        assertThat(changed).extracting(Scorecard::version, Scorecard::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, ScorecardStatus.RETIRED),
                org.assertj.core.groups.Tuple.tuple(2, ScorecardStatus.ACTIVE));
        ScorecardVersions after = withDraft.with(changed);
        assertThat(after.active().orElseThrow().sections().get(3).title()).isEqualTo("Offers");
        Scorecard retired = after.version(1).orElseThrow();
        assertThat(retired.sections().get(3).title()).isEqualTo("Upsell");
        assertThat(retired.retiredAt()).isEqualTo(LATER.plusSeconds(60));
        assertThat(after.draft()).isEmpty();
        assertThat(after.nextVersion()).isEqualTo(3);
    }

    @Test
    void aDraftWithErrorsCannotBeActivatedAndSaysWhy() {
        Scorecard bad = QaSamples.inboundCareDraft();
        bad = bad.withSection(0, bad.sections().get(0).withWeight(10));
        ScorecardVersions versions = new ScorecardVersions(bad.id(), List.of(bad));
        assertThatThrownBy(() -> versions.activate(1, LATER))
                .isInstanceOfSatisfying(InvalidScorecardException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("scorecard.weights-sum"))
                .hasMessageContaining("inbound-care v1 cannot be activated: weights: the section weights add up to 90 %");
    }

    @Test
    void onlyADraftIsActivatedAndOnlyTheActiveVersionRetired() {
        Scorecard v1 = QaSamples.inboundCare();
        ScorecardVersions versions = new ScorecardVersions(v1.id(), List.of(v1));
        assertThatThrownBy(() -> versions.activate(1, LATER)).hasMessage(
                "inbound-care v1 is active; only a draft can be activated");
        Scorecard retired = versions.retire(1, LATER);
        assertThat(retired.status()).isEqualTo(ScorecardStatus.RETIRED);
        ScorecardVersions none = versions.with(List.of(retired));
        assertThat(none.active()).isEmpty();
        assertThatThrownBy(() -> none.retire(1, LATER)).hasMessage(
                "inbound-care v1 is retired; only the active version can be retired");
        assertThat(none.draftForEditing(LATER).version()).as("a retired scorecard can be brought back as a draft")
                .isEqualTo(2);
        assertThatThrownBy(() -> versions.activate(7, LATER)).hasMessage("inbound-care has no version 7");
    }

    @Test
    void versionsBelongToOneScorecardOnce() {
        Scorecard v1 = QaSamples.inboundCare();
        assertThatThrownBy(() -> new ScorecardVersions("other", List.of(v1)))
                .hasMessage("inbound-care v1 is not a version of other");
        assertThatThrownBy(() -> new ScorecardVersions(v1.id(), List.of(v1, v1)))
                .hasMessage("version 1 of inbound-care twice");
    }
}
