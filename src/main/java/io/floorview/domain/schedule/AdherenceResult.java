package io.floorview.domain.schedule;

import java.util.List;

/**
 * An agent's (or a team's) adherence and conformance over a range (product brief §4).
 *
 * @param scheduledMs        time scheduled to work (shift and activities; time off is not counted)
 * @param outMs              time out of adherence: exceptions at least as long as their grace, less excused time
 * @param scheduledOnQueueMs scheduled on-queue time (shift and overtime, where no activity or time off wins)
 * @param onQueueMs          actual on-queue time: ready, on a call or wrapping up
 */
public record AdherenceResult(String who, long scheduledMs, long outMs, long scheduledOnQueueMs, long onQueueMs,
                              List<AdherenceException> exceptions) {

    public AdherenceResult {
        exceptions = List.copyOf(exceptions);
    }

    /** {@code max(0, 1 − out / scheduled)}, or {@code null} when nothing was scheduled. */
    public Double adherence() {
        return scheduledMs == 0 ? null : Math.max(0, 1 - (double) outMs / scheduledMs);
    }

    /** Actual on-queue / scheduled on-queue (may pass 1), or {@code null} when no on-queue time was scheduled. */
    public Double conformance() {
        return scheduledOnQueueMs == 0 ? null : (double) onQueueMs / scheduledOnQueueMs;
    }

    /** The sum of several results (a team): the ratios of the summed times. */
    public static AdherenceResult total(String who, List<AdherenceResult> parts) {
        long s = 0;
        long o = 0;
        long sq = 0;
        long q = 0;
        java.util.List<AdherenceException> ex = new java.util.ArrayList<>();
        for (AdherenceResult r : parts) {
            s += r.scheduledMs;
            o += r.outMs;
            sq += r.scheduledOnQueueMs;
            q += r.onQueueMs;
            ex.addAll(r.exceptions);
        }
        return new AdherenceResult(who, s, o, sq, q, ex);
    }
}
