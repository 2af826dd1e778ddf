package io.floorview.ui.shell;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableIntegerValue;
import javafx.util.Duration;

/**
 * The wallboard's turn through the queues: the next queue every so many seconds, as the layout says. A change
 * of the interval applies at once to a running rotation. FX thread.
 */
public final class QueueRotation {

    /** Shorter than this, nobody could read a queue's figures. */
    private static final int MIN_SECONDS = 3;

    private final ObservableIntegerValue seconds;
    private final Runnable next;
    private Timeline timeline;

    QueueRotation(ObservableIntegerValue seconds, Runnable next) {
        this.seconds = seconds;
        this.next = next;
        seconds.addListener((o, a, b) -> {
            if (timeline != null) {
                start();
            }
        });
    }

    void start() {
        stop();
        timeline = new Timeline(new KeyFrame(Duration.seconds(Math.max(MIN_SECONDS, seconds.get())),
                e -> next.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }

    /** Whether the queues are turning. */
    public boolean isRunning() {
        return timeline != null;
    }

    /** How long each queue is shown now, seconds; 0 when the rotation is not running. */
    public double intervalSeconds() {
        return timeline == null ? 0 : timeline.getKeyFrames().get(0).getTime().toSeconds();
    }
}
