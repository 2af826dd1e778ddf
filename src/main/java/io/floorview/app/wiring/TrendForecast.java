package io.floorview.app.wiring;

import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.service.staffing.DayForecast;
import io.floorview.service.staffing.ForecastRow;
import io.floorview.service.staffing.QueueSelection;
import io.floorview.service.staffing.StaffingService;
import io.floorview.ui.live.DashboardViewModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Today's forecast on the live floor's calls trend: the Staffing screen's forecast (history of the same weekday,
 * and the planner's saved edits) for the queue shown, hour by hour, worked out on the staffing thread when the
 * supervisor picks a queue and every ten minutes (an edit saved on the Staffing screen shows within that time).
 */
final class TrendForecast {

    private static final Logger LOG = LoggerFactory.getLogger(TrendForecast.class);
    private static final Duration EVERY = Duration.minutes(10);

    private TrendForecast() {
    }

    static void wire(StaffingService staffing, Executor executor, ZoneId zone, DashboardViewModel model) {
        Runnable ask = () -> ask(staffing, executor, zone, model, model.shownQueue());
        model.selectedProperty().addListener((o, was, now) -> ask.run());
        Timeline again = new Timeline(new KeyFrame(EVERY, e -> ask.run()));
        again.setCycleCount(Animation.INDEFINITE);
        again.play();
        ask.run();
    }

    private static void ask(StaffingService staffing, Executor executor, ZoneId zone, DashboardViewModel model,
                            String queue) {
        executor.execute(() -> {
            try {
                QueueSelection which = FloorSnapshot.ALL_QUEUES.equals(queue) ? QueueSelection.allQueues()
                        : new QueueSelection(List.of(queue));
                LinkedHashMap<String, Double> hours = byHour(staffing.forecast(staffing.today(), which, 30), zone);
                Platform.runLater(() -> model.setForecast(queue, hours));
            } catch (RuntimeException e) {
                // the trend goes on without its forecast line; the Staffing screen says what is wrong
                LOG.warn("no forecast for the live floor's trend of {}: {}", queue, e.getMessage());
            }
        });
    }

    /** The forecast's calls per hour of the day, in the day's order; empty when no interval has a forecast. */
    static LinkedHashMap<String, Double> byHour(DayForecast f, ZoneId zone) {
        DateTimeFormatter hour = DateTimeFormatter.ofPattern("HH:00");
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        boolean any = false;
        for (ForecastRow r : f.rows()) {
            BigDecimal calls = r.calls();
            String h = hour.format(Instant.ofEpochMilli(r.startMs()).atZone(zone));
            out.merge(h, calls == null ? 0.0 : calls.doubleValue(), Double::sum);
            any |= calls != null;
        }
        return any ? out : new LinkedHashMap<>();
    }
}
