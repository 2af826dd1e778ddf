package io.floorview.ui.schedule;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The time scale over the timeline: hours in a day view, days in a week view. */
final class TimelineHeader extends Region {

    private final long fromMs;
    private final long toMs;
    private final List<Long> ticks = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();

    TimelineHeader(ScheduleTexts texts, long fromMs, long toMs, List<Long> dayStarts, boolean day) {
        this.fromMs = fromMs;
        this.toMs = toMs;
        getStyleClass().add("timeline-scale");
        setMinHeight(22);
        setPrefHeight(22);
        if (day) {
            for (long t = fromMs; t < toMs; t += 2 * 3_600_000L) {
                add(t, texts.time(t));
            }
        } else {
            for (long t : dayStarts) {
                add(t, texts.dayName(t));
            }
        }
    }

    private void add(long t, String text) {
        Label l = new Label(text);
        l.getStyleClass().add("tick");
        ticks.add(t);
        labels.add(l);
        getChildren().add(l);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        for (int k = 0; k < ticks.size(); k++) {
            double x = (ticks.get(k) - fromMs) * w / (toMs - fromMs);
            Label l = labels.get(k);
            l.resizeRelocate(x + 2, 2, l.prefWidth(-1), 18);
        }
    }
}
