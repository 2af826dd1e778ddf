package io.floorview.feed.protocol;

import java.util.Arrays;
import java.util.List;

/** The commands a console can send to a feed server's source ({@code POST /v1/commands}), by wire name. */
public enum CommandType {
    /** Make the agent ready to take calls. */
    SET_READY("agent.set_ready"),
    /** Make the agent not ready, with a reason code. */
    SET_NOT_READY("agent.set_not_ready"),
    /** Log the agent out of every queue. */
    LOG_OUT("agent.log_out");

    private final String wire;

    CommandType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The type called {@code wire}, or {@code null} when the protocol has none. */
    public static CommandType fromWire(String wire) {
        for (CommandType t : values()) {
            if (t.wire.equals(wire)) {
                return t;
            }
        }
        return null;
    }

    /** Every wire name, for messages and the health answer. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(CommandType::wire).toList();
    }
}
