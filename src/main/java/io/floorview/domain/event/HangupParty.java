package io.floorview.domain.event;

/** Who ended a connected call. */
public enum HangupParty implements WireEnum {
    AGENT,
    CALLER,
    UNKNOWN;
}
