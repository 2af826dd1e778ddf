package io.floorview.feed.asterisk.queuelog;

import static io.floorview.feed.asterisk.queuelog.QueueLogFixtures.ms;
import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.CallAbandoned;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.CallOverflowed;
import io.floorview.domain.event.OverflowReason;
import io.floorview.feed.RecordingSink;
import io.floorview.feed.client.HttpFeedSource;
import io.floorview.feed.protocol.BadLineException;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.server.EventJournal;
import io.floorview.feed.server.FeedClock;
import io.floorview.feed.server.FeedServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Following a live queue_log on a real file: appends, a half-written line, rotation, copytruncate, a file
 * that is not there yet. Most tests turn the follower's crank themselves ({@code poll}), so nothing depends
 * on timing; one runs its thread and a feed server, as {@code floorview feed} does.
 */
class QueueLogFollowerTest {

    @TempDir
    Path dir;

    private final EventCodec codec = new EventCodec();
    private final EventJournal journal = new EventJournal(codec, 1_000_000);
    private final AtomicLong wall = new AtomicLong(ms(1700000000));
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private QueueLogFollower follower(Path file) {
        QueueLogFollower f = new QueueLogFollower(file, QueueLogFixtures.UTC, journal, 10, wall::get);
        open.add(f);
        return f;
    }

    /** Polls until the follower has nothing more to read. */
    private static void drain(QueueLogFollower f) throws IOException {
        for (int i = 0; i < 100 && f.poll(); i++) {
            // read on
        }
    }

