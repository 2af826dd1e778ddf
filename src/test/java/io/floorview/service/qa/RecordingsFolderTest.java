package io.floorview.service.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.audio.SyntheticCall;
import io.floorview.domain.qa.sampling.CallRecording;
import io.floorview.service.audio.RecordingFiles;
import io.floorview.service.audio.WavFiles;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import io.floorview.store.qa.CallRecordings;
import io.floorview.store.qa.QaSettings;
import io.floorview.testing.RecordedCalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recordings from a folder of MixMonitor files, merged with the calls the feed announced; the setting is kept. */
class RecordingsFolderTest {

    private static final long T = Instant.parse("2026-11-23T09:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    @Test
    void mergesFolderFilesWithAnnouncedCallsAndKeepsTheSetting() throws IOException {
        Database db = Database.open(dir.resolve("fv.db"));
        try (EventCache cache = new EventCache(db)) {
            new RecordedCalls(cache, "pbx").call("1795.1", "600", "a17", T, 4_000, 30_000, "/var/spool/none.wav");
            Path monitor = Files.createDirectories(dir.resolve("monitor/2026/11/23"));
            WavFiles.write(SyntheticCall.generate(1, 500).audio(), monitor.resolve("q-600-555-20261123-090000-1795.1.wav"));
            WavFiles.write(SyntheticCall.generate(2, 500).audio(), monitor.resolve("q-601-556-20261123-100000-1795.2.wav"));
            Files.writeString(monitor.resolve("notes.txt"), "not a recording");
            Recordings recordings = new Recordings(new CallRecordings(db), new RecordingFiles(dir), new QaSettings(db),
                    ZoneOffset.UTC);
            assertThat(recordings.recent(10)).extracting(CallRecording::uri).containsExactly("/var/spool/none.wav");

            recordings.setFolder(dir.resolve("monitor").toString(), "q-{queue}-{caller}-{date}-{time}-{callId}.wav");

            List<CallRecording> calls = new Recordings(new CallRecordings(db), new RecordingFiles(dir),
                    new QaSettings(db), ZoneOffset.UTC).recent(10);
            assertThat(calls).extracting(CallRecording::callId).containsExactly("1795.2", "1795.1");
            assertThat(calls.get(0).queue()).isEqualTo("601");
            assertThat(calls.get(0).at()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
            assertThat(calls.get(1).agentId()).as("details from the feed").isEqualTo("a17");
            assertThat(calls.get(1).uri()).as("the file found replaces the announced address")
                    .endsWith("/monitor/2026/11/23/q-600-555-20261123-090000-1795.1.wav");
            assertThat(recordings.load(calls.get(1).uri(), 0, 10).durationMs()).isEqualTo(500);
        }
    }

    @Test
    void refusesAMissingFolderAndABadPatternAndKeepsNothing() {
        Database db = Database.open(dir.resolve("fv.db"));
        Recordings recordings = new Recordings(new CallRecordings(db), new RecordingFiles(dir), new QaSettings(db),
                ZoneOffset.UTC);
        assertThatThrownBy(() -> recordings.setFolder(dir.resolve("nowhere").toString(), "{callId}.wav"))
                .hasMessageContaining("is not there");
        assertThatThrownBy(() -> recordings.setFolder(dir.toString(), "{agent}.wav")).hasMessageContaining("{callId}");
        assertThat(recordings.folder()).isEmpty();
    }
}
