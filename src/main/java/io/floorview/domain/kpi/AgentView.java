package io.floorview.domain.kpi;

import io.floorview.domain.event.AgentState;
import java.util.List;

/**
 * One agent as the floor sees them now.
 *
 * @param stateSinceMs when the agent entered the current state, epoch ms
 * @param callId       the call the agent is on (or wrapping up), else {@code null}
 * @param callCaller   the caller's number of that call, else {@code null} (not on a call, or not known)
 * @param callQueueName the name of the queue the agent answered that call from, else {@code null}
 * @param answeredToday calls the agent answered today
 * @param missedToday  calls that rang at the agent today without an answer
 */
public record AgentView(String id, String name, String team, List<String> queues, AgentState state,
                        String reason, long stateSinceMs, String callId, String callCaller,
                        String callQueueName, long answeredToday, long missedToday,
                        long readyMsToday, long onCallMsToday, long wrapUpMsToday, long notReadyMsToday) {

    public AgentView {
        queues = List.copyOf(queues);
    }

    /** The name to show: the agent's name when known, else its id. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }
}
