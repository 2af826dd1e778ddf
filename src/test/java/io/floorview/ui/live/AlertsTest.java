package io.floorview.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.alert.Metric;
import io.floorview.domain.alert.Threshold;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.KpiEngine;
import io.floorview.domain.kpi.ServiceLevelFormula;
import io.floorview.ui.common.Messages;
import io.floorview.ui.shell.MainWindow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Levels and alerts as a supervisor meets them: a figure crosses a level, the tile and the alert list say so. */
@ExtendWith(ApplicationExtension.class)
class AlertsTest {

    private static final long NOW = Instant.parse("2026-11-23T12:00:00Z").toEpochMilli();

    private DashboardViewModel model;
    private final List<String> formulaChanges = new ArrayList<>();

    @Start
    void start(Stage stage) {
        model = new DashboardViewModel(new Messages(Locale.ENGLISH), ZoneOffset.UTC);
        model.setFormulaHandler((q, f) -> formulaChanges.add(q + "=" + f));
        MainWindow window = new MainWindow(model);
        Screens.open(stage, window);
    }

    /** {@code n} callers waiting in "sales". */
    private void waiting(int n) {
        KpiEngine engine = new KpiEngine(CenterSettings.defaults(ZoneOffset.UTC), NOW);
        for (int i = 1; i <= n; i++) {
            engine.apply(new FeedEvent.CallEntered(i, NOW - 10_000, "c" + i, "sales", "+39" + i, i));
        }
        FloorSnapshot s = engine.snapshot(NOW);
        Platform.runLater(() -> model.update(s));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<AlertsModel.Alert> salesAlerts() {
        return model.alerts().alerts().stream().filter(a -> a.crossing().queue().equals("sales")).toList();
    }

    @Test
    void crossingALevelRaisesOneAlertShownOnTheTileAndInTheList(FxRobot robot) throws Exception {
        waiting(3);
        assertThat(model.alerts().alerts()).isEmpty();
        assertThat(robot.lookup("#badge-waiting").queryAs(Label.class).getText()).isEqualTo("On target");

        waiting(5);
        assertThat(salesAlerts()).hasSize(1);
        assertThat(salesAlerts().get(0).text()).isEqualTo("sales: Calls waiting 5 \u2014 warning (level 5)");
        assertThat(robot.lookup("#badge-waiting").queryAs(Label.class).getText()).isEqualTo("Warning");
        assertThat(model.tileById("waiting").tooltipProperty().get())
                .isEqualTo("Warning at or above 5 \u00b7 critical at or above 10");

        // staying above, and going up and down around the line, raises nothing new
        waiting(6);
        waiting(5);
        waiting(6);
        assertThat(salesAlerts()).hasSize(1);

        robot.clickOn("#tab-alerts");
        TableView<?> table = robot.lookup("#alerts-table").queryTableView();
        assertThat(table.getItems()).hasSize(model.alerts().alerts().size());
        assertThat(robot.lookup("#tab-alerts").queryAs(javafx.scene.Node.class)).isNotNull();

        waiting(11);
        Screens.save(robot.lookup("#alerts-table").query().getScene(), "alerts");
        assertThat(salesAlerts()).hasSize(2);
        assertThat(salesAlerts().get(0).level()).as("newest first").isEqualTo("Critical");
        assertThat(robot.lookup("#badge-waiting").queryAs(Label.class).getText()).isEqualTo("Critical");
    }

    @Test
    void theLevelsDialogRefusesBadValuesWhereTheyAreTypedAndAppliesGoodOnes(FxRobot robot) {
        waiting(3);
        robot.clickOn("#queue-sales");
        robot.clickOn("#levels-button");
        robot.doubleClickOn("#threshold-WAITING-warning").eraseText(3).write("4");
        robot.doubleClickOn("#threshold-WAITING-critical").eraseText(3).write("2");
        robot.clickOn("#thresholds-ok");
        assertThat(robot.lookup("#thresholds-error").queryAs(Label.class).getText())
                .isEqualTo("Calls waiting: the critical level must be at or above the warning level.");
        assertThat(model.alerts().thresholds().of("sales", Metric.WAITING)).as("nothing applied yet")
                .isEqualTo(new Threshold(5, 10));

        robot.doubleClickOn("#threshold-WAITING-critical").eraseText(3).write("8");
        robot.interact(() -> robot.lookup("#thresholds-formula").<javafx.scene.control.ChoiceBox<ServiceLevelFormula>>query()
                .setValue(ServiceLevelFormula.ANSWERED_ONLY));
        assertThat(robot.lookup("#thresholds-formula-expression").queryAs(Label.class).getText())
                .isEqualTo("A\u2264T / A");
        robot.clickOn("#thresholds-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.alerts().thresholds().of("sales", Metric.WAITING)).isEqualTo(new Threshold(4, 8));
        assertThat(model.alerts().thresholds().of("billing", Metric.WAITING)).isEqualTo(new Threshold(5, 10));
        assertThat(formulaChanges).containsExactly("sales=ANSWERED_ONLY");

        waiting(4);
        assertThat(salesAlerts()).hasSize(1);
        assertThat(model.alerts().alerts()).as("the center keeps the default levels")
                .allMatch(a -> a.crossing().queue().equals("sales"));
    }
}
