package io.floorview.ui.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.kpi.CenterSettings;
import io.floorview.service.staffing.ForecastCache;
import io.floorview.service.staffing.StaffingService;
import io.floorview.store.ForecastEditStore;
import io.floorview.store.RollupCoverage;
import io.floorview.store.RollupStore;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first start on the simulator: the cache holds today only and no schedule exists. The screen says so in
 * place, tomorrow is forecast from today, and the chart draws the required line alone (no scheduled series).
 */
@ExtendWith(ApplicationExtension.class)
class StaffingViewWithoutHistoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private ForecastCache cache;
    private StaffingViewModel model;
    private StaffingView view;

    private static long at(LocalDate d, int h, int m) {
        return d.atTime(h, m).atZone(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("staffing-first");
        CenterSettings settings = CenterSettings.defaults(ZoneOffset.UTC);
        cache = new ForecastCache(dir, settings, at(DAY, 0, 0));
        cache.block(at(DAY, 9, 0), "sales", 30, 100, 20);
        StaffingService service = new StaffingService(new RollupStore(cache.db), new RollupCoverage(cache.db),
                new ForecastEditStore(cache.db), settings, () -> at(DAY, 11, 0), null, 6);
        model = new StaffingViewModel(service, UiExecutor.sameThread(), new Messages(Locale.ENGLISH), ZoneOffset.UTC);
        view = new StaffingView(model);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void saysThereIsNoHistoryThenForecastsTomorrowFromTodayWithoutAScheduledSeries(FxRobot robot) {
        assertThat(robot.lookup("#staffing-basis").queryLabeled().getText())
                .startsWith("The cache holds nothing before this day");
        assertThat(model.rows()).hasSize(48).allSatisfy(r -> assertThat(r.calls()).isNull());
        assertThat(model.rows().get(18).gapProperty().get()).startsWith("No forecast");

        robot.interact(() -> model.dayProperty().set(DAY.plusDays(1)));
        assertThat(robot.lookup("#staffing-basis").queryLabeled().getText())
                .startsWith("No earlier Tuesday is in the cache yet").contains("last 1 day(s), any weekday");
        assertThat(model.rows().get(18).calls()).isEqualByComparingTo("30.0");
        assertThat(model.rows().get(18).headsProperty().get()).isNotNull().isPositive();

        CoverageChart chart = view.chart();
        assertThat(chart.scheduleShown()).isFalse();
        assertThat(chart.points().get(18).scheduled()).isNull();
        assertThat(chart.points().get(18).required()).isEqualTo(model.rows().get(18).headsProperty().get());
        assertThat(robot.lookup(".coverage-bar").queryAll()).isEmpty();
        assertThat(robot.lookup("#coverage-required").queryAll()).hasSize(1);
        Node note = robot.lookup("#staffing-schedule-note").query();
        assertThat(note.isVisible()).isTrue();
        assertThat(robot.lookup("#staffing-schedule-note").queryLabeled().getText()).contains("not shown");
        assertThat(robot.lookup("#staffing-legend-scheduled").queryAs(Node.class).isVisible()).isFalse();
    }
}
