package io.floorview.ui.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.staffing.Load;
import io.floorview.domain.staffing.Shrinkage;
import io.floorview.domain.staffing.Staffing;
import io.floorview.domain.staffing.StaffingGoal;
import io.floorview.service.staffing.ForecastCache;
import io.floorview.service.staffing.QueueSelection;
import io.floorview.service.staffing.ScheduledAgents;
import io.floorview.service.staffing.StaffingService;
import io.floorview.store.ForecastEditStore;
import io.floorview.store.RollupCoverage;
import io.floorview.store.RollupStore;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Staffing screen as an analyst uses it: edit the forecast, reforecast, save, read the coverage chart. */
@ExtendWith(ApplicationExtension.class)
class StaffingViewTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final int NINE = 18;      // 09:00 in 30-minute intervals
    private static final int FOURTEEN = 28;  // 14:00
    private static final double SCHEDULED = 3;

    private Path dir;
    private ForecastCache cache;
    private StaffingService service;
    private StaffingViewModel model;
    private StaffingView view;

    private static long at(LocalDate d, int h, int m) {
        return d.atTime(h, m).atZone(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("staffing-view");
        CenterSettings settings = CenterSettings.defaults(ZoneOffset.UTC);
        cache = new ForecastCache(dir, settings, at(DAY.minusWeeks(3), 0, 0));
        for (int k = 1; k <= 3; k++) {
            cache.block(at(DAY.minusWeeks(k), 9, 0), "sales", 10, 100, 20)
                    .block(at(DAY.minusWeeks(k), 14, 0), "sales", 20, 150, 30);
        }
        ScheduledAgents schedule = (start, interval, count, queues) -> {
            double[] v = new double[count];
            Arrays.fill(v, SCHEDULED);
            return Optional.of(v);
        };
        service = new StaffingService(new RollupStore(cache.db), new RollupCoverage(cache.db),
                new ForecastEditStore(cache.db), settings, () -> at(DAY, 12, 0), schedule, 6);
        model = new StaffingViewModel(service, UiExecutor.sameThread(), new Messages(Locale.ENGLISH), ZoneOffset.UTC);
        view = new StaffingView(model);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private static int heads(String calls, String aht) {
        StaffingGoal goal = StaffingGoal.serviceLevel(80, 20).withMaxOccupancy(new BigDecimal("0.85"));
        return new Staffing(new Load(new BigDecimal(calls), BigDecimal.valueOf(1800), new BigDecimal(aht)), goal, null,
                Shrinkage.NONE).required().scheduledAgents();
    }

    private void editCell(FxRobot robot, String column, int slot, String text) {
        robot.interact(() -> view.table().scrollTo(slot - 3));
        robot.doubleClickOn("#staffing-" + column + "-" + slot);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void editingACallsCellRecomputesTheAgentsAndSaveKeepsIt(FxRobot robot) {
        ForecastRowModel nine = model.rows().get(NINE);
        assertThat(nine.calls()).isEqualByComparingTo("10.0");
        assertThat(nine.ahtSec()).isEqualByComparingTo("120");
        assertThat(nine.headsProperty().get()).isEqualTo(heads("10.0", "120"));

        editCell(robot, "calls", NINE, "25");
        assertThat(nine.calls()).isEqualByComparingTo("25");
        assertThat(nine.headsProperty().get()).isEqualTo(heads("25", "120"));
        assertThat(robot.lookup("#staffing-calls-" + NINE).queryLabeled().getText()).isEqualTo("25 *");
        assertThat(model.dirtyCountProperty().get()).isEqualTo(1);
        assertThat(robot.lookup("#staffing-day").queryAs(Node.class).isDisabled()).isTrue();

        robot.clickOn("#staffing-save");
        assertThat(model.dirtyCountProperty().get()).isZero();
        assertThat(robot.lookup("#staffing-status").queryLabeled().getText()).isEqualTo("Saved 1 interval(s).");
        assertThat(service.forecast(DAY, QueueSelection.allQueues(), 30).rows().get(NINE).savedCalls())
                .isEqualByComparingTo("25");
        assertThat(model.rows().get(NINE).calls()).isEqualByComparingTo("25");
    }

    @Test
    void aBadValueIsRefusedInPlaceWithItsReasonAndChangesNothing(FxRobot robot) {
        int before = model.rows().get(NINE).headsProperty().get();
        editCell(robot, "aht", NINE, "-5");

        TextField field = robot.lookup("#staffing-aht-field").queryAs(TextField.class);
        assertThat(field.getStyleClass()).contains("invalid");
        Label error = robot.lookup("#staffing-edit-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("AHT at 09:00: give seconds above 0").contains("\u201c-5\u201d");
        assertThat(model.rows().get(NINE).ahtSec()).isEqualByComparingTo("120");
        assertThat(model.rows().get(NINE).headsProperty().get()).isEqualTo(before);
        assertThat(model.dirtyCountProperty().get()).isZero();

        robot.type(KeyCode.ESCAPE);
        assertThat(error.isVisible()).isFalse();
        assertThat(robot.lookup("#staffing-aht-" + NINE).queryLabeled().getText()).isEqualTo("120");
    }

    @Test
    void aReforecastScalesOnlyTheIntervalsNotYetStarted(FxRobot robot) {
        assertThat(robot.lookup("#staffing-reforecast").queryButton().getText()).isEqualTo("Apply from 12:00");
        assertThat(model.rows().get(FOURTEEN).calls()).isEqualByComparingTo("20.0");

        robot.clickOn("#staffing-reforecast-percent").write("15");
        robot.clickOn("#staffing-reforecast");

        assertThat(model.rows().get(FOURTEEN).calls()).isEqualByComparingTo("23.0");
        assertThat(model.rows().get(FOURTEEN).headsProperty().get()).isEqualTo(heads("23.0", "180"));
        assertThat(model.rows().get(NINE).calls()).isEqualByComparingTo("10.0"); // 09:00 is past
        assertThat(model.dirtyCountProperty().get()).isEqualTo(1);

        robot.clickOn("#staffing-revert");
        assertThat(model.rows().get(FOURTEEN).calls()).isEqualByComparingTo("20.0");

        robot.doubleClickOn("#staffing-reforecast-percent").write("-101");
        robot.clickOn("#staffing-reforecast");
        assertThat(robot.lookup("#staffing-status").queryLabeled().getText()).startsWith("Reforecast: give a percentage");
        assertThat(model.dirtyCountProperty().get()).isZero();
    }

    @Test
    void theChartShowsScheduledAgainstRequiredAndMarksUnderAndOver(FxRobot robot) {
        CoverageChart chart = view.chart();
        assertThat(chart.scheduleShown()).isTrue();
        assertThat(chart.points()).hasSize(48);
        int nineHeads = heads("10.0", "120");
        int twoHeads = heads("20.0", "180");
        assertThat(chart.points().get(NINE)).isEqualTo(new CoveragePoint("09:00", nineHeads, SCHEDULED));
        assertThat(chart.points().get(FOURTEEN)).isEqualTo(new CoveragePoint("14:00", twoHeads, SCHEDULED));
        assertThat(chart.points().get(0).required()).isNull(); // no history at midnight: no number, not zero

        // 3 scheduled against 2 required at 09:00 and 7 or so at 14:00
        assertThat(nineHeads).isLessThan(3);
        assertThat(twoHeads).isGreaterThan(3);
        Node over = robot.lookup("#coverage-bar-" + NINE).query();
        Node under = robot.lookup("#coverage-bar-" + FOURTEEN).query();
        assertThat(over.getStyleClass()).contains("coverage-over");
        assertThat(under.getStyleClass()).contains("coverage-under");
        assertThat(robot.lookup("#coverage-mark-" + NINE).queryLabeled().getText()).isEqualTo("\u25B2");
        assertThat(robot.lookup("#coverage-mark-" + FOURTEEN).queryLabeled().getText()).isEqualTo("\u25BC");
        assertThat(robot.lookup("#staffing-schedule-note").queryAs(Node.class).isVisible()).isFalse();
        long underCount = chart.points().stream().filter(p -> p.status() == CoveragePoint.Status.UNDER).count();
        long overCount = chart.points().stream().filter(p -> p.status() == CoveragePoint.Status.OVER).count();
        assertThat(underCount).isPositive();
        assertThat(overCount).isPositive();
        assertThat(robot.lookup("#staffing-coverage-summary").queryLabeled().getText())
                .isEqualTo("\u25BC " + underCount + " interval(s) under-staffed \u00b7 \u25B2 " + overCount + " over-staffed");
        assertThat(robot.lookup("#staffing-basis").queryLabeled().getText())
                .startsWith("Only 3 of the 6 Mondays");
    }

    @Test
    void aBadParameterIsNamedAtItsField(FxRobot robot) {
        robot.doubleClickOn("#staffing-param-target").write("100");
        assertThat(robot.lookup("#staffing-param-target").queryAs(Node.class).getStyleClass()).contains("invalid");
        assertThat(robot.lookup("#staffing-parameters-error").queryLabeled().getText())
                .startsWith("Service level: give a percentage from 0 to below 100");
        robot.doubleClickOn("#staffing-param-target").write("90");
        assertThat(robot.lookup("#staffing-parameters-error").queryLabeled().getText()).isEmpty();
        assertThat(robot.lookup("#staffing-param-target").queryAs(Node.class).getStyleClass()).doesNotContain("invalid");
    }
}
