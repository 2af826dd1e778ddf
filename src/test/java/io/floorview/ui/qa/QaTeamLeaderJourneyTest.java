package io.floorview.ui.qa;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.qa.EvaluationQuery;
import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.service.audio.RecordingFiles;
import io.floorview.service.qa.QaExchange;
import io.floorview.service.qa.QaService;
import io.floorview.service.qa.Recordings;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import io.floorview.store.qa.CallRecordings;
import io.floorview.store.qa.EvaluationRepository;
import io.floorview.store.qa.ScorecardRepository;
import io.floorview.testing.RecordedCalls;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole way of a team leader: build a scorecard, publish it, score a recorded call with a timed comment,
 * submit, and see the score in the agent's trend.
 */
@ExtendWith(ApplicationExtension.class)
class QaTeamLeaderJourneyTest {

    private QaService qa;
    private QaView view;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("qa-journey");
        Database db = Database.open(dir.resolve("floorview.db"));
        RecordedCalls feed = new RecordedCalls(new EventCache(db), "sim-1");
        long now = System.currentTimeMillis();
        feed.agent("a17", "Maria Rossi", "Blue", now - 3_600_000);
        feed.call("c-77", "sales", "a17", now - 600_000, 8_000, 20_000, "sim://recordings/c-77.wav");
        AtomicInteger n = new AtomicInteger();
        qa = new QaService(new ScorecardRepository(db), new EvaluationRepository(db), Clock.systemUTC(),
                () -> "ev-" + n.incrementAndGet());
        view = QaScreen.build(qa, new QaExchange(qa), new Recordings(new CallRecordings(db), new RecordingFiles(dir)),
                new Messages(Locale.ENGLISH), "tl-maria", UiExecutor.sameThread(),
                PlayerModel.without("no audio in this test"));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void buildPublishScoreSubmitAndSeeTheTrend(FxRobot robot) {
        robot.clickOn(tab(robot, "Score a call"));
        assertThat(robot.lookup("#qa-scoring-hint").queryAs(Label.class).getText())
                .isEqualTo("No scorecard is active yet: activate one on the Scorecards tab.");
        robot.clickOn(tab(robot, "Scorecards"));
        robot.clickOn("#qa-new-name").write("Courtesy");
        robot.clickOn("#qa-new");
        robot.clickOn("#qa-editor-add-section");
        robot.clickOn("#qa-section-0-title").write("Manners");
        robot.clickOn("#qa-section-0-weight");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("100");
        robot.clickOn("#qa-section-0-add-question");
        robot.clickOn("#qa-q-0-0-text").write("Thanked the caller");
        robot.clickOn("#qa-editor-activate");
        assertThat(robot.lookup("#qa-editor-version").queryAs(Label.class).getText()).isEqualTo("Version 1 — active");

        robot.clickOn(tab(robot, "Score a call"));
        assertThat(robot.lookup("#qa-scoring-hint").queryAs(Label.class).getText()).startsWith("Pick a call");
        robot.clickOn(robot.lookup("#qa-recordings .list-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#qa-start");
        robot.clickOn(robot.lookup(".toggle-button").match(n -> n.getId() != null && n.getId().endsWith("-yes"))
                .queryAs(Node.class));
        assertThat(robot.lookup("#qa-score").queryAs(Label.class).getText()).isEqualTo("100.0 %");
        robot.clickOn("#qa-forward");
        robot.clickOn("#qa-timed-text").write("Warm thanks at the end");
        robot.clickOn("#qa-timed-add");
        robot.clickOn("#qa-submit");
        assertThat(robot.lookup("#qa-scoring-status").queryAs(Label.class).getText()).isEqualTo("Submitted: 100.0 %.");
        var submitted = qa.evaluations(EvaluationQuery.ofAgent("a17"));
        assertThat(submitted).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(EvaluationStatus.SUBMITTED));
        assertThat(qa.evaluation(submitted.get(0).id()).timedComments()).singleElement()
                .satisfies(c -> assertThat(c.offsetMs()).isEqualTo(5_000));

        robot.clickOn(tab(robot, "Sampling & reports"));
        robot.clickOn("#qa-trend-by-agent");
        LineChart<?, ?> trend = robot.lookup("#qa-trend-chart").queryAs(LineChart.class);
        assertThat(trend.getData()).singleElement().satisfies(s -> {
            assertThat(s.getName()).isEqualTo("a17");
            assertThat(((XYChart.Data<?, ?>) s.getData().get(0)).getYValue()).isEqualTo(100.0);
        });
    }

    private static Node tab(FxRobot robot, String title) {
        return robot.lookup(".tab-label").match(n -> title.equals(((javafx.scene.control.Labeled) n).getText()))
                .query();
    }
}
