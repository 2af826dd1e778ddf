package io.floorview.ui.qa;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScoringSheet;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Sampling skips the call already scored and sends a sampled call to scoring; calibration shows two
 * evaluators side by side with their agreement; the reports show the agent's team trend, the failure rate per
 * question and the evaluations per evaluator.
 */
@ExtendWith(ApplicationExtension.class)
class QaInsightsTest {

    private QaView view;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("qa-insights");
        Database db = Database.open(dir.resolve("floorview.db"));
        EventCache cache = new EventCache(db);
        RecordedCalls feed = new RecordedCalls(cache, "sim-1");
        long now = System.currentTimeMillis();
        feed.agent("a17", "Maria Rossi", "Blue", now - 3_600_000);
        feed.call("c-1", "sales", "a17", now - 3_000_000, 5_000, 60_000, "sim://recordings/c-1.wav");
        feed.call("c-2", "sales", "a17", now - 2_000_000, 5_000, 60_000, "sim://recordings/c-2.wav");
        AtomicInteger n = new AtomicInteger();
        ScorecardRepository scorecards = new ScorecardRepository(db);
        QaService qa = new QaService(scorecards, new EvaluationRepository(db), Clock.systemUTC(),
                () -> "ev-" + n.incrementAndGet());
        Scorecard draft = scorecards.saveDraft(QaSamples.inboundCareDraft());
        qa.activate(draft.ref());
        submit(qa, "tl-maria", "yes");
        submit(qa, "tl-bo", "no");
        view = QaScreen.build(qa, new QaExchange(qa), new Recordings(new CallRecordings(db), new RecordingFiles(dir)),
                new Messages(Locale.ENGLISH), "tl-maria", UiExecutor.sameThread(),
                PlayerModel.without("no audio in this test"));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    private static void submit(QaService qa, String evaluator, String name) {
        ScoringSheet s = qa.startEvaluation("inbound-care", "c-1", "a17", evaluator, "sim://recordings/c-1.wav");
        for (String[] a : new String[][] {{"greet", "yes"}, {"name", name}, {"understood", "5"}, {"solved", "fully"},
                {"hold", "yes"}, {"identity", "yes"}, {"disclosure", "yes"}}) {
            s = s.choose(a[0], Answer.option(a[1]));
        }
        qa.submit(s.evaluation(), evaluator);
    }

    @Test
    void samplesCalibratesAndReports(FxRobot robot) {
        robot.interact(() -> view.tabs().getSelectionModel().select(3));

        robot.clickOn("#qa-sample-draw");
        ListView<?> sample = robot.lookup("#qa-sample-list").queryAs(ListView.class);
        assertThat(sample.getItems()).hasSize(2);
        InsightsModel.SampleRow first = (InsightsModel.SampleRow) sample.getItems().get(0);
        assertThat(first.call().callId()).as("c-1 is scored already").isEqualTo("c-2");
        assertThat(((InsightsModel.SampleRow) sample.getItems().get(1)).shortfall()).isEqualTo(2);

        ChoiceBox<?> calls = robot.lookup("#qa-calibration-call").queryAs(ChoiceBox.class);
        assertThat(calls.getItems()).hasSize(1);
        robot.interact(() -> calls.getSelectionModel().select(0));
        List<String> cells = texts(robot.lookup("#qa-calibration-table").queryAs(GridPane.class));
        assertThat(cells).contains("tl-maria", "tl-bo", "Used the caller's name", "50 %", "5 pts", "100.0 %", "90.0 %",
                "10.0 points apart");

        LineChart<?, ?> trend = robot.lookup("#qa-trend-chart").queryAs(LineChart.class);
        assertThat(trend.getData()).extracting(s -> s.getName()).containsExactly("Blue");
        robot.clickOn("#qa-trend-by-agent");
        assertThat(trend.getData()).extracting(s -> s.getName()).containsExactly("a17");
        assertThat(texts(robot.lookup("#qa-failure-table").queryAs(GridPane.class)))
                .containsSubsequence("Used the caller's name", "2", "1", "50 %");
        assertThat(texts(robot.lookup("#qa-evaluator-table").queryAs(GridPane.class)))
                .containsSubsequence("tl-bo", "1", "90.0 %");

        robot.interact(() -> sample.getSelectionModel().select(0));
        robot.clickOn("#qa-sample-score");
        assertThat(view.tabs().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#qa-call-details").queryAs(Label.class).getText()).contains("c-2", "Maria Rossi");
    }

    private static List<String> texts(GridPane grid) {
        return grid.getChildren().stream().filter(Label.class::isInstance).map(nd -> ((Label) nd).getText()).toList();
    }
}
