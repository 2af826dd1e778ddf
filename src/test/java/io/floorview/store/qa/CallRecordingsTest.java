package io.floorview.store.qa;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.qa.sampling.CallRecording;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import io.floorview.testing.RecordedCalls;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recorded calls come out of the real event cache with their details, newest first. */
class CallRecordingsTest {

    private static final long T = Instant.parse("2026-11-23T09:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    @Test
    void listsAnnouncedRecordingsWithAgentQueueWaitAndTalk() {
        Database db = Database.open(dir.resolve("fv.db"));
        try (EventCache cache = new EventCache(db)) {
            RecordedCalls feed = new RecordedCalls(cache, "sim-1");
            feed.agent("a17", "Maria Rossi", "Blue", T);
            feed.call("c-1", "sales", "a17", T + 60_000, 12_000, 95_000, "sim://recordings/c-1.wav");
            feed.call("c-2", "support", "a18", T + 120_000, 3_000, 40_000, "file:///tmp/c-2.wav");

            List<CallRecording> calls = new CallRecordings(db).recent(10);

            assertThat(calls).extracting(CallRecording::callId).containsExactly("c-2", "c-1");
            CallRecording c1 = calls.get(1);
            assertThat(c1.uri()).isEqualTo("sim://recordings/c-1.wav");
            assertThat(c1.agentId()).isEqualTo("a17");
            assertThat(c1.agentName()).isEqualTo("Maria Rossi");
            assertThat(c1.team()).isEqualTo("Blue");
            assertThat(c1.queue()).isEqualTo("sales");
            assertThat(c1.waitMs()).isEqualTo(12_000);
            assertThat(c1.talkMs()).isEqualTo(95_000);
            assertThat(c1.durationMs()).isEqualTo(95_000);
            assertThat(c1.at()).isEqualTo(Instant.ofEpochMilli(T + 60_000));
            assertThat(calls.get(0).agentName()).as("unknown name falls back to the id").isEqualTo("a18");
            assertThat(new CallRecordings(db).recent(1)).hasSize(1);
        }
    }

    @Test
    void anEmptyCacheHasNoRecordings() {
        assertThat(new CallRecordings(Database.open(dir.resolve("fv.db"))).recent(10)).isEmpty();
    }
}
