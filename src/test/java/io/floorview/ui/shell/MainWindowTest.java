package io.floorview.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.ui.common.Messages;
import io.floorview.ui.live.DashboardViewModel;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The screen switcher: by click and by Ctrl+digit, each screen built once and kept. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private MainWindow window;
    private final AtomicInteger builds = new AtomicInteger();

    @Start
    void start(Stage stage) {
        DashboardViewModel model = new DashboardViewModel(new Messages(Locale.ENGLISH), ZoneOffset.UTC);
        window = new MainWindow(model, List.of(new Section("other", "Other", () -> {
            builds.incrementAndGet();
            Label l = new Label("the other screen");
            l.setId("other-screen");
            return l;
        })));
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @Test
    void switchesScreensByClickAndShortcutAndKeepsThem(FxRobot robot) {
        assertThat(window.currentSectionProperty().get()).isEqualTo(MainWindow.LIVE);
        assertThat(robot.lookup("#queue-box").queryAs(javafx.scene.Node.class).isVisible()).isTrue();

        robot.clickOn("#section-other");
        assertThat(window.currentSectionProperty().get()).isEqualTo("other");
        assertThat(window.getCenter().getId()).isEqualTo("other-screen");
        assertThat(robot.lookup("#queue-box").queryAs(javafx.scene.Node.class).isVisible()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertThat(window.currentSectionProperty().get()).isEqualTo(MainWindow.LIVE);
        assertThat(window.getCenter()).isSameAs(window.liveFloor());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(window.getCenter().getId()).isEqualTo("other-screen");
        assertThat(builds).hasValue(1);
        assertThat(window.showSection("nowhere")).isFalse();
        assertThat(window.sectionIds()).as("what --open is told there is").containsExactly(MainWindow.LIVE, "other");
    }
}
