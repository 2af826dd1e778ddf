package io.floorview.domain.kpi;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * An immutable picture of the floor at {@code asOfMs}: every queue, the whole center and every agent.
 *
 * @param day            the business day the counts are for
 * @param center         the whole center, each call counted once however many queues it crossed
 * @param queues         each queue, sorted by id
 * @param linesInUse     calls holding a phone line now
 * @param lineCapacity   the site's phone lines, 0 when unknown
 * @param eventsApplied  events the engine has taken in since it started
 * @param lastSeq        the sequence number of the last event taken in, 0 when none
 */
public record FloorSnapshot(long asOfMs, LocalDate day, ZoneId zone, String site, QueueKpis center,
                            List<QueueKpis> queues, List<AgentView> agents, int linesInUse, int lineCapacity,
                            long eventsApplied, long lastSeq) {

    /** The id under which the whole center appears. */
    public static final String ALL_QUEUES = "*";

    public FloorSnapshot {
        queues = List.copyOf(queues);
        agents = List.copyOf(agents);
    }

    /** The figures of {@code queue}, or of the center for {@link #ALL_QUEUES}. */
    public Optional<QueueKpis> queue(String queue) {
        if (ALL_QUEUES.equals(queue)) {
            return Optional.of(center);
        }
        return queues.stream().filter(q -> q.queue().equals(queue)).findFirst();
    }
}
