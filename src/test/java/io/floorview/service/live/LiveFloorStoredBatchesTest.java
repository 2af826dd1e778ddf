package io.floorview.service.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The ingest counts the next batch while the last one is being written: the floor must still never show a batch
 * the cache does not hold.
 */
class LiveFloorStoredBatchesTest {

    private static final long NOW = 1_790_000_000_000L;

    private final LiveFloor floor = new LiveFloor(CenterSettings.defaults(ZoneOffset.UTC), NOW);

    /** A batch as the ingest makes one: each event applied as it comes, then cut. */
    private LiveFloor.Applied batch(List<FeedEvent> events) {
        events.forEach(floor::applyUncut);
        return floor.cut();
    }

    private static List<FeedEvent> calls(long firstSeq, int n) {
        return java.util.stream.LongStream.range(firstSeq, firstSeq + n)
                .mapToObj(s -> (FeedEvent) new FeedEvent.CallEntered(s, NOW + s, "c" + s, "sales", "+39 " + s, 1))
                .toList();
    }

    @Test
    void withNothingWaitingToBeStoredTheSnapshotIsTheFloorItself() {
        floor.stored(batch(calls(1, 3)));

        assertThat(floor.snapshot(NOW + 10).lastSeq()).isEqualTo(3);
        assertThat(floor.snapshot(NOW + 10).center().waiting()).isEqualTo(3);
    }

    @Test
    void aSnapshotWaitsForTheBatchToBeStoredAndNeverShowsOneThatIsNot() throws Exception {
        floor.stored(batch(calls(1, 2)));
        LiveFloor.Applied second = batch(calls(3, 2)); // being written

        CompletableFuture<FloorSnapshot> asked = new CompletableFuture<>();
        Thread reader = new Thread(() -> asked.complete(floor.snapshot(NOW + 100)), "reader");
        reader.start();
        awaitWaiting(reader);
        assertThat(asked).isNotDone();

        // the next batch is counted while the second is still being written: it answers the request...
        LiveFloor.Applied third = batch(calls(5, 2));
        assertThat(third.view()).isNotNull();
        assertThat(third.view().lastSeq()).isEqualTo(6);
        floor.stored(second);
        awaitWaiting(reader);
        assertThat(asked).as("the batch holding the answer is not stored yet").isNotDone();
        // ...and a fourth one, counted before the third is stored, is not in it
        LiveFloor.Applied fourth = batch(calls(7, 2));
        floor.stored(third);

        FloorSnapshot shown = asked.get(5, TimeUnit.SECONDS);
        assertThat(shown.lastSeq()).isEqualTo(6);
        assertThat(shown.center().waiting()).isEqualTo(6);
        assertThat(shown.asOfMs()).isEqualTo(NOW + 100);

        floor.stored(fourth);
        assertThat(floor.snapshot(NOW + 200).lastSeq()).isEqualTo(8);
    }

    @Test
    void aSnapshotAskedWhileTheLastBatchIsWrittenIsTheFloorOnceItIsStored() throws Exception {
        LiveFloor.Applied only = batch(calls(1, 4));
        CompletableFuture<FloorSnapshot> asked = new CompletableFuture<>();
        Thread reader = new Thread(() -> asked.complete(floor.snapshot(NOW + 100)), "reader");
        reader.start();
        awaitWaiting(reader);

        floor.stored(only);

        assertThat(asked.get(5, TimeUnit.SECONDS).lastSeq()).isEqualTo(4);
    }

    @Test
    void whenStoringFailsTheFloorForgetsEverythingAndTakesNothingMoreUntilRebuilt() {
        floor.stored(batch(calls(1, 2)));
        batch(calls(3, 2));

        floor.failed();

        assertThat(floor.snapshot(NOW).eventsApplied()).isZero();
        LiveFloor.Applied after = batch(calls(5, 2));
        floor.stored(after);
        assertThat(floor.snapshot(NOW).eventsApplied()).isZero();

        floor.reset(NOW, 0); // the console rebuilds it from the cache
        floor.replay(calls(1, 2));
        assertThat(floor.snapshot(NOW).eventsApplied()).isEqualTo(2);
    }

    @Test
    void eventsAppliedOneByOneAreShownOnlyOnceCutAndStored() throws Exception {
        floor.applyUncut(calls(1, 1).get(0));
        floor.applyUncut(calls(2, 1).get(0));
        CompletableFuture<FloorSnapshot> asked = new CompletableFuture<>();
        Thread reader = new Thread(() -> asked.complete(floor.snapshot(NOW + 100)), "reader");
        reader.start();
        awaitWaiting(reader);

        LiveFloor.Applied batch = floor.cut();
        assertThat(batch.changed()).as("the rollups the two events changed go with them").isNotNull();
        awaitWaiting(reader);
        floor.stored(batch);

        assertThat(asked.get(5, TimeUnit.SECONDS).lastSeq()).isEqualTo(2);
    }

    @Test
    void whenTheWriterStopsAWaitingSnapshotIsAnsweredWithoutWhatWasNeverStored() throws Exception {
        floor.stored(batch(calls(1, 2)));
        floor.applyUncut(calls(3, 1).get(0));
        CompletableFuture<FloorSnapshot> asked = new CompletableFuture<>();
        Thread reader = new Thread(() -> asked.complete(floor.snapshot(NOW + 100)), "reader");
        reader.start();
        awaitWaiting(reader);

        floor.abandonUnstored();

        assertThat(asked.get(5, TimeUnit.SECONDS).lastSeq()).as("nothing the cache may lack").isZero();
    }

    private static void awaitWaiting(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (t.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(t.getState()).isEqualTo(Thread.State.WAITING);
    }
}
