package io.floorview.service.staffing;

import io.floorview.domain.schedule.Schedule;
import io.floorview.service.schedule.ScheduleService;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Scheduled agents on the queues from the published schedule: for each agent, the stretches of the day by layer
 * precedence (time off over activities over the shift); a stretch whose activity is on-queue (shift, overtime)
 * counts for the part of each interval it covers. Breaks, lunches, meetings, training and time off do not count.
 */
public final class PublishedScheduleAgents implements ScheduledAgents {

    private final ScheduleService schedules;

    public PublishedScheduleAgents(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @Override
    public Optional<double[]> onQueueAgentsPerInterval(Instant dayStart, Duration interval, int count) {
        long from = dayStart.toEpochMilli();
        long len = interval.toMillis();
        long to = from + len * count;
        Schedule schedule = schedules.publishedSchedule(dayStart, Instant.ofEpochMilli(to));
        if (schedule.items().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(count(schedule, from, len, count));
    }

    /** The on-queue agent-time of each interval over its length. */
    static double[] count(Schedule schedule, long from, long len, int count) {
        long to = from + len * count;
        double[] agents = new double[count];
        for (String agent : schedule.agents()) {
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
