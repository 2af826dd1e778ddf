package io.floorview.domain.kpi;

import io.floorview.domain.event.OverflowReason;

/** A call that left a queue unanswered without hanging up, and why; {@code target} is where it went, if known. */
public record OverflowedCall(String callId, String queue, String caller, long enteredMs, long leftMs, long waitMs,
                             OverflowReason reason, String target) {
}
