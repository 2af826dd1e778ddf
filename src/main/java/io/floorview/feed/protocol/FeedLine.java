package io.floorview.feed.protocol;

import io.floorview.domain.event.FeedEvent;

/** One decoded line of a feed stream: an event, or one of the stream's control lines (no seq). */
public sealed interface FeedLine {

    /** An event, with the exact text it came as (the cache keeps that text). */
    record Event(FeedEvent event, String raw) implements FeedLine {
    }

    /**
     * The first line of every stream: which feed this is, the protocol version, the last seq the server
     * has, and how fast the feed's clock runs against real time (1 for a real phone system).
     */
    record Hello(String feed, int protocol, long lastSeq, long ts, double rate) implements FeedLine {
    }

    /** Sent when nothing else was sent for a while: the feed's clock now and its last seq. */
    record Heartbeat(long ts, long lastSeq, double rate) implements FeedLine {
    }
}
