package io.floorview.service.qa;

import io.floorview.domain.audio.WaveformPeaks;
import io.floorview.domain.qa.sampling.CallRecording;
import io.floorview.service.audio.RecordingFiles;
import io.floorview.service.audio.WavFiles;
import io.floorview.store.qa.CallRecordings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The recorded calls the scoring screen offers (those the feed announced, newest first) and their audio:
 * the file (a simulated call's made on first use) and the waveform's peaks. Blocking: call it through a
 * {@code UiExecutor}.
 */
public final class Recordings {

    private final CallRecordings announced;
    private final RecordingFiles files;

    public Recordings(CallRecordings announced, RecordingFiles files) {
        this.announced = announced;
        this.files = files;
    }

    public List<CallRecording> recent(int limit) {
        return announced.recent(limit);
    }

    /** The recording's file, length and waveform ({@code columns} wide), ready to play and draw. */
    public Loaded load(String uri, long announcedMs, int columns) throws IOException {
        Path file = files.resolve(uri, announcedMs);
        return new Loaded(file, WavFiles.durationMs(file), WavFiles.peaks(file, columns));
    }

    /** A recording ready for the player. */
    public record Loaded(Path file, long durationMs, WaveformPeaks peaks) {
    }
}
