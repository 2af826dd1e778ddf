package io.floorview.service.actions;

import java.util.Objects;

/**
 * What a supervisor asks of an agent's state from the agent board.
 *
 * @param reason     the not-ready reason code, for {@link Kind#NOT_READY}; else {@code null}
 * @param supervisor who asks (the console's user), for the log of who did what
 */
public record AgentAction(String agent, Kind kind, String reason, String supervisor) {

    public enum Kind {
        /** Make the agent ready to take calls. */
        READY,
        /** Make the agent not ready, with a reason. */
        NOT_READY,
        /** Log the agent out of every queue. */
        LOG_OUT
    }

    public AgentAction {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(supervisor, "supervisor");
        if (kind == Kind.NOT_READY && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a not-ready request needs a reason");
        }
    }
}
