package io.floorview.feed.server;

import io.floorview.domain.event.AgentState;
import io.floorview.feed.protocol.AgentCommand;
import io.floorview.feed.protocol.CommandType;
import java.util.Objects;
import java.util.function.Function;

/**
 * Carries out supervisors' commands on a phone system that controls queue members ({@link QueueMemberControl}:
 * Asterisk AMI QueuePause / QueueRemove): ready is unpause, not ready is pause with the reason, log out is
 * removal from every queue. What the source already knows of the agent (from its own events) lets it refuse
 * as the simulator does, before troubling the phone system: an agent on a call, logged out or already in
 * that state. The phone system's own refusals are passed on in its words.
 *
 * <p>The events that show the result come from the source's ordinary event handling (QueueMemberPause,
 * QueueMemberRemoved) and need not carry the command's id: the console matches them by agent and state.
 */
public final class QueueMemberCommandHandler implements CommandHandler {

    private final QueueMemberControl control;
    private final Function<String, AgentState> knownState;

    /**
     * @param knownState the agent's state as the source last reported it on the feed, or {@code null} when it
     *                   does not know the agent
     */
    public QueueMemberCommandHandler(QueueMemberControl control, Function<String, AgentState> knownState) {
        this.control = Objects.requireNonNull(control, "control");
        this.knownState = Objects.requireNonNull(knownState, "knownState");
    }

    @Override
    public CommandResult execute(AgentCommand c) {
        AgentState state = knownState.apply(c.agent());
        String who = "agent " + c.agent();
        if (state == AgentState.LOGGED_OUT) {
            return CommandResult.conflict(who + " is " + (c.type() == CommandType.LOG_OUT
                    ? "already logged out" : "logged out"));
        }
        if (state == AgentState.ON_CALL) {
            return CommandResult.conflict(who + " is on a call; ask again once it is over");
        }
        QueueMemberControl.Outcome outcome;
        switch (c.type()) {
            case SET_READY -> {
                if (state == AgentState.READY) {
                    return CommandResult.conflict(who + " is already ready");
                }
                outcome = control.unpause(c.agent());
            }
            case SET_NOT_READY -> outcome = control.pause(c.agent(), c.reason());
            case LOG_OUT -> outcome = control.remove(c.agent());
            default -> throw new IllegalStateException("unknown command " + c.type());
        }
        return switch (outcome.kind()) {
            case DONE -> CommandResult.accepted();
            case REFUSED -> CommandResult.invalid("the phone system refused: " + text(outcome));
            case UNREACHABLE -> CommandResult.failed("the phone system could not be asked: " + text(outcome));
        };
    }

    private static String text(QueueMemberControl.Outcome o) {
        return o.message() == null || o.message().isBlank() ? "(no reason given)" : o.message();
    }
}
