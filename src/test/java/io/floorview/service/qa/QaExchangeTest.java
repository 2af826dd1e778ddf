package io.floorview.service.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardRef;
import io.floorview.domain.qa.ScorecardStatus;
import io.floorview.service.qa.format.QaFormatException;
import io.floorview.store.Database;
import io.floorview.store.qa.ScorecardRepository;
import io.floorview.testing.QaSamples;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scorecard and an evaluation travel from one console to another as files. */
class QaExchangeTest {

    @TempDir
    Path dir;

    private final QaServiceTest.TestClock clock = new QaServiceTest.TestClock(QaSamples.T0);

    @Test
    void aScorecardArrivesAsADraftToActivateAndAnEvaluationWithItsExactVersion() throws Exception {
        QaService central = QaServiceTest.open(dir.resolve("central.db"), clock);
        new ScorecardRepository(Database.open(dir.resolve("central.db"))).insert(QaSamples.inboundCare());
        Evaluation scored = central.submit(QaServiceTest.answered(central.startEvaluation("inbound-care", "c-1", "a17",
                "tl-maria", null)), "tl-maria");
        QaExchange from = new QaExchange(central);
        String scorecardFile = from.exportScorecard(new ScorecardRef("inbound-care", 1));
        String evaluationFile = from.exportEvaluation(scored.id());

        QaService site = QaServiceTest.open(dir.resolve("site.db"), clock);
        QaExchange to = new QaExchange(site);
        Scorecard arrived = to.importScorecard(scorecardFile);
        assertThat(arrived.status()).as("checked and activated here").isEqualTo(ScorecardStatus.DRAFT);
        assertThat(arrived.ref()).isEqualTo(new ScorecardRef("inbound-care", 1));
        assertThatThrownBy(() -> to.importEvaluation(evaluationFile)).hasMessage(
                "this console's inbound-care v1 is still a draft; activate it before importing evaluations scored with it");
        site.activate(arrived.ref());
        assertThat(to.importScorecard(scorecardFile).status()).as("the same version again changes nothing")
                .isEqualTo(ScorecardStatus.ACTIVE);
        Evaluation imported = to.importEvaluation(evaluationFile);
        assertThat(imported.revision()).isEqualTo(1);
        assertThat(site.evaluation(scored.id()).answers()).isEqualTo(scored.answers());
        assertThat(site.evaluation(scored.id()).history()).isEqualTo(scored.history());
        assertThatThrownBy(() -> to.importEvaluation(evaluationFile)).hasMessage("evaluation ev-1 is already here");
    }

    @Test
    void anEvaluationOfAnUnknownVersionBringsThatVersionAlongRetired() throws Exception {
        QaService central = QaServiceTest.open(dir.resolve("central.db"), clock);
        new ScorecardRepository(Database.open(dir.resolve("central.db"))).insert(QaSamples.inboundCare());
        Evaluation scored = central.submit(QaServiceTest.answered(central.startEvaluation("inbound-care", "c-1", "a17",
                "tl-maria", null)), "tl-maria");
        QaService site = QaServiceTest.open(dir.resolve("site.db"), clock);
        new QaExchange(site).importEvaluation(new QaExchange(central).exportEvaluation(scored.id()));
        Scorecard kept = site.scorecard(new ScorecardRef("inbound-care", 1));
        assertThat(kept.status()).isEqualTo(ScorecardStatus.RETIRED);
        assertThat(site.open(scored.id()).score().percent()).isEqualTo(100.0);
    }

    @Test
    void aDifferentVersionUnderTheSameNumberIsRefused() throws Exception {
        QaService site = QaServiceTest.open(dir.resolve("site.db"), clock);
        new ScorecardRepository(Database.open(dir.resolve("site.db"))).insert(QaSamples.inboundCare());
        Scorecard other = QaSamples.inboundCare().withName("Something else");
        String file = io.floorview.service.qa.format.QaFiles.write(other);
        assertThatThrownBy(() -> new QaExchange(site).importScorecard(file)).hasMessage(
                "this console's inbound-care v1 differs from the file's; the same version cannot hold two contents");
        assertThatThrownBy(() -> new QaExchange(site).importEvaluation(file))
                .isInstanceOf(QaFormatException.class).hasMessage("$.kind: this is a scorecard file; import it as a scorecard");
    }
}
