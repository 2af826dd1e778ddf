package io.floorview.feed.protocol;

import java.util.Objects;

/**
 * A supervisor's command about an agent, as it travels to the feed server.
 *
 * @param id     chosen by the console (a UUID), unique per command: a retry with the same id is not done twice,
 *               and the event that results carries it as {@code commandId}
 * @param reason the not-ready reason code for {@link CommandType#SET_NOT_READY}, else {@code null}
 * @param by     who asks: the supervisor's name, for the logs of both ends
 */
public record AgentCommand(String id, CommandType type, String agent, String reason, String by) {

    public AgentCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(by, "by");
        if (type == CommandType.SET_NOT_READY && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(type.wire() + " needs a reason");
        }
        if (type != CommandType.SET_NOT_READY) {
            reason = null;
        }
    }

    /** For logs: {@code agent.set_not_ready a1001 (coaching) by maria}. */
    public String describe() {
        return type.wire() + " " + agent + (reason == null ? "" : " (" + reason + ")") + " by " + by;
    }
}
