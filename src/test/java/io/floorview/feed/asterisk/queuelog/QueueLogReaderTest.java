package io.floorview.feed.asterisk.queuelog;

import static io.floorview.feed.asterisk.queuelog.QueueLogFixtures.ms;
import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.CallAnswered;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.CallRejected;
import io.floorview.domain.event.FeedEvent.CallTransferred;
import io.floorview.domain.event.RejectReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading whole files: the summary, bad lines, the feed's identity, and the same seqs every time. */
class QueueLogReaderTest {

    @TempDir
    Path dir;

    @Test
    void everyKindOfBadLineIsSetAsideWithItsNumberAndReasonAndTheRestIsRead() {
        // bad-lines.queue_log, 18 lines: QUEUESTART with CRLF (ignored), a blank CRLF line (skipped), twelve bad
        // lines, and four good ones: an ENTERQUEUE in Latin-1, one with extra fields, a CONNECT without data
        // (its wait comes from the entry: 3 s) and a COMPLETECALLER without a final newline.
        var r = QueueLogFixtures.read("bad-lines.queue_log");
        var s = r.summary();
        assertThat(s.linesRead()).isEqualTo(18);
        assertThat(s.linesSkipped()).isEqualTo(1);
        assertThat(s.ignoredByName()).containsExactly(java.util.Map.entry("QUEUESTART", 1L));
        assertThat(s.linesMapped()).isEqualTo(4);
        assertThat(s.linesSetAside()).isEqualTo(12);
        assertThat(s.latin1Lines()).isEqualTo(1);
        assertThat(s.setAside()).extracting(QueueLogSummary.SetAside::lineNumber)
                .containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 13L, 14L, 16L, 17L);
        assertThat(s.setAside()).extracting(QueueLogSummary.SetAside::reason).containsExactly(
                "only 3 fields; a queue_log line has at least 5: time|callid|queue|agent|event",
                "no event name (field 5 is empty)",
                "does not start with a time (epoch seconds like 1675555753, or a date-time like 2012-07-03 "
                        + "15:27:23.896208) and is not a header naming the columns time, callid, queuename, agent, "
                        + "event, data1…",
                "time '99' is not a plausible epoch second (it must fall in 2000–2099)",
                "time '4102444800' is not a plausible epoch second (it must fall in 2000–2099)",
                "time '17000070x4' is neither epoch seconds (1675555753) nor a date-time (2012-07-03 15:27:23.896208)",
                "ENTERQUEUE: origposition (data3) 'one' is not a position in the queue",
                "binary data (byte 0x00 at column 1): not a queue_log line",
                "ENTERQUEUE without a call id (the field is empty or NONE)",
                "CONNECT without an agent (the field is empty or NONE)",
                "time '2012-02-30 10:00:00' is not a real date and time",
                "COMPLETECALLER: calltime (data2) 'abc' is not a whole number of seconds");
        assertThat(s.setAside().get(7).text()).startsWith("\\x00\\x01\\x02binary");
        assertThat(r.events()).startsWith(
                new CallEntered(1, ms(1700007006), "1700007006.6", "s\u00e9rvice", "Jos\u00e9", 1),
                new CallEntered(2, ms(1700007007), "1700007007.7", "sales", "555", 1));
        assertThat(r.events()).contains(new CallAnswered(4, ms(1700007010), "1700007007.7", "sales", "PJSIP/1", 3_000));
        assertThat(r.events()).hasSize(9);
        assertThat(s.firstTs()).isEqualTo(ms(1700007000));
        assertThat(s.lastTs()).isEqualTo(ms(1700007012));
    }

    @Test
    void onlyTheFirstSetAsideLinesAreKeptInFullButAllAreCounted() {
        var r = QueueLogFixtures.read(QueueLogFixtures.resource("bad-lines.queue_log"),
                QueueLogFixtures.UTC.withSetAsideKept(5));
        assertThat(r.summary().setAside()).hasSize(5);
        assertThat(r.summary().linesSetAside()).isEqualTo(12);
    }

    @Test
    void anEndlessLineOfBinaryDataIsSetAsideAndReadingGoesOn() throws IOException {
        Path f = dir.resolve("queue_log");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("1700000000|NONE|NONE|NONE|QUEUESTART|\n".getBytes(StandardCharsets.US_ASCII));
        byte[] junk = new byte[300_000];
        Arrays.fill(junk, (byte) 'A');
        b.write(junk);
        b.write("\n1700000001|1.1|sales|NONE|ENTERQUEUE||1|1\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(f, b.toByteArray());
        var r = QueueLogFixtures.read(f, QueueLogFixtures.UTC);
        assertThat(r.summary().setAside()).singleElement().satisfies(s -> {
            assertThat(s.lineNumber()).isEqualTo(2);
            assertThat(s.reason()).isEqualTo("a line of 300000 bytes, longer than any queue_log line: binary data?");
            assertThat(s.text()).hasSize(QueueLogSession.TEXT_KEPT + 1);
        });
        assertThat(r.events()).singleElement().isInstanceOf(CallEntered.class);
    }

    @Test
    void theDatabaseExportFixtureIsReadInTheCentersZone() {
        // db-export.csv: a psql CSV export with an id column, a quoted caller name with a comma, a quoted time,
        // the header repeated in the middle, and a LINK transfer whose last numbers sit in data5 ("30|1").
        var paris = QueueLogFixtures.read(QueueLogFixtures.resource("db-export.csv"),
                QueueLogFixtures.UTC.withZone(ZoneId.of("Europe/Paris")));
        assertThat(paris.summary().linesSkipped()).isEqualTo(2);
        assertThat(paris.summary().linesSetAside()).isZero();
        assertThat(paris.events().get(0)).isEqualTo(new CallEntered(1,
                Instant.parse("2012-07-04T05:33:21.165Z").toEpochMilli(), "1341401601.24", "q1", "1000", 1));
        assertThat(paris.events()).contains(new CallRejected(9,
                Instant.parse("2012-07-04T05:40:17.339Z").toEpochMilli(), "1341402016.44", "q1", null,
                RejectReason.QUEUE_FULL));
        assertThat(paris.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(CallTransferred.class,
                t -> assertThat(t.target()).isEqualTo("PJSIP/b-2")));
        var gmt = QueueLogFixtures.read(QueueLogFixtures.resource("db-export.csv"), QueueLogFixtures.UTC);
        assertThat(gmt.events().get(0).ts() - paris.events().get(0).ts()).isEqualTo(2 * 3_600_000L);
    }

    @Test
    void theSameFileAlwaysGivesTheSameEventsWithTheSameSeqs() {
        var a = QueueLogFixtures.read("abandon-and-exits.queue_log");
        var b = QueueLogFixtures.read("abandon-and-exits.queue_log");
        assertThat(b.events()).isEqualTo(a.events());
    }

    @Test
    void aFileThatGrewGivesTheSameFirstEventsAndTheSameFeed() throws IOException {
        byte[] all = generated(4_000);
        int cut = nthNewline(all, 2_500);
        Path before = dir.resolve("before");
        Path after = dir.resolve("after");
        Files.write(before, Arrays.copyOf(all, cut + 1));
        Files.write(after, all);
        var early = QueueLogFixtures.read(before, QueueLogFixtures.UTC);
        var late = QueueLogFixtures.read(after, QueueLogFixtures.UTC);
        assertThat(early.summary().feedId()).isEqualTo(late.summary().feedId())
                .isEqualTo(QueueLogIdentity.of(before).orElseThrow());
        // the only events the longer file may tell otherwise are overflows still waiting at the cut for their
        // next line: same seq, same call, perhaps a target now
        List<FeedEvent> head = late.events().subList(0, early.events().size());
        for (int i = 0; i < head.size(); i++) {
            FeedEvent e = early.events().get(i);
            FeedEvent l = head.get(i);
            if (e instanceof FeedEvent.CallOverflowed o && l instanceof FeedEvent.CallOverflowed lo) {
                assertThat(lo.withSeq(0)).isIn(o.withSeq(0),
                        new FeedEvent.CallOverflowed(0, o.ts(), o.callId(), o.queue(), o.reason(), o.waitMs(),
                                o.position(), lo.target()));
            } else {
                assertThat(l).isEqualTo(e);
            }
        }
        assertThat(late.events().size()).isGreaterThan(early.events().size());
    }

    @Test
    void aCopyNamesTheSameFeedAndARotatedFileAnother() throws IOException {
        Path one = dir.resolve("queue_log");
        Path copy = dir.resolve("queue_log.copy");
        Files.writeString(one, "1700000000|NONE|NONE|NONE|QUEUESTART|\n1700000001|1.1|q|NONE|ENTERQUEUE||1|1\n");
        Files.copy(one, copy);
        Path crlf = dir.resolve("queue_log.crlf");
        Files.writeString(crlf, "1700000000|NONE|NONE|NONE|QUEUESTART|\r\n1700000001|1.1|q|NONE|ENTERQUEUE||1|1\r\n");
        Path rotated = dir.resolve("queue_log.new");
        Files.writeString(rotated, "1700086400|NONE|NONE|NONE|QUEUESTART|\n");
        String id = QueueLogIdentity.of(one).orElseThrow();
        assertThat(id).matches("queue_log:[0-9a-f]{12}");
        assertThat(QueueLogIdentity.of(copy)).contains(id);
        assertThat(QueueLogIdentity.of(crlf)).contains(id);
        assertThat(QueueLogIdentity.of(rotated).orElseThrow()).isNotEqualTo(id);
        assertThat(QueueLogFixtures.read(crlf, QueueLogFixtures.UTC).events())
                .isEqualTo(QueueLogFixtures.read(one, QueueLogFixtures.UTC).events());
        Path empty = Files.createFile(dir.resolve("empty"));
        assertThat(QueueLogIdentity.of(empty)).isEmpty();
        assertThat(QueueLogFixtures.read(empty, QueueLogFixtures.UTC).summary().feedId()).isNull();
    }

    @Test
    void progressIsReportedUpToTheWholeFile() throws IOException {
        Path f = dir.resolve("big");
        Files.write(f, generated(40_000));
        List<long[]> seen = new ArrayList<>();
        var s = new QueueLogReader(QueueLogFixtures.UTC).read(f, e -> { }, (read, total) -> seen.add(new long[] {read, total}));
        long size = Files.size(f);
        assertThat(seen.size()).isGreaterThan(1);
        assertThat(seen.get(seen.size() - 1)).containsExactly(size, size);
        assertThat(s.bytesRead()).isEqualTo(size);
    }

    static byte[] generated(long lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueueLogGenerator(QueueLogGenerator.Config.defaults(7)).write(out, lines);
        return out.toByteArray();
    }

    private static int nthNewline(byte[] b, int n) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && --n == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("fewer lines");
    }
}
