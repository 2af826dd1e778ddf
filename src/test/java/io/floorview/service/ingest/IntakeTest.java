package io.floorview.service.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.service.live.LiveFloor;
import io.floorview.store.CachedEvent;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IntakeTest {

    private static final long NOW = 1_790_000_000_000L;

    private final LiveFloor floor = new LiveFloor(CenterSettings.defaults(ZoneOffset.UTC), NOW);

    private static FeedEvent call(long seq) {
        return new FeedEvent.CallEntered(seq, NOW + seq * 1000, "c" + seq, "sales", null, 1);
    }

    private static void give(Intake intake, long... seqs) throws InterruptedException {
        for (long s : seqs) {
            intake.event(call(s), "{\"seq\":" + s + "}");
        }
    }

    @Test
    void eventsAreCountedAsTheyComeAndTakenAsOneBatchThatTheFloorShowsOnceStored() throws Exception {
        Intake intake = new Intake(floor, 100, 10);
        give(intake, 1, 2, 3, 3, 2); // a seq seen already is not taken again

        Intake.Taken taken = intake.take(0);

        assertThat(taken.events()).extracting(CachedEvent::body)
                .containsExactly("{\"seq\":1}", "{\"seq\":2}", "{\"seq\":3}");
        assertThat(taken.floorBatch().appliedSeq()).isEqualTo(3);
        assertThat(taken.floorBatch().changed()).as("the source is not ahead: the rollups go along").isNotNull();
        CompletableFuture<Long> shown = CompletableFuture.supplyAsync(() -> floor.snapshot(NOW + 10_000).lastSeq());
        Thread.sleep(100);
        assertThat(shown).as("not shown before it is stored").isNotDone();
        floor.stored(taken.floorBatch());
        assertThat(shown.get(5, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(intake.take(10)).as("nothing waits").isNull();
    }

    @Test
    void aSourceAheadOfTheWriterWaitsForRoomAndTheRollupsWaitForSeveralBatches() throws Exception {
        Intake intake = new Intake(floor, 4, 2);
        CompletableFuture<Void> source = CompletableFuture.runAsync(() -> {
            try {
                for (long s = 1; s <= 12; s++) {
                    intake.event(call(s), "{}");
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitFull(intake);

        Intake.Taken first = intake.take(0);
        assertThat(first.events()).hasSize(4);
        assertThat(first.floorBatch().changed()).as("held: the source has more in hand").isNull();
        floor.stored(first.floorBatch());
        awaitFull(intake);
        Intake.Taken second = intake.take(0);
        assertThat(second.floorBatch().changed()).as("at least every 4 x batchMax events").isNotNull();
        floor.stored(second.floorBatch());
        source.get(5, TimeUnit.SECONDS);
        Intake.Taken last = intake.take(0);
        assertThat(last.events()).hasSize(4);
        assertThat(last.floorBatch().changed()).as("the source is done: nothing is held back").isNotNull();
    }

    @Test
    void rollupsHeldWhenTheSourceFallsQuietGoOnTheirOwn() throws Exception {
        Intake intake = new Intake(floor, 2, 100);
        CompletableFuture<Void> source = CompletableFuture.runAsync(() -> {
            try {
                give(intake, 1, 2, 2); // the last one waits for room, then is dropped: seen already
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitFull(intake);
        Intake.Taken first = intake.take(0);
        assertThat(first.floorBatch().changed()).isNull();
        floor.stored(first.floorBatch());
        source.get(5, TimeUnit.SECONDS);

        Intake.Taken idle = intake.take(10);
        assertThat(idle.events()).isEmpty();
        assertThat(idle.floorBatch().changed()).isNotNull();
        assertThat(idle.floorBatch().appliedSeq()).isEqualTo(2);
        assertThat(intake.take(10)).isNull();
    }

    @Test
    void aControlWaitsForWhatCameBeforeAndHoldsBackWhatComesAfter() throws Exception {
        Intake intake = new Intake(floor, 100, 10);
        give(intake, 1, 2);
        Object connect = "connect";
        CompletableFuture<Void> connected = CompletableFuture.runAsync(() -> {
            try {
                intake.controlAndWait(connect);
                intake.event(call(8), "{}"); // after the control: the writer stored up to 7 meanwhile
                intake.event(call(9), "{}");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        awaitControl(intake);
        Intake.Taken taken = intake.take(0);
        assertThat(taken.control()).isSameAs(connect);
        assertThat(taken.events()).hasSize(2);
        assertThat(taken.floorBatch().changed()).as("rollups go before a control").isNotNull();
        assertThat(connected).isNotDone();

        intake.controlDone(8);
        connected.get(5, TimeUnit.SECONDS);
        Intake.Taken after = intake.take(1000);
        assertThat(after.events()).extracting(c -> c.event().seq()).containsExactly(9L);
    }

    private static void awaitControl(Intake intake) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!intake.hasControl() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(intake.hasControl()).isTrue();
    }

    /** Waits until the source waits for room with the intake full. */
    private static void awaitFull(Intake intake) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!intake.full() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(intake.full()).isTrue();
    }
}
