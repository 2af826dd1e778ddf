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

    /**
     * A task run on the FX thread at most once every {@code everyMs}, and {@code gapMs} after the first ask at the
     * earliest: asks that come while a run is due are one run. Used from the FX thread.
     */
    public static final class Paced {
        private final long gapMs;
        private final long everyMs;
        private final Runnable task;
        private boolean due;
        private long lastRunNanos = Long.MIN_VALUE;

        public Paced(long gapMs, long everyMs, Runnable task) {
            this.gapMs = gapMs;
            this.everyMs = everyMs;
            this.task = task;
        }

        /** Asks for a run: at once (after the gap) when the last one is old enough, else when it is. */
        public void ask() {
            if (due) {
                return; // the run that is due will see what this ask was for
            }
            due = true;
            long wait = lastRunNanos == Long.MIN_VALUE ? gapMs
                    : Math.max(gapMs, everyMs - (System.nanoTime() - lastRunNanos) / 1_000_000L);
            run(wait, () -> {
                due = false;
                lastRunNanos = System.nanoTime();
                task.run();
            });
        }
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
