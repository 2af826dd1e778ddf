package io.floorview.service.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.service.live.LiveFloor;
import io.floorview.store.CachedEvent;
import io.floorview.store.SetAsideLine;
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

    private static CompletableFuture<Void> source(Intake intake, long from, long to) {
        return CompletableFuture.runAsync(() -> {
            try {
                for (long s = from; s <= to; s++) {
                    intake.event(call(s), "{}");
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void eventsAreCountedAsTheyComeAndTakenAsOneBatchThatTheFloorShowsOnceStored() throws Exception {
        Intake intake = new Intake(floor, 100);
        give(intake, 1, 2, 3, 3, 2); // a seq seen already is not taken again

        Intake.Taken taken = intake.take(0);

        assertThat(taken.events()).extracting(CachedEvent::body)
                .containsExactly("{\"seq\":1}", "{\"seq\":2}", "{\"seq\":3}");
        assertThat(taken.floorBatch().appliedSeq()).isEqualTo(3);
        assertThat(taken.floorBatch().changed()).as("the rollups the batch changed go with it").isNotNull();
        CompletableFuture<Long> shown = CompletableFuture.supplyAsync(() -> floor.snapshot(NOW + 10_000).lastSeq());
        Thread.sleep(100);
        assertThat(shown).as("not shown before it is stored").isNotDone();
        floor.stored(taken.floorBatch());
        assertThat(shown.get(5, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(intake.take(10)).as("nothing waits").isNull();
    }

    @Test
    void aSourceAheadOfTheWriterWaitsForRoomSoThatNoBatchIsLargerThanTheCapacity() throws Exception {
        Intake intake = new Intake(floor, 4);
        CompletableFuture<Void> source = source(intake, 1, 10);
        awaitWaiting(intake, 4);
        assertThat(source).isNotDone();

        Intake.Taken first = intake.take(0);
        assertThat(first.events()).extracting(c -> c.event().seq()).containsExactly(1L, 2L, 3L, 4L);
        floor.stored(first.floorBatch());
        awaitWaiting(intake, 4);
        floor.stored(intake.take(0).floorBatch());
        source.get(5, TimeUnit.SECONDS);
        Intake.Taken last = intake.take(0);
        assertThat(last.events()).extracting(c -> c.event().seq()).containsExactly(9L, 10L);
        assertThat(last.floorBatch().appliedSeq()).isEqualTo(10);
    }

    @Test
    void linesSetAsideTakeRoomTooAndGoWithTheBatch() throws Exception {
        Intake intake = new Intake(floor, 3);
        give(intake, 1);
        intake.bad(new SetAsideLine(2L, NOW, "not valid JSON", "{oops"));
        intake.bad(new SetAsideLine(null, NOW, "not valid JSON", "{"));
        CompletableFuture<Void> source = source(intake, 3, 3);
        awaitWaiting(intake, 3);
        assertThat(source).as("no room").isNotDone();

        Intake.Taken taken = intake.take(0);
        assertThat(taken.bad()).hasSize(2);
        assertThat(taken.floorBatch()).isNotNull();
        source.get(5, TimeUnit.SECONDS);
        assertThat(intake.take(0).events()).extracting(c -> c.event().seq()).containsExactly(3L);
    }

    @Test
    void aControlWaitsForWhatCameBeforeAndHoldsBackWhatComesAfter() throws Exception {
        Intake intake = new Intake(floor, 100);
        give(intake, 1, 2);
        Object connect = "connect";
        CompletableFuture<Void> connected = CompletableFuture.runAsync(() -> {
            try {
                intake.controlAndWait(connect);
                intake.event(call(8), "{}"); // after the control: the writer stored up to 8 meanwhile
                intake.event(call(9), "{}");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitControl(intake);

        Intake.Taken taken = intake.take(0);
        assertThat(taken.control()).isSameAs(connect);
        assertThat(taken.events()).hasSize(2);
        assertThat(connected).isNotDone();

        intake.controlDone(8);
        connected.get(5, TimeUnit.SECONDS);
        Intake.Taken after = intake.take(1000);
        assertThat(after.events()).extracting(c -> c.event().seq()).containsExactly(9L);
    }

    @Test
    void onceClosedNothingIsTakenInAndNobodyWaits() throws Exception {
        Intake intake = new Intake(floor, 2);
        give(intake, 1, 2);
        CompletableFuture<Void> source = source(intake, 3, 5);
        awaitWaiting(intake, 2);

        intake.close();

        source.get(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> intake.control("settings")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stopped");
        assertThat(intake.waiting()).as("what came after the close was not taken").isEqualTo(2);
    }

    private static void awaitControl(Intake intake) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!intake.hasControl() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(intake.hasControl()).isTrue();
    }

    /** Waits until {@code n} lines wait for the writer. */
    private static void awaitWaiting(Intake intake, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (intake.waiting() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(intake.waiting()).isEqualTo(n);
    }
}
