package io.floorview.service.ingest;

/**
 * How the console's feed connection is, for the connection indicator and the status bar.
 *
 * @param sinceMs        wall-clock time the state began (for "offline since 10:42")
 * @param feed           the feed's id, or {@code null} before the first connection
 * @param source         where events come from, e.g. {@code http://127.0.0.1:7411}
 * @param eventsStored   events cached since the console started
 * @param lastSeq        the last seq the console holds
 * @param serverLastSeq  the last seq the server said it had (to show a backlog), 0 when unknown
 * @param setAside       lines of this feed set aside as bad, in all
 * @param detail         why the connection is down, or the rebuild's progress text
 * @param progress       the rebuild's progress in [0, 1], or -1 when not rebuilding
 */
public record FeedStatus(State state, long sinceMs, String feed, String source, long eventsStored, long lastSeq,
                         long serverLastSeq, long setAside, String detail, double progress) {

    /** The states of the connection indicator. */
    public enum State {
        /** Starting up, not connected yet. */
        CONNECTING,
        /** Rebuilding today's figures from the cache. */
        REBUILDING,
        /** Streaming live events. */
        LIVE,
        /** The connection dropped a moment ago and is being retried. */
        RECONNECTING,
        /** The connection has been down for a while; the figures are those of {@code sinceMs}. */
        OFFLINE
    }

    public FeedStatus with(State s, long since, String why) {
        return new FeedStatus(s, since, feed, source, eventsStored, lastSeq, serverLastSeq, setAside, why, -1);
    }
}
