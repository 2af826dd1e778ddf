package io.floorview.service.actions;

import io.floorview.domain.event.AgentState;

/** Supervisors' actions in words, for outcomes and logs. */
final class Describe {

    private Describe() {
    }

    /** {@code make agent a1001 not ready (coaching)}. */
    static String asked(AgentAction a) {
        return switch (a.kind()) {
            case READY -> "make agent " + a.agent() + " ready";
            case NOT_READY -> "make agent " + a.agent() + " not ready (" + a.reason() + ")";
            case LOG_OUT -> "log agent " + a.agent() + " out";
        };
    }

    /** {@code agent a1001 not ready (coaching)}: the state the action asks for. */
    static String wanted(AgentAction a) {
        return switch (a.kind()) {
            case READY -> "agent " + a.agent() + " ready";
            case NOT_READY -> "agent " + a.agent() + " not ready (" + a.reason() + ")";
            case LOG_OUT -> "agent " + a.agent() + " logged out";
        };
    }

    static AgentState state(AgentAction.Kind kind) {
        return switch (kind) {
            case READY -> AgentState.READY;
            case NOT_READY -> AgentState.NOT_READY;
            case LOG_OUT -> AgentState.LOGGED_OUT;
        };
    }
}
