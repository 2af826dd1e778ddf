package io.floorview.service.ingest;

import io.floorview.domain.event.FeedEvent;
import java.util.List;
import java.util.function.Consumer;

/** Where the feed's events can be heard once the console has stored and counted them. */
@FunctionalInterface
public interface StoredEvents {

    /**
     * Hears each batch of new events, in seq order, after it is committed to the cache and applied to the live
     * floor; on the store writer's thread, so a listener only takes note and hands any work on. Events replayed
     * from the cache at start are not heard.
     */
    void addEventListener(Consumer<List<FeedEvent>> listener);
}
