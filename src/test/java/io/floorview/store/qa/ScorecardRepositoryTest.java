package io.floorview.store.qa;

import io.floorview.domain.qa.ScorecardSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.qa.AnswerOption;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardRef;
import io.floorview.domain.qa.ScorecardStatus;
import io.floorview.domain.qa.ScorecardVersions;
import io.floorview.store.Database;
import io.floorview.testing.QaSamples;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scorecard versions in a real SQLite file: drafts change, active and retired versions never do. */
class ScorecardRepositoryTest {

    private static final Instant LATER = QaSamples.T0.plusSeconds(86_400);

    @TempDir
    Path dir;

    private ScorecardRepository open() {
        return new ScorecardRepository(Database.open(dir.resolve("floorview.db")));
    }

    @Test
    void aDraftIsStoredAndReadBackAsItWas() {
        ScorecardRepository repo = open();
        Scorecard draft = QaSamples.inboundCareDraft();
        repo.saveDraft(draft);
        assertThat(repo.find(draft.ref())).hasValue(draft);
        Scorecard edited = draft.withName("Inbound care (2027)").removeSection(3)
                .withSection(0, draft.sections().get(0).withWeight(20));
        repo.saveDraft(edited);
        assertThat(repo.find(draft.ref())).hasValue(edited);
    }

    @Test
    void anUnfinishedDraftIsKeptEvenWithWhatIsWrongWithIt() {
        ScorecardRepository repo = open();
        Scorecard draft = QaSamples.inboundCareDraft();
        Scorecard messy = draft.withQuestion(1, 1, draft.sections().get(1).questions().get(1)
                .withOption(1, AnswerOption.of("fully", "Fully", Double.NaN)))
                .withSection(2, draft.sections().get(2).withWeight(Double.NaN).withQuestions(List.of()));
        repo.saveDraft(messy);
        assertThat(repo.find(messy.ref())).hasValue(messy);
    }

    @Test
    void activatingAndEditingMakeVersionsAndLeaveTheActiveOneAsItWas() {
        ScorecardRepository repo = open();
        Scorecard draft = QaSamples.inboundCareDraft();
        repo.saveDraft(draft);
        repo.saveStatus(repo.versions(draft.id()).activate(1, QaSamples.T0));
        Scorecard v1 = repo.find(draft.ref()).orElseThrow();
        assertThat(v1.status()).isEqualTo(ScorecardStatus.ACTIVE);
        assertThat(v1.activatedAt()).isEqualTo(QaSamples.T0);

        assertThatThrownBy(() -> repo.saveDraft(v1.asDraft(1, LATER).withName("changed in place")))
                .hasMessage("inbound-care v1 is active and frozen; edit the scorecard to make a new draft version");
        assertThat(repo.find(v1.ref())).hasValue(v1);

        Scorecard v2 = repo.versions(draft.id()).draftForEditing(LATER).withName("Inbound care, 2027");
        repo.saveDraft(v2);
        assertThatThrownBy(() -> repo.saveDraft(v1.asDraft(3, LATER)))
                .hasMessage("inbound-care already has a draft (v2)");
        repo.saveStatus(repo.versions(draft.id()).activate(2, LATER));
        ScorecardVersions after = repo.versions(draft.id());
        assertThat(after.versions()).extracting(Scorecard::version, Scorecard::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, ScorecardStatus.RETIRED),
                org.assertj.core.groups.Tuple.tuple(2, ScorecardStatus.ACTIVE));
        assertThat(after.version(1).orElseThrow().name()).isEqualTo("Inbound care");
        assertThat(repo.active()).extracting(Scorecard::ref).containsExactly(new ScorecardRef("inbound-care", 2));
        assertThat(repo.summaries()).extracting(s -> s.ref().version(), ScorecardSummary::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Inbound care"),
                org.assertj.core.groups.Tuple.tuple(2, "Inbound care, 2027"));
    }

    @Test
    void aStatusChangeMustNotSmuggleInContent() {
        ScorecardRepository repo = open();
        Scorecard draft = QaSamples.inboundCareDraft();
        repo.saveDraft(draft);
        List<Scorecard> changed = new ScorecardVersions(draft.id(), List.of(draft.withName("Other"))).activate(1, LATER);
        assertThatThrownBy(() -> repo.saveStatus(changed))
                .hasMessage("inbound-care v1 differs from the stored version; save the draft first");
        assertThat(repo.find(draft.ref()).orElseThrow().status()).isEqualTo(ScorecardStatus.DRAFT);
    }

    @Test
    void anImportedVersionIsStoredOnceAndADraftCanBeDropped() {
        ScorecardRepository repo = open();
        Scorecard v1 = QaSamples.inboundCare();
        repo.insert(v1);
        assertThatThrownBy(() -> repo.insert(v1)).hasMessage("inbound-care v1 is already stored");
        assertThatThrownBy(() -> repo.insert(new Scorecard(v1.id(), 2, v1.name(), v1.description(),
                ScorecardStatus.ACTIVE, v1.sections(), LATER, LATER, null)))
                .hasMessage("inbound-care already has an active version");
        repo.saveDraft(v1.asDraft(2, LATER));
        repo.deleteDraft(new ScorecardRef(v1.id(), 2));
        assertThat(repo.versions(v1.id()).versions()).containsExactly(v1);
        assertThatThrownBy(() -> repo.deleteDraft(v1.ref()))
                .hasMessage("inbound-care v1 is not a draft and is kept for its evaluations");
    }

    @Test
    void everythingIsThereAfterReopeningTheFile() throws Exception {
        Scorecard v1 = QaSamples.inboundCare();
        open().insert(v1);
        Database db = Database.open(dir.resolve("floorview.db"));
        assertThat(new ScorecardRepository(db).find(v1.ref())).hasValue(v1);
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE script = 'V3__qa.sql'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
