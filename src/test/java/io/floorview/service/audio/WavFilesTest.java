package io.floorview.service.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.audio.PcmAudio;
import io.floorview.domain.audio.SyntheticCall;
import io.floorview.domain.audio.WaveformPeaks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recordings on disk: written and read back exactly, readable by other tools, bad files named. */
class WavFilesTest {

    @TempDir
    Path dir;

    private static short[] samples(PcmAudio a) {
        short[] s = new short[a.sampleCount()];
        a.copySamples(0, s, 0, s.length);
        return s;
    }

    @Test
    void aSixteenBitStereoRecordingComesBackSampleForSample() throws Exception {
        PcmAudio audio = SyntheticCall.generate(5, 3_000, 8000, true).audio();
        Path file = dir.resolve("calls").resolve("c-5.wav");
        WavFiles.write(audio, file);
        assertThat(Files.size(file)).isEqualTo(44 + 3_000 * 8 * 2 * 2);
        PcmAudio back = WavFiles.read(file);
        assertThat(back.sampleRate()).isEqualTo(8000);
        assertThat(back.channels()).isEqualTo(2);
        assertThat(back.bitsPerSample()).isEqualTo(16);
        assertThat(samples(back)).isEqualTo(samples(audio));
        try (var stray = Files.list(file.getParent())) {
            assertThat(stray).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void eightBitAudioStaysEightBit() throws Exception {
        short[] s = {-32768, -256, 0, 256, 32512};
        PcmAudio audio = new PcmAudio(11_025, 1, 8, s);
        byte[] bytes = WavFiles.toBytes(audio);
        assertThat(bytes).hasSize(44 + 5);
        assertThat(java.util.Arrays.copyOfRange(bytes, 44, 49)).containsExactly(0, 127, (byte) 128, (byte) 129,
                (byte) 255);
        PcmAudio back = WavFiles.read(new ByteArrayInputStream(bytes));
        assertThat(back.bitsPerSample()).isEqualTo(8);
        assertThat(samples(back)).containsExactly(s);
    }

    @Test
    void javaSoundReadsWhatFloorviewWrites() throws Exception {
        PcmAudio audio = SyntheticCall.generate(9, 1_000).audio();
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(WavFiles.toBytes(audio)))) {
            AudioFormat f = in.getFormat();
            assertThat(f.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
            assertThat(f.getSampleRate()).isEqualTo(8000f);
            assertThat(f.getChannels()).isEqualTo(1);
            assertThat(f.getSampleSizeInBits()).isEqualTo(16);
            assertThat(in.getFrameLength()).isEqualTo(8000);
            byte[] pcm = in.readAllBytes();
            assertThat(ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN).getShort(2 * 1234))
                    .isEqualTo(audio.sample(1234, 0));
        }
    }

    @Test
    void otherChunksTheExtensibleFormatAndAnUnfinishedDataSizeAreRead() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(ascii("RIFF"));
        b.write(le32(0xFFFFFFFFL));
        b.write(ascii("WAVE"));
        b.write(ascii("LIST"));
        b.write(le32(3));
        b.write(new byte[] {'a', 'b', 'c', 0}); // an odd chunk and its pad byte
        b.write(ascii("fmt "));
        b.write(le32(40));
        ByteBuffer fmt = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        fmt.putShort((short) 0xFFFE).putShort((short) 1).putInt(16_000).putInt(32_000).putShort((short) 2)
                .putShort((short) 16).putShort((short) 22).putShort((short) 16).putInt(4).putShort((short) 1);
        b.write(fmt.array());
        b.write(ascii("data"));
        b.write(le32(0xFFFFFFFFL)); // a recorder that is still writing
        b.write(new byte[] {1, 0, (byte) 0xFF, (byte) 0xFF, 0, 0x40, 7}); // 3 samples and a stray byte
        PcmAudio a = WavFiles.read(new ByteArrayInputStream(b.toByteArray()));
        assertThat(a.sampleRate()).isEqualTo(16_000);
        assertThat(samples(a)).containsExactly((short) 1, (short) -1, (short) 0x4000);
    }

    @Test
    void aFileFloorviewCannotReadSaysWhatItIs() throws Exception {
        assertThatThrownBy(() -> WavFiles.read(new ByteArrayInputStream("ID3 not audio at all".getBytes())))
                .isInstanceOf(WavFormatException.class)
                .hasMessage("not a WAV file: it does not start with a RIFF/WAVE header");
        assertThatThrownBy(() -> WavFiles.read(new ByteArrayInputStream(new byte[3])))
                .hasMessage("the file is empty or too short to be a WAV file");
        assertThatThrownBy(() -> WavFiles.read(new ByteArrayInputStream(header(7, 1, 8))))
                .hasMessage("the WAV file holds µ-law audio; Floorview reads linear PCM (8 or 16 bits, mono or stereo)");
        assertThatThrownBy(() -> WavFiles.read(new ByteArrayInputStream(header(1, 1, 24))))
                .hasMessage("the WAV file has 24-bit samples; Floorview reads 8 and 16 bits");
        assertThatThrownBy(() -> WavFiles.read(new ByteArrayInputStream(header(1, 6, 16))))
                .hasMessage("the WAV file has 6 channels; Floorview reads mono and stereo");
        Path broken = dir.resolve("broken.wav");
        Files.write(broken, java.util.Arrays.copyOf(header(1, 1, 16), 36));
        assertThatThrownBy(() -> WavFiles.read(broken)).hasMessage(broken + ": the WAV file has no sample data (data chunk)");
    }

    @Test
    void peaksComeFromTheFileInChunksAndMatchTheWhole() throws Exception {
        PcmAudio audio = SyntheticCall.generate(21, 200_000).audio(); // 1.6 M samples: many chunks
        Path file = dir.resolve("long.wav");
        WavFiles.write(audio, file);
        WaveformPeaks fromFile = WavFiles.peaks(file, 800);
        WaveformPeaks whole = audio.peaks(800);
        for (int c = 0; c < 800; c++) {
            assertThat(fromFile.min(c)).isEqualTo(whole.min(c));
            assertThat(fromFile.max(c)).isEqualTo(whole.max(c));
        }
    }

    /** A 44-byte header of format {@code tag} with 8 bytes of data. */
    private static byte[] header(int tag, int channels, int bits) {
        ByteBuffer h = ByteBuffer.allocate(52).order(ByteOrder.LITTLE_ENDIAN);
        h.put(ascii("RIFF")).putInt(44).put(ascii("WAVE")).put(ascii("fmt ")).putInt(16).putShort((short) tag)
                .putShort((short) channels).putInt(8000).putInt(8000 * channels * bits / 8)
                .putShort((short) (channels * bits / 8)).putShort((short) bits).put(ascii("data")).putInt(8);
        return h.array();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static byte[] le32(long v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }
}
