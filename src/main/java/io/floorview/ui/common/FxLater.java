package io.floorview.ui.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Runs something on the FX thread after a delay without an FX animation. A running Timeline or PauseTransition
 * makes JavaFX pulse 60 times a second — lay out and walk the whole scene each time — for as long as it runs;
 * the live floor's delayed redraws and notifications must not keep a busy scene pulsing.
 */
public final class FxLater {

    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fx-later");
        t.setDaemon(true);
        return t;
    });

    private FxLater() {
    }

    /** Runs {@code task} on the FX thread in {@code delayMs} milliseconds (at once for 0 or less). */
    public static void run(long delayMs, Runnable task) {
        if (delayMs <= 0) {
            Platform.runLater(task);
        } else {
            CLOCK.schedule(() -> Platform.runLater(task), delayMs, TimeUnit.MILLISECONDS);
        }
    }
}
