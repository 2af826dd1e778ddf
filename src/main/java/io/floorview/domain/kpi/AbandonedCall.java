package io.floorview.domain.kpi;

/**
 * A caller who hung up while waiting: who, where, when, at which position (at entry and at the end) and after
 * how long. The list behind the abandon figures.
 */
public record AbandonedCall(String callId, String queue, String caller, long enteredMs, long abandonedMs,
                            long waitMs, int entryPosition, int position) {
}
