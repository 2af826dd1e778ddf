package io.floorview.ui.qa;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.qa.ScorecardStatus;
import io.floorview.service.qa.QaExchange;
import io.floorview.service.qa.QaService;
import io.floorview.store.Database;
import io.floorview.store.qa.EvaluationRepository;
import io.floorview.store.qa.ScorecardRepository;
import io.floorview.testing.QaSamples;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's verbs without a toolkit: export a version to JSON, import it on another console, bad files. */
class ScorecardEditorModelTest {

    @TempDir
    Path dir;

    private ScorecardEditorModel editor(String db) {
        QaService qa = new QaService(new ScorecardRepository(Database.open(dir.resolve(db))),
                new EvaluationRepository(Database.open(dir.resolve(db))), Clock.systemUTC(), QaService.randomIds());
        return new ScorecardEditorModel(qa, new QaExchange(qa), UiExecutor.sameThread(),
                new QaTexts(new Messages(Locale.ENGLISH)));
    }

    @Test
    void exportsAVersionAndAnotherConsoleImportsItAsADraftToActivate() throws Exception {
        ScorecardEditorModel here = editor("here.db");
        here.create("Inbound care");
        here.reshape(sc -> sc.withSections(QaSamples.inboundCareDraft().sections()));
        here.save();
        here.activate();
        assertThat(here.scorecard().status()).isEqualTo(ScorecardStatus.ACTIVE);
        Path file = dir.resolve("inbound-care-v1.json");
        here.exportTo(file);
        assertThat(here.statusProperty().get()).isEqualTo("Exported to inbound-care-v1.json.");
        assertThat(Files.readString(file)).contains("\"Verified the caller's identity\"");

        ScorecardEditorModel there = editor("there.db");
        there.importFrom(file);
        assertThat(there.statusProperty().get()).isEqualTo("Imported “Inbound care” version 1.");
        assertThat(there.scorecard().status()).isEqualTo(ScorecardStatus.DRAFT);
        assertThat(there.scorecard().sections()).isEqualTo(here.scorecard().sections());
        assertThat(there.problems()).isEmpty();
        there.activate();
        assertThat(there.scorecard().status()).isEqualTo(ScorecardStatus.ACTIVE);
        assertThat(there.summaries()).hasSize(1);
    }

    @Test
    void aBadFileIsRefusedWithWhereItIsWrongAndNothingIsImported() throws Exception {
        ScorecardEditorModel there = editor("there.db");
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"floorview-qa\", \"kind\": \"scorecard\"");
        there.importFrom(file);
        assertThat(there.statusIsErrorProperty().get()).isTrue();
        assertThat(there.statusProperty().get()).startsWith("Could not do that: Cannot import broken.json:");
        assertThat(there.scorecard()).isNull();
        there.refresh();
        assertThat(there.summaries()).isEmpty();
    }

    @Test
    void anActiveVersionIsNotEditedButANewDraftIsMadeFromIt() {
        ScorecardEditorModel here = editor("here.db");
        here.create("Inbound care");
        here.reshape(sc -> sc.withSections(QaSamples.inboundCareDraft().sections()));
        here.activate();
        here.edit(sc -> sc.withName("Changed"));
        assertThat(here.scorecard().name()).isEqualTo("Inbound care");
        here.newDraft();
        assertThat(here.scorecard().version()).isEqualTo(2);
        assertThat(here.scorecard().status()).isEqualTo(ScorecardStatus.DRAFT);
        here.editSection(0, s -> s.withWeight(30));
        assertThat(here.problems()).extracting(p -> p.code()).containsExactly("scorecard.weights-sum");
        here.activate();
        assertThat(here.statusProperty().get()).isEqualTo("Cannot activate yet: 1 problem(s) are marked in red below.");
        assertThat(here.scorecard().status()).isEqualTo(ScorecardStatus.DRAFT);
    }
}
