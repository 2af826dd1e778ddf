package io.floorview.service;

import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.service.ingest.FeedStatus;
import java.util.function.Consumer;

/** What the live screens listen to: the floor's figures and the feed's status, from background threads. */
public interface FloorUpdates {

    void addSnapshotListener(Consumer<FloorSnapshot> listener);

    void addStatusListener(Consumer<FeedStatus> listener);
}
