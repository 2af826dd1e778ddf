package io.floorview.domain.schedule;

/**
 * The layers of a schedule, by precedence: what an agent is scheduled to do at a moment is the item of the
 * highest layer there (time off over activities over the shift).
 */
public enum Layer {
    /** The base block of a working day. */
    SHIFT,
    /** Breaks, lunch, meetings, training, coaching, overtime: layered on (or next to) the shift. */
    ACTIVITY,
    /** Vacation, sickness, lateness, early leave, no-show, day off: over everything else. */
    TIME_OFF;

    /** Whether this layer wins over {@code other} when both cover a moment. */
    public boolean outranks(Layer other) {
        return ordinal() > other.ordinal();
    }
}
