package io.floorview.domain.event;

/** What an agent is doing, as the phone system reports it. */
public enum AgentState implements WireEnum {
    /** Logged in and waiting for a call. */
    READY,
    /** Logged in but not taking calls; the reason code says why. */
    NOT_READY,
    /** Talking to (or holding) a caller. */
    ON_CALL,
    /** After-call work. */
    WRAP_UP,
    /** Not logged in. */
    LOGGED_OUT;
}
