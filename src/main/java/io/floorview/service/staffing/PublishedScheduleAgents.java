package io.floorview.service.staffing;

import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.Schedule;
import io.floorview.service.schedule.ScheduleService;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Scheduled agents on the queues from the published schedule: for each agent, the stretches of the day by layer
 * precedence (time off over activities over the shift); a stretch whose activity is on-queue (shift, overtime)
 * counts for the part of each interval it covers. Breaks, lunches, meetings, training and time off do not count.
 * For chosen queues, an agent counts when one of the agent's skills is one of them (a multi-skilled agent counts
 * in full for each: the schedule does not say which queue the agent will answer).
 */
public final class PublishedScheduleAgents implements ScheduledAgents {

    private final ScheduleService schedules;

    public PublishedScheduleAgents(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @Override
    public Optional<double[]> onQueueAgentsPerInterval(Instant dayStart, Duration interval, int count,
                                                       Set<String> queues) {
        long from = dayStart.toEpochMilli();
        long len = interval.toMillis();
        long to = from + len * count;
        Schedule schedule = schedules.publishedSchedule(dayStart, Instant.ofEpochMilli(to));
        if (schedule.items().isEmpty()) {
            return Optional.empty();
        }
        Set<String> counted = null;
        if (!queues.isEmpty()) {
            counted = new HashSet<>();
            for (Agent a : schedules.agents()) {
                if (a.queues().stream().anyMatch(queues::contains)) {
                    counted.add(a.id());
                }
            }
        }
        return Optional.of(count(schedule, from, len, count, counted));
    }

    /** The on-queue agent-time of each interval over its length. */
    static double[] count(Schedule schedule, long from, long len, int count, Set<String> agentsCounted) {
        long to = from + len * count;
        double[] agents = new double[count];
        for (String agent : schedule.agents()) {
            if (agentsCounted != null && !agentsCounted.contains(agent)) {
                continue;
            }
            for (Schedule.Stretch s : schedule.stretches(agent, from, to)) {
                if (!schedule.codes().require(s.item().code()).onQueue()) {
                    continue;
                }
                int first = (int) ((s.fromMs() - from) / len);
                int last = (int) Math.min(count - 1, (s.toMs() - 1 - from) / len);
                for (int i = first; i <= last; i++) {
                    long a = Math.max(s.fromMs(), from + i * len);
                    long b = Math.min(s.toMs(), from + (i + 1) * len);
                    if (b > a) {
                        agents[i] += (double) (b - a) / len;
                    }
                }
            }
        }
        return agents;
    }
}
