package io.floorview.ui.qa;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardRef;
import io.floorview.domain.qa.ScorecardStatus;
import io.floorview.domain.qa.Section;
import io.floorview.service.audio.RecordingFiles;
import io.floorview.service.qa.QaExchange;
import io.floorview.service.qa.QaService;
import io.floorview.service.qa.Recordings;
import io.floorview.store.Database;
import io.floorview.store.qa.CallRecordings;
import io.floorview.store.qa.EvaluationRepository;
import io.floorview.store.qa.ScorecardRepository;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A team leader builds a scorecard: a wrong weight is shown where it is, fixed, saved and activated. */
@ExtendWith(ApplicationExtension.class)
class QaEditorTest {

    private QaService qa;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("qa-editor");
        Database db = Database.open(dir.resolve("floorview.db"));
        AtomicInteger n = new AtomicInteger();
        qa = new QaService(new ScorecardRepository(db), new EvaluationRepository(db), Clock.systemUTC(),
                () -> "ev-" + n.incrementAndGet());
        QaView view = QaScreen.build(qa, new QaExchange(qa), new Recordings(new CallRecordings(db),
                        new RecordingFiles(dir)), new Messages(Locale.ENGLISH), "tl-maria", UiExecutor.sameThread(),
                PlayerModel.without("no audio in this test"));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(QaView.class.getResource("/io/floorview/ui/floorview.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aWrongWeightIsShownInPlaceThenFixedSavedAndActivated(FxRobot robot) {
        robot.clickOn("#qa-new-name").write("Inbound care");
        robot.clickOn("#qa-new");
        assertThat(label(robot, "#qa-editor-version").getText()).isEqualTo("Version 1 — draft");

        robot.clickOn("#qa-editor-add-section");
        robot.clickOn("#qa-section-0-title").write("Opening");
        replace(robot, "#qa-section-0-weight", "60");
        robot.clickOn("#qa-section-0-add-question");
        robot.clickOn("#qa-q-0-0-text").write("Greeted the caller");
        robot.clickOn("#qa-editor-add-section");
        robot.clickOn("#qa-section-1-title").write("Compliance");
        replace(robot, "#qa-section-1-weight", "30");
        robot.clickOn("#qa-section-1-add-question");
        robot.clickOn("#qa-q-1-0-text").write("Verified the caller's identity");

        assertThat(label(robot, "#qa-editor-weights").getText())
                .isEqualTo("The section weights add up to 90 %; they must add up to 100 %.");
        assertThat(label(robot, "#qa-editor-weights").getStyleClass()).contains("qa-problem");
        assertThat(robot.lookup("#qa-section-1-weight").queryAs(TextField.class).getStyleClass())
                .contains("qa-invalid");
        robot.clickOn("#qa-editor-activate");
        assertThat(label(robot, "#qa-editor-status").getText()).startsWith("Cannot activate yet: 1 problem");
        assertThat(qa.versions(scorecardId()).draft()).as("nothing activated").isPresent();

        replace(robot, "#qa-section-1-weight", "40");
        assertThat(label(robot, "#qa-editor-problems").getText()).isEmpty();
        assertThat(label(robot, "#qa-editor-weights").getStyleClass()).doesNotContain("qa-problem");
        assertThat(robot.lookup("#qa-section-1-weight").queryAs(TextField.class).getStyleClass())
                .doesNotContain("qa-invalid");
        robot.clickOn("#qa-editor-save");
        assertThat(label(robot, "#qa-editor-status").getText()).isEqualTo("Draft version 1 saved.");

        Scorecard saved = qa.scorecard(new ScorecardRef(scorecardId(), 1));
        assertThat(saved.sections()).extracting(Section::title).containsExactly("Opening", "Compliance");
        assertThat(saved.sections()).extracting(Section::weight).containsExactly(60.0, 40.0);
        assertThat(saved.questions()).extracting(q -> q.question().text())
                .containsExactly("Greeted the caller", "Verified the caller's identity");

        robot.clickOn("#qa-editor-activate");
        assertThat(qa.scorecard(new ScorecardRef(scorecardId(), 1)).status()).isEqualTo(ScorecardStatus.ACTIVE);
        assertThat(label(robot, "#qa-editor-version").getText()).isEqualTo("Version 1 — active");
    }

    @Test
    void anEmptySectionAndADuplicateAnswerAreShownNextToThem(FxRobot robot) {
        robot.clickOn("#qa-new-name").write("Outbound");
        robot.clickOn("#qa-new");
        robot.clickOn("#qa-editor-add-section");
        assertThat(label(robot, "#qa-section-0-problems").getText()).contains("The section has no questions.");
        robot.clickOn("#qa-section-0-add-question");
        assertThat(label(robot, "#qa-section-0-problems").getText()).doesNotContain("no questions");
        replace(robot, "#qa-opt-0-0-1-label", "Yes");
        assertThat(label(robot, "#qa-q-0-0-problems").getText()).contains("two answers are both called 'Yes'");
        replace(robot, "#qa-opt-0-0-1-label", "No");
        assertThat(label(robot, "#qa-q-0-0-problems").getText()).doesNotContain("'Yes'");
    }

    private String scorecardId() {
        return qa.scorecards().get(0).ref().id();
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static void replace(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }
}
