package io.floorview.domain.event;

/** Why a waiting call left its queue unanswered without the caller hanging up. */
public enum OverflowReason implements WireEnum {
    /** The queue's maximum wait ran out. */
    TIMEOUT,
    /** The queue became full and the call was moved on. */
    FULL,
    /** Every agent of the queue logged out or became unavailable. */
    EMPTY,
    /** The caller pressed a key to leave the queue. */
    KEY,
    /** The call was routed elsewhere (another queue, voicemail, an external number). */
    TRANSFERRED;
}
