package io.floorview.domain.layout;

import io.floorview.domain.alert.Thresholds;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.ServiceLevelFormula;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a supervisor arranged the live floor, kept from one start to the next.
 *
 * @param queue          the queue shown ({@link FloorSnapshot#ALL_QUEUES} for all)
 * @param hiddenQueues   queues left out of the selector and the wallboard's rotation
 * @param tiles          the tiles shown, by id, in order
 * @param windowMinutes  the call figures' time window: 0 for today, else 15, 30 or 60
 * @param width          the window's width, 0 when never saved
 * @param height         the window's height, 0 when never saved
 * @param divider        the share of the height given to the tiles (0..1)
 * @param theme          {@code dark} or {@code light}
 * @param sound          whether alerts beep
 * @param rotateSeconds  how long the wallboard shows each queue
 * @param thresholds     the warning and critical levels
 * @param formulas       the service-level formula chosen per queue
 */
public record FloorLayout(String queue, Set<String> hiddenQueues, List<String> tiles, int windowMinutes,
                          double width, double height, double divider, String theme, boolean sound,
                          int rotateSeconds, Thresholds thresholds, Map<String, ServiceLevelFormula> formulas) {

    public static final List<Integer> WINDOWS = List.of(0, 15, 30, 60);

    public FloorLayout {
        Objects.requireNonNull(queue, "queue");
        hiddenQueues = Set.copyOf(hiddenQueues);
        tiles = List.copyOf(tiles);
        Objects.requireNonNull(thresholds, "thresholds");
        formulas = Map.copyOf(formulas);
        if (!WINDOWS.contains(windowMinutes)) {
            throw new IllegalArgumentException("time window must be one of " + WINDOWS + ", not " + windowMinutes);
        }
        if (!(divider >= 0 && divider <= 1)) {
            throw new IllegalArgumentException("divider must be 0..1, not " + divider);
        }
        if (!"dark".equals(theme) && !"light".equals(theme)) {
            throw new IllegalArgumentException("theme must be dark or light, not " + theme);
        }
        if (rotateSeconds < 3 || rotateSeconds > 3600) {
            throw new IllegalArgumentException("rotation must be 3..3600 s, not " + rotateSeconds);
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("window size cannot be negative");
        }
    }
}
