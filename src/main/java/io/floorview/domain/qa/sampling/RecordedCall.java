package io.floorview.domain.qa.sampling;

import java.time.Instant;
import java.util.Objects;

/** A call with a recording that could be evaluated: whose it was and when it happened. */
public record RecordedCall(String callId, String agentId, Instant at) {

    public RecordedCall {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(at, "at");
    }
}
