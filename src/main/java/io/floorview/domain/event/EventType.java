package io.floorview.domain.event;

import java.util.HashMap;
import java.util.Map;

/** Every event type of the feed protocol v1, with its name on the wire. */
public enum EventType {
    CALL_ENTERED("call.entered", 1),
    CALL_REJECTED("call.rejected", 2),
    CALL_ANSWERED("call.answered", 3),
    CALL_ABANDONED("call.abandoned", 4),
    CALL_OVERFLOWED("call.overflowed", 5),
    CALL_TRANSFERRED("call.transferred", 6),
    CALL_ENDED("call.ended", 7),
    WRAPUP_ENDED("call.wrapup_ended", 8),
    RING_NO_ANSWER("agent.ring_no_answer", 9),
    AGENT_LOGGED_IN("agent.logged_in", 20),
    AGENT_LOGGED_OUT("agent.logged_out", 21),
    AGENT_STATE("agent.state", 22),
    RECORDING_AVAILABLE("recording.available", 30),
    QUEUE_CONFIGURED("queue.configured", 40),
    SITE_CONFIGURED("site.configured", 41);

    private static final Map<String, EventType> BY_WIRE = new HashMap<>();
    private static final Map<Integer, EventType> BY_CODE = new HashMap<>();

    static {
        for (EventType t : values()) {
            BY_WIRE.put(t.wire, t);
            BY_CODE.put(t.code, t);
        }
    }

    private final String wire;
    private final int code;

    EventType(String wire, int code) {
        this.wire = wire;
        this.code = code;
    }

    /** A number that stands for the type in the cache; it never changes once given. */
    public int code() {
        return code;
    }

    /** The type stored as {@code code}, or {@code null}. */
    public static EventType fromCode(int code) {
        return BY_CODE.get(code);
    }

    /** The name used in the {@code type} field of a feed line. */
    public String wire() {
        return wire;
    }

    /** The type named {@code wire}, or {@code null} when the protocol has no such type. */
    public static EventType fromWire(String wire) {
        return BY_WIRE.get(wire);
    }
}
