package io.floorview.domain.qa.sampling;

import java.time.Instant;
import java.util.Objects;

/**
 * A recorded call as the scoring screen lists it: where its recording is and the call's details.
 *
 * @param uri        where the recording can be fetched ({@code sim://…}, {@code file:…} or a path)
 * @param at         when the call was answered (when the recording was announced, if the answer is unknown)
 * @param agentName  the agent's name, the agent id when the name is unknown
 * @param team       the agent's team, empty when unknown
 * @param queue      the queue that answered it, empty when unknown
 * @param waitMs     how long the caller waited, -1 when unknown
 * @param talkMs     how long the call was talked (all its agents), -1 when unknown
 * @param durationMs the recording's length as announced, 0 when unknown
 */
public record CallRecording(String callId, String uri, Instant at, String agentId, String agentName, String team,
                            String queue, long waitMs, long talkMs, long durationMs) {

    public CallRecording {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(at, "at");
        agentId = agentId == null ? "" : agentId;
        agentName = agentName == null || agentName.isBlank() ? agentId : agentName;
        team = team == null ? "" : team;
        queue = queue == null ? "" : queue;
    }

    /** The call for sampling. */
    public RecordedCall asRecordedCall() {
        return new RecordedCall(callId, agentId, at);
    }
}