    private List<FeedEvent> published() throws InterruptedException, BadLineException {
        List<FeedEvent> out = new ArrayList<>();
        for (byte[] line : journal.after(0, Integer.MAX_VALUE, 0)) {
            out.add(codec.decodeEvent(new String(line, StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String enter(long sec, String callId, String queue) {
        return sec + "|" + callId + "|" + queue + "|NONE|ENTERQUEUE||100|1\n";
    }

    private static String abandon(long sec, String callId, String queue, long wait) {
        return sec + "|" + callId + "|" + queue + "|NONE|ABANDON|1|1|" + wait + "\n";
    }

    @Test
    void itReadsTheFileFromItsStartThenEachLineAppended() throws Exception {
        Path log = dir.resolve("queue_log");
        append(log, "1700000000|NONE|NONE|NONE|QUEUESTART|\n" + enter(1700000010, "a", "sales"));
        QueueLogFollower f = follower(log);
        drain(f);
        assertThat(f.feedId()).isCompletedWithValue(QueueLogIdentity.of(log).orElseThrow());
        assertThat(published()).containsExactly(new CallEntered(1, ms(1700000010), "a", "sales", "100", 1));
        append(log, abandon(1700000030, "a", "sales", 20));
        drain(f);
        assertThat(published()).hasSize(2).last().isEqualTo(new CallAbandoned(2, ms(1700000030), "a", "sales", 20_000, 1, 1));
        assertThat(f.status().linesRead()).isEqualTo(3);
    }

    @Test
    void aLineWithoutItsNewlineYetWaitsForIt() throws Exception {
        Path log = dir.resolve("queue_log");
        append(log, enter(1700000010, "a", "sales"));
        QueueLogFollower f = follower(log);
        drain(f);
        append(log, "1700000030|a|sales|NONE|ABAN");
        drain(f);
        assertThat(published()).hasSize(1);
        assertThat(f.status().linesRead()).isEqualTo(1);
        append(log, "DON|1|1|20\n");
        drain(f);
        assertThat(published()).last().isEqualTo(new CallAbandoned(2, ms(1700000030), "a", "sales", 20_000, 1, 1));
        assertThat(f.status().setAside()).isZero();
    }

    @Test
    void afterARotationItFinishesTheOldFileAndGoesOnWithTheNewOne() throws Exception {
        Path log = dir.resolve("queue_log");
        append(log, enter(1700000010, "a", "sales") + enter(1700000011, "b", "sales"));
        QueueLogFollower f = follower(log);
        drain(f);
        String feed = f.feedId().getNow(null);
        // logrotate renames the file; Asterisk writes a last line to it before it reopens the new one
        Path old = Files.move(log, dir.resolve("queue_log.1"));
        append(old, abandon(1700000040, "a", "sales", 30));
        append(log, "1700000050|NONE|NONE|NONE|QUEUESTART|\n" + enter(1700000060, "c", "support"));
        drain(f);
        List<FeedEvent> events = published();
        assertThat(events).extracting(e -> e.type().wire() + " " + e.callId()).containsExactly(
                "call.entered a", "call.entered b", "call.abandoned a",
                // b was still waiting when Asterisk restarted (QUEUESTART in the new file)
                "call.overflowed b", "call.entered c");
        assertThat(events.get(3)).isEqualTo(new CallOverflowed(4, ms(1700000040), "b", "sales",
                OverflowReason.TRANSFERRED, 29_000, 0, null));
        assertThat(f.status().files()).isEqualTo(2);
        assertThat(f.feedId().getNow(null)).as("one feed for the follower's life").isEqualTo(feed);
    }

    @Test
    void aRotationWhoseNewFileComesLaterIsWaitedFor() throws Exception {
        Path log = dir.resolve("queue_log");
        append(log, enter(1700000010, "a", "sales"));
        QueueLogFollower f = follower(log);
        drain(f);
        Files.move(log, dir.resolve("queue_log.1"));
        drain(f);
        assertThat(f.status().waitingForFile()).isTrue();
        append(log, abandon(1700000040, "a", "sales", 30));
        drain(f);
        assertThat(published()).hasSize(2);
        assertThat(f.status().waitingForFile()).isFalse();
    }

    @Test
    void aCopyTruncateStartsOverAtTheBeginning() throws Exception {
        Path log = dir.resolve("queue_log");
        append(log, enter(1700000010, "a", "sales") + abandon(1700000020, "a", "sales", 10)
                + enter(1700000030, "b", "sales") + abandon(1700000040, "b", "sales", 10));
        QueueLogFollower f = follower(log);
        drain(f);
        assertThat(published()).hasSize(4);
        // copytruncate: the same file emptied in place, then written on (shorter than before)
        Files.write(log, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
        drain(f);
        append(log, enter(1700000050, "c", "sales"));
        drain(f);
        assertThat(published()).hasSize(5).last().isEqualTo(new CallEntered(5, ms(1700000050), "c", "sales", "100", 1));
        assertThat(f.status().truncations()).isEqualTo(1);
    }

    @Test
    void aCopyTruncateRewrittenPastWhereItWasIsSeenByItsFirstLine() throws Exception {
        Path log = dir.resolve("queue_log");
        append(log, enter(1700000010, "a", "sales"));
        QueueLogFollower f = follower(log);
        drain(f);
        // emptied and written past the old end before the follower looked again
        Files.writeString(log, enter(1700000100, "b", "sales") + enter(1700000101, "c", "sales")
                + abandon(1700000110, "b", "sales", 10), StandardOpenOption.TRUNCATE_EXISTING);
        drain(f);
        assertThat(published()).extracting(e -> e.type().wire() + " " + e.callId())
                .containsExactly("call.entered a", "call.entered b", "call.entered c", "call.abandoned b");
        assertThat(f.status().truncations()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotThereYetIsWaitedForAndNamesTheFeedWithItsFirstLine() throws Exception {
        Path log = dir.resolve("queue_log");
        QueueLogFollower f = follower(log);
        drain(f);
        assertThat(f.status().waitingForFile()).isTrue();
        assertThat(f.feedId()).isNotDone();
        append(log, "1700000000|NONE|NONE|NONE|QUE");
        drain(f);
        assertThat(f.feedId()).as("the first line is not whole yet").isNotDone();
        append(log, "UESTART|\n" + enter(1700000010, "a", "sales"));
        drain(f);
        assertThat(f.feedId()).isCompletedWithValue(QueueLogIdentity.feedId("1700000000|NONE|NONE|NONE|QUEUESTART|"));
        assertThat(published()).hasSize(1);
    }

    @Test
    void anOverflowWithNoNextLineEndsWhenTheWallClockPassesTheWindow() throws Exception {
        Path log = dir.resolve("queue_log");
        append(log, enter(1700000010, "a", "sales") + "1700000070|a|sales|NONE|EXITWITHTIMEOUT|1|1|60\n");
        QueueLogFollower f = follower(log);
        drain(f);
        assertThat(published()).hasSize(1);
        wall.set(ms(1700000072));
        f.idle();
        assertThat(published()).hasSize(1);
        wall.set(ms(1700000075));
        f.idle();
        assertThat(published()).last().isEqualTo(new CallOverflowed(2, ms(1700000070), "a", "sales",
                OverflowReason.TIMEOUT, 60_000, 1, null));
    }

    @Test
    void itsThreadServesAFeedThatAConsoleReadsOverHttp() throws Exception {
        Path log = dir.resolve("queue_log");
        append(log, "1700000000|NONE|NONE|NONE|QUEUESTART|\n" + enter(1700000010, "a", "sales"));
        QueueLogFollower f = follower(log);
        f.start();
        String feed = f.feedId().get(30, TimeUnit.SECONDS);
        FeedServer server = new FeedServer(feed, "queue_log", journal, FeedClock.SYSTEM,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100, null);
        open.add(server);
        server.start();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).contains("queue-log-reader");
        HttpFeedSource client = new HttpFeedSource(server.baseUri());
        open.add(client);
        RecordingSink sink = new RecordingSink();
        client.start(id -> 0, sink);
        append(log, abandon(1700000030, "a", "sales", 20));
        assertThat(sink.await(() -> sink.events().size() == 2, 30)).as("both events arrive").isTrue();
        assertThat(sink.connects()).containsExactly(feed);
        assertThat(sink.events()).extracting(FeedEvent::seq).containsExactly(1L, 2L);
    }
}
