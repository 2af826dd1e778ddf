package io.floorview.ui.qa;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScoringSheet;
import io.floorview.service.audio.RecordingFiles;
import io.floorview.service.qa.QaExchange;
import io.floorview.service.qa.QaService;
import io.floorview.service.qa.Recordings;
import io.floorview.store.Database;
import io.floorview.store.qa.CallRecordings;
import io.floorview.store.qa.EvaluationRepository;
import io.floorview.store.qa.ScorecardRepository;
import io.floorview.testing.QaSamples;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The agent disputes an answer with a reason; the reviewer changes it with a note; the history shows both. */
@ExtendWith(ApplicationExtension.class)
class QaReviewTest {

    private QaService qa;
    private String evaluationId;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("qa-review");
        Database db = Database.open(dir.resolve("floorview.db"));
        AtomicInteger n = new AtomicInteger();
        ScorecardRepository scorecards = new ScorecardRepository(db);
        qa = new QaService(scorecards, new EvaluationRepository(db), Clock.systemUTC(),
                () -> "ev-" + n.incrementAndGet());
        Scorecard draft = scorecards.saveDraft(QaSamples.inboundCareDraft());
        qa.activate(draft.ref());
        ScoringSheet sheet = qa.startEvaluation("inbound-care", "c-1042", "a17", "tl-maria", "sim://recordings/c-1042.wav");
        for (String[] qa1 : new String[][] {{"greet", "yes"}, {"name", "no"}, {"understood", "4"}, {"solved", "fully"},
                {"identity", "yes"}, {"disclosure", "yes"}}) {
            sheet = sheet.choose(qa1[0], Answer.option(qa1[1]));
        }
        sheet = sheet.choose("hold", Answer.na());
        evaluationId = qa.submit(sheet.evaluation(), "tl-maria").id();
        QaView view = QaScreen.build(qa, new QaExchange(qa), new Recordings(new CallRecordings(db),
                        new RecordingFiles(dir)), new Messages(Locale.ENGLISH), "tl-maria", UiExecutor.sameThread(),
                PlayerModel.without("no audio in this test"));
        view.tabs().getSelectionModel().select(2);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void theAgentDisputesAndTheReviewerChangesTheAnswer(FxRobot robot) {
        robot.clickOn(robot.lookup("#qa-review-list .list-cell").nth(0).queryAs(Node.class));
        assertThat(text(robot, "#qa-review-head")).contains("c-1042", "a17", "submitted", "86.7 %");

        robot.clickOn("#qa-review-dispute");
        assertThat(text(robot, "#qa-review-status")).isEqualTo("Write the agent's reason next to each answer disputed.");
        robot.clickOn("#qa-dispute-reason-name").write("I used it at 0:42");
        robot.clickOn("#qa-review-dispute");
        assertThat(qa.evaluation(evaluationId).status()).isEqualTo(EvaluationStatus.DISPUTED);
        assertThat(text(robot, "#qa-review-head")).contains("disputed");

        robot.clickOn("#qa-resolve-uphold-name");
        assertThat(text(robot, "#qa-review-status")).startsWith("Write a note for the agent");
        robot.clickOn("#qa-resolve-note-name").write("Heard it at 0:42");
        ChoiceBox<?> choice = robot.lookup("#qa-resolve-choice-name").queryAs(ChoiceBox.class);
        robot.interact(() -> choice.getSelectionModel().select(0));
        robot.clickOn("#qa-resolve-change-name");

        Evaluation resolved = qa.evaluation(evaluationId);
        assertThat(resolved.status()).isEqualTo(EvaluationStatus.RESOLVED);
        assertThat(resolved.answer("name").optionId()).isEqualTo("yes");
        assertThat(text(robot, "#qa-review-head")).contains("resolved", "96.7 %");
        assertThat(text(robot, "#qa-resolution-name")).isEqualTo("Changed by tl-maria to Yes — Heard it at 0:42");
        VBox history = robot.lookup("#qa-review-history").queryAs(VBox.class);
        assertThat(history.getChildren()).extracting(nd -> ((Label) nd).getText())
                .anySatisfy(t -> assertThat(t).contains("a17 disputed “Used the caller's name” I used it at 0:42"))
                .anySatisfy(t -> assertThat(t).contains("tl-maria changed “Used the caller's name” No → Yes"))
                .anySatisfy(t -> assertThat(t).contains("resolved all disputes"));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
