package io.floorview.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.alert.Metric;
import io.floorview.domain.alert.Threshold;
import io.floorview.domain.alert.Thresholds;
import io.floorview.domain.kpi.ServiceLevelFormula;
import io.floorview.domain.layout.FloorLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorLayoutRepositoryTest {

    @TempDir
    Path dir;

    private static FloorLayout layout(String queue, int window, String theme, Thresholds t) {
        return new FloorLayout(queue, Set.of("support"), List.of("serviceLevel", "waiting"), window, 1600, 1000,
                0.4, theme, true, 20, t, Map.of("sales", ServiceLevelFormula.ANSWERED_ONLY));
    }

    @Test
    void aSavedLayoutComesBackAfterTheDatabaseIsOpenedAgain() {
        Thresholds t = Thresholds.DEFAULT.withDefault(Metric.WAITING, new Threshold(3, 6))
                .withQueue("sales", Metric.SERVICE_LEVEL, new Threshold(90, 85));
        FloorLayout saved = layout("sales", 30, "light", t);
        new FloorLayoutRepository(Database.open(dir.resolve("floorview.db"))).save("maria", saved, 1L);

        FloorLayoutRepository again = new FloorLayoutRepository(Database.open(dir.resolve("floorview.db")));
        assertThat(again.load("maria")).contains(saved);
        assertThat(again.load("paolo")).as("each supervisor has their own").isEmpty();
    }

    @Test
    void aSaveReplacesTheWholeLayoutOfThatSupervisorOnly() {
        FloorLayoutRepository repo = new FloorLayoutRepository(Database.open(dir.resolve("floorview.db")));
        Thresholds own = Thresholds.DEFAULT.withQueue("sales", Metric.WAITING, new Threshold(2, 4));
        repo.save("maria", layout("sales", 30, "light", own), 1L);
        repo.save("paolo", layout("billing", 15, "dark", Thresholds.DEFAULT), 2L);
        FloorLayout second = layout("*", 0, "dark", Thresholds.DEFAULT);
        repo.save("maria", second, 3L);
        assertThat(repo.load("maria")).contains(second);
        assertThat(repo.load("maria").orElseThrow().thresholds().queues()).as("old own levels are gone").isEmpty();
        assertThat(repo.load("paolo").orElseThrow().queue()).isEqualTo("billing");
    }
}
