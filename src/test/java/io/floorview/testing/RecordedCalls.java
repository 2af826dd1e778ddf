package io.floorview.testing;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.HangupParty;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.store.CachedEvent;
import io.floorview.store.EventCache;
import java.util.ArrayList;
import java.util.List;

/** Writes recorded calls into an event cache as a feed would announce them. */
public final class RecordedCalls {

    private final EventCache cache;
    private final long feed;
    private final EventCodec codec = new EventCodec();
    private long seq;

    public RecordedCalls(EventCache cache, String feedName) {
        this.cache = cache;
        this.feed = cache.feedId(feedName);
    }

    public void agent(String agent, String name, String team, long ts) {
        write(List.of(new FeedEvent.AgentLoggedIn(++seq, ts, agent, name, team, List.of("sales"))));
    }

    /** A call answered at {@code answeredMs} after {@code waitMs}, talked {@code talkMs}, then its recording. */
    public void call(String callId, String queue, String agent, long answeredMs, long waitMs, long talkMs, String uri) {
        List<FeedEvent> events = new ArrayList<>();
        events.add(new FeedEvent.CallAnswered(++seq, answeredMs, callId, queue, agent, waitMs));
        events.add(new FeedEvent.CallEnded(++seq, answeredMs + talkMs, callId, queue, agent, talkMs, 0,
                HangupParty.CALLER));
        events.add(new FeedEvent.RecordingAvailable(++seq, answeredMs + talkMs + 5_000, callId, uri, talkMs));
        write(events);
    }

    private void write(List<FeedEvent> events) {
        cache.write(feed, events.stream().map(e -> new CachedEvent(e, codec.encode(e))).toList(), List.of());
    }
}
