package io.floorview.store;

import io.floorview.domain.event.FeedEvent;
import java.util.Objects;

/** An event to cache, with the exact text it arrived as. */
public record CachedEvent(FeedEvent event, String body) {

    public CachedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(body, "body");
    }
}
