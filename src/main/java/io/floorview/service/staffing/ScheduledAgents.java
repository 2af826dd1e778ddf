package io.floorview.service.staffing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** How many agents the published schedule has on the queues, interval by interval: the coverage chart's supply. */
public interface ScheduledAgents {

    /**
     * The agents scheduled on the queues in each of {@code count} intervals of length {@code interval} from
     * {@code dayStart}, averaged over the interval (an agent on the queues for half of it counts ½). On-queue
     * activities (shift, overtime) count; breaks, lunches, meetings, training and time off do not.
     *
     * @param queues only agents with a skill in these queues count; empty: every agent
     * @return empty when no published schedule covers the day (not a day with nobody scheduled)
     */
    Optional<double[]> onQueueAgentsPerInterval(Instant dayStart, Duration interval, int count, Set<String> queues);
}
