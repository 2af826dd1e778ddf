package io.floorview.feed.server;

import io.floorview.feed.protocol.AgentCommand;
import io.floorview.feed.protocol.CommandType;
import java.util.EnumSet;
import java.util.Set;

/**
 * A feed source that takes supervisors' commands ({@code POST /v1/commands}): the simulator, or a phone
 * system's adapter (Asterisk AMI: QueuePause, QueueRemove). The feed server checks the request (access token,
 * well-formed body, a command id not seen before) and hands the command here.
 */
public interface CommandHandler {

    /**
     * Carries the command out now, or says why not. The event that shows the result goes on the feed as usual
     * and should carry {@code command.id()} as its {@code commandId}, so that the console that asked can tell
     * it from a change the agent made at the same moment.
     *
     * <p>Called on the server's threads, possibly several at once; should answer within a few seconds. An
     * exception is answered as a failure with its message.
     */
    CommandResult execute(AgentCommand command);

    /** The commands this source can carry out; others are refused with 422 without reaching {@link #execute}. */
    default Set<CommandType> supported() {
        return EnumSet.allOf(CommandType.class);
    }
}
