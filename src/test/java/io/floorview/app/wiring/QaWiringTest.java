package io.floorview.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardStatus;
import io.floorview.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample scorecard a console on the simulator starts with: valid, active, brought in once. */
class QaWiringTest {

    @TempDir
    Path dir;

    @Test
    void theSampleScorecardIsActiveOnceAndOnlyOnAnEmptyConsole() {
        QaWiring qa = new QaWiring(Database.open(dir.resolve("fv.db")), dir);
        assertThat(qa.seedSampleScorecard()).isTrue();
        assertThat(qa.service().activeScorecards()).hasSize(1);
        Scorecard sample = qa.service().activeScorecards().get(0);
        assertThat(sample.name()).isEqualTo("Inbound care (sample)");
        assertThat(sample.status()).isEqualTo(ScorecardStatus.ACTIVE);
        assertThat(sample.sections()).hasSize(3);

        assertThat(qa.seedSampleScorecard()).isFalse();
        assertThat(qa.service().scorecards()).hasSize(1);
    }
}
