package io.floorview.service.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.audio.PcmAudio;
import io.floorview.domain.audio.SyntheticCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator's recordings become real WAV files in the data folder; other addresses are files. */
class RecordingFilesTest {

    @TempDir
    Path dir;

    @Test
    void aSimulatorRecordingResolvesToAValidWavOfTheAnnouncedLength() throws IOException {
        RecordingFiles files = new RecordingFiles(dir);

        Path file = files.resolve("sim://recordings/c-1042.wav", 7_500);

        assertThat(file).isEqualTo(dir.resolve("recordings/sim/c-1042.wav"));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        PcmAudio audio = WavFiles.read(file);
        assertThat(audio.sampleRate()).isEqualTo(SyntheticCall.SAMPLE_RATE);
        assertThat(audio.channels()).isEqualTo(1);
        assertThat(audio.durationMs()).isEqualTo(7_500);
        assertThat(WavFiles.durationMs(file)).isEqualTo(7_500);
        assertThat(audio.peaks(100).loudest()).as("not silence").isGreaterThan(0.1f);
        try (var list = Files.list(file.getParent())) {
            assertThat(list).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void theSameCallGivesTheSameAudioAndAnExistingFileIsKept() throws IOException {
        RecordingFiles files = new RecordingFiles(dir);
        Path first = files.resolve("sim://recordings/c-7.wav", 2_000);
        byte[] bytes = Files.readAllBytes(first);
        Files.delete(first);
        assertThat(Files.readAllBytes(files.resolve("sim://recordings/c-7.wav", 2_000))).isEqualTo(bytes);
        long modified = Files.getLastModifiedTime(first).toMillis();
        files.resolve("sim://recordings/c-7.wav", 9_000);
        assertThat(Files.getLastModifiedTime(first).toMillis()).isEqualTo(modified);
        assertThat(WavFiles.durationMs(first)).isEqualTo(2_000);
    }

    @Test
    void anUnknownLengthMakesAOneMinuteRecording() throws IOException {
        assertThat(WavFiles.durationMs(new RecordingFiles(dir).resolve("sim://recordings/x.wav", 0)))
                .isEqualTo(60_000);
    }

    @Test
    void refusesNamesThatLeaveTheFolderAndFilesThatAreNotThere() throws IOException {
        RecordingFiles files = new RecordingFiles(dir);
        assertThatThrownBy(() -> files.resolve("sim://recordings/../../etc/passwd.wav", 1000))
                .isInstanceOf(IOException.class).hasMessageContaining("plain .wav file name");
        assertThatThrownBy(() -> files.resolve("sim://recordings/c-1.mp3", 1000)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> files.resolve(dir.resolve("none.wav").toUri().toString(), 0))
                .isInstanceOf(IOException.class).hasMessageContaining("is not there");
        Path real = dir.resolve("real.wav");
        WavFiles.write(SyntheticCall.generate(1, 500).audio(), real);
        assertThat(files.resolve(real.toUri().toString(), 0)).isEqualTo(real);
        assertThat(files.resolve(real.toString(), 0)).isEqualTo(real);
    }
}
