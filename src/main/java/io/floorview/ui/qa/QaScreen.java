package io.floorview.ui.qa;

import io.floorview.service.qa.QaExchange;
import io.floorview.service.qa.QaInsights;
import io.floorview.service.qa.QaService;
import io.floorview.service.qa.Recordings;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/** Builds the QA screen: its models on one named worker thread ({@code qa-store}) and its views. */
public final class QaScreen {

    private QaScreen() {
    }

    private static java.util.Map<String, String> teams(ScoringModel scoring) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        scoring.calls().forEach(c -> {
            if (!c.team().isEmpty()) {
                out.put(c.agentId(), c.team());
            }
        });
        return out;
    }

    /** The screen as the console shows it; database work runs on the {@code qa-store} daemon thread. */
    public static QaView build(QaService qa, QaExchange exchange, Recordings recordings, Messages messages,
                               String evaluator) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "qa-store");
            t.setDaemon(true);
            return t;
        });
        return build(qa, exchange, recordings, messages, evaluator, UiExecutor.of(worker, Platform::runLater),
                PlayerModel.mediaBackend());
    }

    /** The screen with the given executor and audio backend (tests pass a same-thread executor). */
    public static QaView build(QaService qa, QaExchange exchange, Recordings recordings, Messages messages,
                               String evaluator, UiExecutor executor, PlayerModel.Backend audio) {
        QaTexts texts = new QaTexts(messages);
        ScorecardEditorModel editor = new ScorecardEditorModel(qa, exchange, executor, texts);
        editor.refresh();
        ScoringModel scoring = new ScoringModel(qa, recordings, executor, texts, evaluator, new PlayerModel(audio));
        scoring.refresh();
        ReviewModel reviews = new ReviewModel(qa, executor, texts, evaluator);
        reviews.refresh();
        InsightsModel insights = new InsightsModel(qa, new QaInsights(qa, recordings), executor, texts,
                java.time.Clock.systemUTC(), java.time.ZoneId.systemDefault(), () -> teams(scoring));
        javafx.scene.control.TabPane[] tabs = new javafx.scene.control.TabPane[1];
        QaView view = new QaView(texts, new ScorecardEditorView(editor, texts), new ScoringView(scoring, texts),
                new ReviewView(reviews, texts), new InsightsView(insights, texts, call -> {
                    tabs[0].getSelectionModel().select(1);
                    scoring.select(call);
                }));
        tabs[0] = view.tabs();
        view.tabs().getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            switch (i.intValue()) {
                case 1 -> scoring.refresh();
                case 2 -> reviews.refresh();
                case 3 -> insights.refresh();
                default -> editor.refresh();
            }
        });
        return view;
    }
}
