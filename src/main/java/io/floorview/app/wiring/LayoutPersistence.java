package io.floorview.app.wiring;

import io.floorview.domain.layout.FloorLayout;
import io.floorview.service.live.FloorLayouts;
import io.floorview.ui.live.DashboardViewModel;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the live floor's layout: read before the window opens, saved on its own thread ({@code layout-writer})
 * a second after the last change and once more when the window closes. A failed save is logged and shown on the
 * status line; the console goes on with the layout in memory.
 */
final class LayoutPersistence implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LayoutPersistence.class);

    private final FloorLayouts layouts;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "layout-writer");
        t.setDaemon(true);
        return t;
    });

    LayoutPersistence(FloorLayouts layouts) {
        this.layouts = layouts;
    }

    /** The saved layout, read on the caller's thread (not the FX thread). */
    Optional<FloorLayout> load() {
        try {
            return layouts.load();
        } catch (RuntimeException e) {
            LOG.warn("the live floor's saved layout cannot be read, starting with the default one: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Applies {@code saved} and saves every change from now on. FX thread. */
    void attach(Stage stage, DashboardViewModel model, Optional<FloorLayout> saved) {
        saved.ifPresent(l -> {
            model.applyLayout(l);
            if (l.width() >= 400 && l.height() >= 300) {
                stage.setWidth(l.width());
                stage.setHeight(l.height());
            }
        });
        stage.widthProperty().addListener((o, a, w) -> {
            if (!stage.isFullScreen()) {
                model.layout().widthProperty().set(w.doubleValue());
            }
        });
        stage.heightProperty().addListener((o, a, h) -> {
            if (!stage.isFullScreen()) {
                model.layout().heightProperty().set(h.doubleValue());
            }
        });
        PauseTransition debounce = new PauseTransition(Duration.seconds(1));
        debounce.setOnFinished(e -> save(model.captureLayout()));
        model.layout().changes().addListener((o, a, b) -> debounce.playFromStart());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> {
            debounce.stop();
            save(model.captureLayout());
        });
    }

    private void save(FloorLayout layout) {
        writer.execute(() -> {
            try {
                layouts.save(layout);
            } catch (RuntimeException e) {
                LOG.error("could not save the live floor's layout", e);
            }
        });
    }

    /** Waits (a few seconds at most) for the last save. */
    @Override
    public void close() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
