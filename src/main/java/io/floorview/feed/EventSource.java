package io.floorview.feed;

/**
 * Where a console's events come from: a feed server over HTTP today, a Kafka topic tomorrow (Kafka offset
 * ↔ seq). A source delivers on a thread of its own, in seq order, and recovers from drops by itself.
 */
public interface EventSource extends AutoCloseable {

    /**
     * Starts delivering. For the feed it connects to, it asks {@code resume} for the last seq the console
     * already has and delivers what follows.
     */
    void start(ResumePoint resume, FeedSink sink);

    /** Where the events come from, for people: {@code http://127.0.0.1:7411}. */
    String describe();

    /** Stops delivering and releases the connection; no call reaches the sink afterwards. */
    @Override
    void close();

    /** The last seq the console holds for a feed (0 for a feed it has never seen). */
    @FunctionalInterface
    interface ResumePoint {
        long lastSeq(String feedId);
    }
}
