package io.floorview.feed;

import io.floorview.domain.event.FeedEvent;

/** What a source delivers to, always from the source's own thread and in feed order. */
public interface FeedSink {

    /**
     * Connected to {@code feedId}; its server has events up to {@code serverLastSeq}, its clock reads
     * {@code feedTs} and runs at {@code rate} times real time.
     */
    void connected(String feedId, long serverLastSeq, long feedTs, double rate);

    /** The next event, with the exact text it came as. Seqs increase by one, except across reported gaps. */
    void event(FeedEvent event, String raw);

    /** A line that could not be taken in; {@code seq} when it had a readable one. */
    void badLine(Long seq, String reason, String raw);

    /** The feed is alive: its clock reads {@code feedTs} and its last seq is {@code lastSeq}. */
    void heartbeat(long feedTs, long lastSeq, double rate);

    /** The connection went down; the source is trying again. */
    void disconnected(String reason);
}
