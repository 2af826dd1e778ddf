package io.floorview.ui.qa;

import io.floorview.service.qa.QaExchange;
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
        QaView view = new QaView(texts, new ScorecardEditorView(editor, texts), new ScoringView(scoring, texts),
                new ReviewView(reviews, texts));
        view.tabs().getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() == 1) {
                scoring.refresh();
            } else if (i.intValue() == 2) {
                reviews.refresh();
            }
        });
        return view;
    }
}
