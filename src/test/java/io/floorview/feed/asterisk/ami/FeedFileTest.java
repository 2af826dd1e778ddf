package io.floorview.feed.asterisk.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedOut;
import io.floorview.feed.protocol.EventCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AMI feed's journal file: same feed and next seq after a restart, and no silent reuse of seqs. */
class FeedFileTest {

    private static final EventCodec CODEC = new EventCodec();

    @TempDir
    Path dir;

    private static List<byte[]> lines(long fromSeq, int n) {
        List<byte[]> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FeedEvent e = new AgentLoggedOut(fromSeq + i, 1_700_000_000_000L + i, "a" + i);
            l.add(CODEC.encode(e).getBytes(StandardCharsets.UTF_8));
        }
        return l;
    }

    private FeedFile open(Path file, List<FeedFile.Stored> into) throws Exception {
        return FeedFile.open(file, "ami:pbx:5038", 1_700_000_000_000L, 100, CODEC, into::add);
    }

    @Test
    void reopeningGoesOnWithTheSameFeedAfterTheLastSeq() throws Exception {
        Path file = dir.resolve("f.ndjson");
        String id;
        try (FeedFile f = open(file, new ArrayList<>())) {
            id = f.feedId();
            assertThat(id).matches("ami:pbx:5038:20231114T221320\\.000Z-[0-9a-f]{4}");
            f.append(lines(1, 3), 3);
        }
        List<FeedFile.Stored> stored = new ArrayList<>();
        try (FeedFile f = open(file, stored)) {
            assertThat(f.feedId()).isEqualTo(id);
            assertThat(f.lastSeq()).isEqualTo(3);
            assertThat(stored).extracting(s -> s.event().seq()).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void aLineCutShortByACrashIsDroppedAndTheFileRepaired() throws Exception {
        Path file = dir.resolve("f.ndjson");
        try (FeedFile f = open(file, new ArrayList<>())) {
            f.append(lines(1, 2), 2);
        }
        Files.writeString(file, "{\"seq\":3,\"ts\":\"2023-11-", StandardOpenOption.APPEND);
        List<FeedFile.Stored> stored = new ArrayList<>();
        try (FeedFile f = open(file, stored)) {
            assertThat(f.lastSeq()).isEqualTo(2);
            f.append(lines(3, 1), 3);
        }
        assertThat(Files.readAllLines(file)).hasSize(4).last().asString().startsWith("{\"seq\":3,");
    }

    @Test
    void aDamagedLineInTheMiddleStopsTheFeedWithAClearMessage() throws Exception {
        Path file = dir.resolve("f.ndjson");
        try (FeedFile f = open(file, new ArrayList<>())) {
            f.append(lines(1, 1), 1);
        }
        Files.writeString(file, "not json\n" + new String(lines(2, 1).get(0), StandardCharsets.UTF_8) + "\n",
                StandardOpenOption.APPEND);
        assertThatThrownBy(() -> open(file, new ArrayList<>())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("damaged at line 3").hasMessageContaining("move it away");
    }

    @Test
    void onlyTheNewestEventsAreKept() throws Exception {
        Path file = dir.resolve("f.ndjson");
        try (FeedFile f = open(file, new ArrayList<>())) {
            f.append(lines(1, 150), 150);
        }
        List<FeedFile.Stored> stored = new ArrayList<>();
        try (FeedFile f = open(file, stored)) {
            assertThat(f.lastSeq()).isEqualTo(150);
            assertThat(stored).hasSize(100);
            assertThat(stored.get(0).event().seq()).isEqualTo(51);
        }
        assertThat(Files.readAllLines(file)).hasSize(101);
    }

    @Test
    void twoFeedServersCannotShareOneJournal() throws Exception {
        Path file = dir.resolve("f.ndjson");
        try (FeedFile f = open(file, new ArrayList<>())) {
            assertThatThrownBy(() -> open(file, new ArrayList<>())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another feed server is using");
        }
    }
}
