package io.floorview.domain.kpi;

/**
 * The call figures of a queue (or of the center) over a period. Times are milliseconds; a {@code null}
 * figure is undefined (no call to average over), never zero.
 *
 * @param serviceLevel fraction in [0, 1] by the queue's formula
 * @param abandonRate  fraction in [0, 1] by the queue's formula
 * @param asaMs        mean queue wait of answered calls
 * @param avgAbandonMs mean wait of abandoned calls
 * @param handled      calls whose after-call work ended in the period
 * @param avgTalkMs    talk per handled call
 * @param avgHoldMs    hold per handled call
 * @param avgWrapMs    after-call work per handled call
 */
public record CallFigures(long offered, long answered, long abandoned, long shortAbandoned, long overflowed,
                          OverflowCounts overflowByReason, long rejected, RejectCounts rejectByReason,
                          long transferred, Double serviceLevel, Double abandonRate, Double asaMs,
                          Double avgAbandonMs, long maxWaitMs, long handled, Double avgTalkMs, Double avgHoldMs,
                          Double avgWrapMs, long ringNoAnswer) {

    /** The longest wait of an answered, abandoned or overflowed call, or {@code null} when there was none. */
    public Long maxWaitMsIfAny() {
        return answered + abandoned + overflowed == 0 ? null : maxWaitMs;
    }

    /** Average handle time: talk + hold + after-call work per handled call, or {@code null}. */
    public Double ahtMs() {
        if (avgTalkMs == null) {
            return null;
        }
        return avgTalkMs + avgHoldMs + avgWrapMs;
    }
}
