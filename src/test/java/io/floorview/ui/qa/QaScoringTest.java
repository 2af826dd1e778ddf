package io.floorview.ui.qa;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.EvaluationQuery;
import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.TimedComment;
import io.floorview.service.audio.RecordingFiles;
import io.floorview.service.qa.QaExchange;
import io.floorview.service.qa.QaService;
import io.floorview.service.qa.Recordings;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import io.floorview.store.qa.CallRecordings;
import io.floorview.store.qa.EvaluationRepository;
import io.floorview.store.qa.ScorecardRepository;
import io.floorview.testing.QaSamples;
import io.floorview.testing.RecordedCalls;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A team leader scores a recorded call: picks it, sees its details and waveform, answers with the score
 * updating (a fail-all answer makes it 0 %), adds a comment at a moment and jumps back to it, is told what is
 * missing, saves a draft and submits.
 */
@ExtendWith(ApplicationExtension.class)
class QaScoringTest {

    private static final long T = Instant.parse("2026-11-23T09:00:00Z").toEpochMilli();

    private QaService qa;
    private QaView view;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("qa-scoring");
        Database db = Database.open(dir.resolve("floorview.db"));
        EventCache cache = new EventCache(db);
        RecordedCalls feed = new RecordedCalls(cache, "sim-1");
        feed.agent("a17", "Maria Rossi", "Blue", T);
        feed.call("c-1042", "sales", "a17", T + 60_000, 12_000, 30_000, "sim://recordings/c-1042.wav");
        AtomicInteger n = new AtomicInteger();
        ScorecardRepository scorecards = new ScorecardRepository(db);
        qa = new QaService(scorecards, new EvaluationRepository(db), Clock.systemUTC(),
                () -> "ev-" + n.incrementAndGet());
        Scorecard draft = scorecards.saveDraft(QaSamples.inboundCareDraft());
        qa.activate(draft.ref());
        view = QaScreen.build(qa, new QaExchange(qa), new Recordings(new CallRecordings(db), new RecordingFiles(dir)),
                new Messages(Locale.ENGLISH), "tl-maria", UiExecutor.sameThread(), PlayerModel.mediaBackend());
        view.tabs().getSelectionModel().select(1);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(QaView.class.getResource("/io/floorview/ui/floorview.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void scoresACallWithTheLiveScoreATimedCommentAndSubmits(FxRobot robot) {
        robot.clickOn(robot.lookup("#qa-recordings .list-cell").nth(0).queryAs(Node.class));
        assertThat(text(robot, "#qa-call-details")).contains("c-1042", "Maria Rossi", "sales", "waited 0:12",
                "talked 0:30");
        PlayerModel player = robot.lookup("#qa-scoring").queryAs(ScoringView.class).waveform().player();
        assertThat(player.durationProperty().get()).isEqualTo(30_000);
        assertThat(player.peaksProperty().get().loudest()).isGreaterThan(0.1f);
        assertThat(player.playableProperty().get() || !text(robot, "#qa-player-note").isEmpty())
                .as("either the audio plays or the screen says why not").isTrue();

        robot.clickOn("#qa-start");
        assertThat(text(robot, "#qa-score")).isEqualTo("—");
        answer(robot, "greet", "yes");
        assertThat(text(robot, "#qa-score")).isEqualTo("100.0 %");
        answer(robot, "understood", "3");
        assertThat(text(robot, "#qa-score")).as("opening 100 % × 20, resolution 60 % × 50").isEqualTo("71.4 %");
        answer(robot, "identity", "no");
        assertThat(text(robot, "#qa-score")).isEqualTo("0.0 %");
        assertThat(text(robot, "#qa-critical")).contains("Verified the caller's identity", "fails the whole form");
        answer(robot, "identity", "yes");
        assertThat(text(robot, "#qa-critical")).isEmpty();

        robot.clickOn("#qa-forward").clickOn("#qa-forward");
        assertThat(player.position()).isEqualTo(10_000);
        robot.clickOn("#qa-timed-text").write("Greets with the company name");
        robot.clickOn("#qa-timed-add");
        assertThat(robot.lookup("#qa-timed-0").queryLabeled().getText()).isEqualTo("0:10 — Greets with the company name");
        robot.clickOn("#qa-forward").clickOn("#qa-forward");
        assertThat(player.position()).isEqualTo(20_000);
        robot.clickOn("#qa-timed-0");
        assertThat(player.position()).isEqualTo(10_000);
        assertThat(text(robot, "#qa-position")).isEqualTo("0:10 / 0:30");
        robot.clickOn("#qa-forward");
        scrollTo(robot, "#qa-comment-greet");
        robot.clickOn("#qa-comment-greet").write("Said the company name first");
        robot.clickOn("#qa-comment-at-greet");
        assertThat(robot.lookup("#qa-timed-1").queryLabeled().getText())
                .isEqualTo("0:15 — Said the company name first (“Greeted the caller”)");

        robot.clickOn("#qa-submit");
        assertThat(text(robot, "#qa-scoring-status")).startsWith("Cannot submit yet");
        assertThat(text(robot, "#qa-qproblem-name")).isEqualTo("This question needs an answer before you submit.");

        robot.clickOn("#qa-save-draft");
        assertThat(text(robot, "#qa-scoring-status")).isEqualTo("Draft saved.");
        Evaluation draft = qa.evaluation(onlyEvaluationId());
        assertThat(draft.status()).isEqualTo(EvaluationStatus.DRAFT);
        assertThat(draft.timedComments()).containsExactly(new TimedComment(10_000, "Greets with the company name", null),
                new TimedComment(15_000, "Said the company name first", "greet"));
        assertThat(draft.answer("greet").comment()).isEqualTo("Said the company name first");

        answer(robot, "name", "yes");
        assertThat(text(robot, "#qa-qproblem-name")).isEmpty();
        answer(robot, "understood", "4");
        answer(robot, "solved", "fully");
        answer(robot, "hold", "na");
        answer(robot, "disclosure", "yes");
        assertThat(text(robot, "#qa-score")).as("20 + 14/15 × 50 + 30").isEqualTo("96.7 %");
        robot.clickOn("#qa-submit");

        assertThat(text(robot, "#qa-scoring-status")).isEqualTo("Submitted: 96.7 %.");
        Evaluation submitted = qa.evaluation(onlyEvaluationId());
        assertThat(submitted.status()).isEqualTo(EvaluationStatus.SUBMITTED);
        assertThat(submitted.agentId()).isEqualTo("a17");
        assertThat(submitted.recordingUri()).isEqualTo("sim://recordings/c-1042.wav");
        assertThat(submitted.timedComments()).hasSize(2);
        assertThat(robot.lookup("#qa-submit").queryButton().isDisabled()).isTrue();
    }

    private String onlyEvaluationId() {
        var all = qa.evaluations(EvaluationQuery.ALL);
        assertThat(all).hasSize(1);
        return all.get(0).id();
    }

    /** Scrolls the answer into view, as a person would, and clicks it. */
    private static void answer(FxRobot robot, String question, String option) {
        robot.clickOn(scrollTo(robot, "#qa-answer-" + question + "-" + option));
    }

    private static Node scrollTo(FxRobot robot, String query) {
        Node button = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup("#qa-questions-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node content = scroll.getContent();
            Bounds b = content.sceneToLocal(button.localToScene(button.getBoundsInLocal()));
            double free = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(free <= 0 ? 0 : Math.max(0, Math.min(1, (b.getMinY() - 20) / free)));
        });
        return button;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
