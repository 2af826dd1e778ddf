package io.floorview.domain.kpi;

/** A caller waiting in a queue now. */
public record WaitingCall(String callId, String queue, String caller, long enteredMs, int position) {

    public long waitMs(long nowMs) {
        return Math.max(0, nowMs - enteredMs);
    }
}
