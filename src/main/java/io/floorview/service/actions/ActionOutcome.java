package io.floorview.service.actions;

/**
 * How a supervisor's action ended. An action is only {@link Status#CONFIRMED} once the feed shows the state
 * it asked for; a refusal or failure always says why.
 *
 * @param message       for people: why it was refused or failed, or what confirmed it
 * @param confirmingSeq the seq of the feed event that confirmed it, 0 otherwise
 */
public record ActionOutcome(AgentAction action, Status status, String message, long confirmingSeq) {

    public enum Status {
        /** The phone system did it, and the feed shows it. */
        CONFIRMED,
        /** The phone system (or the feed server) refused, e.g. the agent is on a call or unknown. */
        REFUSED,
        /** It could not be asked: no connection, a feed that takes no commands, an error. */
        FAILED,
        /** It was accepted but the feed did not show the result in time. */
        TIMED_OUT
    }
}
