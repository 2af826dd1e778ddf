package io.floorview.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.kpi.CenterDay;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import io.floorview.ui.shell.MainWindow;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The center settings dialog: a zone found by searching, a day start checked in place, saved off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class CenterSettingsDialogTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<CenterDay> saves = new CopyOnWriteArrayList<>();
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private volatile CenterDay current = new CenterDay(ZoneOffset.UTC, LocalTime.MIDNIGHT);
    private volatile boolean zoneLocked;

    @Start
    void start(Stage stage) {
        DashboardViewModel model = new DashboardViewModel(new Messages(Locale.ENGLISH), ZoneOffset.UTC);
        model.setCenterDays(new CenterDayStore() {
            @Override
            public CenterDay current() {
                return current;
            }

            @Override
            public boolean zoneFromCommandLine() {
                return zoneLocked;
            }

            @Override
            public boolean dayStartFromCommandLine() {
                return false;
            }

            @Override
            public void save(CenterDay day) {
                threads.add(Thread.currentThread().getName());
                saves.add(day);
                current = day;
            }
        }, UiExecutor.of(background, Platform::runLater));
        Screens.open(stage, new MainWindow(model));
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        background.submit(() -> { }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aZoneFoundBySearchAndAWellWrittenDayStartAreSavedAndABadOneIsExplainedInPlace(FxRobot robot)
            throws Exception {
        robot.clickOn("#center-settings-button");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<String> zones = robot.lookup("#center-zone-list").queryListView();
        assertThat(zones.getSelectionModel().getSelectedItem()).as("the current zone is chosen").isEqualTo("Z");
        robot.clickOn("#center-zone-search").write("rome");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(zones.getItems()).containsExactly("Europe/Rome");
        assertThat(zones.getSelectionModel().getSelectedItem()).isEqualTo("Europe/Rome");

        robot.doubleClickOn("#center-day-start").eraseText(5).write("25:00");
        robot.clickOn("#center-ok");
        settle();
        assertThat(robot.lookup("#center-error").queryAs(Label.class).getText())
                .isEqualTo("\u201c25:00\u201d is not a time of day: write it as HH:MM, e.g. 06:00.");
        assertThat(robot.lookup("#center-settings-dialog").tryQuery()).as("still open").isPresent();
        assertThat(saves).isEmpty();

        robot.doubleClickOn("#center-day-start").eraseText(5).write("06:00");
        robot.clickOn("#center-ok");
        settle();
        assertThat(saves).containsExactly(new CenterDay(ZoneId.of("Europe/Rome"), LocalTime.of(6, 0)));
        assertThat(threads).noneMatch(n -> n.contains("JavaFX Application Thread"));
        assertThat(robot.lookup("#center-settings-dialog").tryQuery()).as("closed once saved").isEmpty();
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Center settings saved: Europe/Rome, day from 06:00");
    }

    @Test
    void aZoneGivenOnTheCommandLineIsShownButCannotBeChangedHere(FxRobot robot) throws Exception {
        zoneLocked = true;
        current = new CenterDay(ZoneId.of("Europe/Rome"), LocalTime.MIDNIGHT);
        robot.clickOn("#center-settings-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#center-zone-search").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#center-zone-list").queryListView().getSelectionModel().getSelectedItem())
                .isEqualTo("Europe/Rome");
        assertThat(robot.lookup("#center-zone-locked").queryAs(Label.class).getText()).startsWith(
                "Set by --zone on the command line, which wins over what is saved here.");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        assertThat(saves).isEmpty();
    }
}
