package io.floorview.domain.kpi;

import java.util.List;

/**
 * A queue's figures at one moment: what is happening now and today's counts.
 *
 * @param queue         the queue's id as the phone system names it, or {@link FloorSnapshot#ALL_QUEUES}
 * @param name          the name to show
 * @param settings      the objective and formulas these figures were computed with
 * @param waiting       callers waiting now
 * @param longestWaitMs age of the oldest waiting call now, 0 when nobody waits
 * @param waitingCalls  the waiting callers, oldest first; for all queues a caller moved on from queue to queue
 *                      without an answer counts as waiting since the first entry
 * @param today         today's call figures
 * @param agents        agents serving this queue by state
 * @param occupancy     handle time / (handle time + ready time) of those agents today, or {@code null}
 * @param recent        the figures of the last 15, 30 and 60 minutes, by window length in minutes
 * @param intervals     today's offered and answered calls per 15 minutes, oldest first
 * @param abandoned     today's abandoned calls, newest first (the newest 2,000)
 * @param overflowed    today's overflowed calls, newest first (the newest 2,000)
 */
public record QueueKpis(String queue, String name, QueueSettings settings, int waiting, long longestWaitMs,
                        List<WaitingCall> waitingCalls, CallFigures today, AgentsByState agents,
                        Double occupancy, java.util.Map<Integer, CallFigures> recent, List<IntervalVolume> intervals,
                        List<AbandonedCall> abandoned, List<OverflowedCall> overflowed) {

    public QueueKpis {
        waitingCalls = List.copyOf(waitingCalls);
        recent = java.util.Map.copyOf(recent);
        intervals = List.copyOf(intervals);
        abandoned = List.copyOf(abandoned);
        overflowed = List.copyOf(overflowed);
    }

    /** The figures of the last {@code minutes} (15, 30 or 60), or today's for any other value. */
    public CallFigures figures(int minutes) {
        return recent.getOrDefault(minutes, today);
    }

    public boolean isAllQueues() {
        return FloorSnapshot.ALL_QUEUES.equals(queue);
    }
}
