package io.floorview.domain.event;

/** Why the center refused a call at the door (counted apart from abandons and overflow). */
public enum RejectReason implements WireEnum {
    /** Every phone line (trunk channel) was busy. */
    LINES_FULL,
    /** The queue had reached its maximum length. */
    QUEUE_FULL,
    /** The queue was closed (outside opening hours, or closed by the platform). */
    QUEUE_CLOSED,
    /** The queue had no agent able to take the call when the caller arrived. */
    JOIN_EMPTY;
}
