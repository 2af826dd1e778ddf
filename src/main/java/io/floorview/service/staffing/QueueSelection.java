package io.floorview.service.staffing;

import io.floorview.domain.kpi.FloorSnapshot;
import java.util.List;
import java.util.TreeSet;

/**
 * The queues a forecast covers: none named means the whole center (each call once, from the center's rollup);
 * otherwise the named queues' calls added up.
 */
public record QueueSelection(List<String> queues) {

    public QueueSelection {
        queues = List.copyOf(new TreeSet<>(queues));
    }

    public static QueueSelection allQueues() {
        return new QueueSelection(List.of());
    }

    public boolean isAll() {
        return queues.isEmpty();
    }

    /** Whether a rollup row of {@code queue} counts for this selection. */
    public boolean counts(String queue) {
        return isAll() ? FloorSnapshot.ALL_QUEUES.equals(queue) : queues.contains(queue);
    }

    /** How the selection is stored with its edits: {@code *}, or the queue ids sorted and joined by commas. */
    public String key() {
        return isAll() ? FloorSnapshot.ALL_QUEUES : String.join(",", queues);
    }
}
