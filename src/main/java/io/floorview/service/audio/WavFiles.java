package io.floorview.service.audio;

import io.floorview.domain.audio.PcmAudio;
import io.floorview.domain.audio.PeakAccumulator;
import io.floorview.domain.audio.WaveformPeaks;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Reads and writes WAV files of linear PCM (8 or 16 bits, mono or stereo), and works out a waveform's peaks
 * from a file without loading it whole. Blocking I/O: never on the FX thread.
 */
public final class WavFiles {

    /** The longest audio loaded whole: two hours of 48 kHz stereo. */
    private static final long MAX_SAMPLES = 2L * 3600 * 48_000 * 2;
    private static final int CHUNK = 64 * 1024;

    private WavFiles() {
    }

    public static PcmAudio read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), CHUNK)) {
            return read(in);
        } catch (WavFormatException e) {
            throw new WavFormatException(file + ": " + e.getMessage());
        }
    }

    public static PcmAudio read(InputStream in) throws IOException {
        WavReader r = new WavReader(in);
        int bytesPerSample = r.bits / 8;
        if (r.dataBytes >= 0 && r.dataBytes / bytesPerSample > MAX_SAMPLES) {
            throw new WavFormatException("the recording is too long to load (" + r.dataBytes / 1_000_000 + " MB)");
        }
        short[] all = new short[r.dataBytes >= 0 ? (int) (r.dataBytes / bytesPerSample) : CHUNK];
        int n = 0;
        short[] buf = new short[CHUNK * r.channels];
        int got;
        while ((got = r.read(buf)) > 0) {
            if (n + got > all.length) {
                if ((long) n + got > MAX_SAMPLES) {
                    throw new WavFormatException("the recording is too long to load");
                }
                all = Arrays.copyOf(all, Math.max(n + got, all.length * 2));
            }
            System.arraycopy(buf, 0, all, n, got);
            n += got;
        }
        return new PcmAudio(r.sampleRate, r.channels, r.bits, n == all.length ? all : Arrays.copyOf(all, n));
    }

    /**
     * The peaks of the file's audio for {@code columns} columns, read in chunks. The frame count comes from
     * the data chunk's size, or from the file's size when the recorder did not write it.
     */
    public static WaveformPeaks peaks(Path file, int columns) throws IOException {
        long fileSize = Files.size(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), CHUNK)) {
            WavReader r = new WavReader(in);
            long frameBytes = (long) r.bits / 8 * r.channels;
            long frames = (r.dataBytes >= 0 ? Math.min(r.dataBytes, fileSize) : fileSize) / frameBytes;
            PeakAccumulator acc = new PeakAccumulator(frames, r.channels, columns);
            short[] buf = new short[CHUNK * r.channels];
            int got;
            while ((got = r.read(buf)) > 0) {
                acc.accept(buf, 0, got);
            }
            return acc.peaks();
        } catch (WavFormatException e) {
            throw new WavFormatException(file + ": " + e.getMessage());
        }
    }

    /** How long the file's audio lasts, from its header (or its size, when the recorder did not write it). */
    public static long durationMs(Path file) throws IOException {
        long fileSize = Files.size(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 4096)) {
            WavReader r = new WavReader(in);
            long frameBytes = (long) r.bits / 8 * r.channels;
            long frames = (r.dataBytes >= 0 ? Math.min(r.dataBytes, fileSize) : fileSize) / frameBytes;
            return frames * 1000 / r.sampleRate;
        } catch (WavFormatException e) {
            throw new WavFormatException(file + ": " + e.getMessage());
        }
    }

    /** Writes {@code audio} to {@code file} whole or not at all (a temporary file moved into place). */
    public static void write(PcmAudio audio, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), CHUNK)) {
                write(audio, out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static byte[] toBytes(PcmAudio audio) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + audio.sampleCount() * audio.bitsPerSample() / 8);
        try {
            write(audio, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** Writes a canonical 44-byte-header PCM WAV of the audio's own bit depth. */
    public static void write(PcmAudio audio, OutputStream out) throws IOException {
        int bytesPerSample = audio.bitsPerSample() / 8;
        long dataBytes = (long) audio.sampleCount() * bytesPerSample;
        if (dataBytes > 0xFFFFFFFFL - 36) {
            throw new IOException("the audio is too long for a WAV file");
        }
        byte[] h = new byte[44];
        ascii(h, 0, "RIFF");
        le32(h, 4, 36 + dataBytes);
        ascii(h, 8, "WAVE");
        ascii(h, 12, "fmt ");
        le32(h, 16, 16);
        le16(h, 20, 1);
        le16(h, 22, audio.channels());
        le32(h, 24, audio.sampleRate());
        le32(h, 28, (long) audio.sampleRate() * audio.channels() * bytesPerSample);
        le16(h, 32, audio.channels() * bytesPerSample);
        le16(h, 34, audio.bitsPerSample());
        ascii(h, 36, "data");
        le32(h, 40, dataBytes);
        out.write(h);
        short[] buf = new short[CHUNK];
        byte[] bytes = new byte[CHUNK * bytesPerSample];
        for (int from = 0; from < audio.sampleCount(); from += CHUNK) {
            int n = Math.min(CHUNK, audio.sampleCount() - from);
            audio.copySamples(from, buf, 0, n);
            for (int i = 0; i < n; i++) {
                if (bytesPerSample == 1) {
                    bytes[i] = (byte) ((buf[i] >> 8) + 128);
                } else {
                    bytes[2 * i] = (byte) buf[i];
                    bytes[2 * i + 1] = (byte) (buf[i] >> 8);
                }
            }
            out.write(bytes, 0, n * bytesPerSample);
        }
    }

    private static void ascii(byte[] b, int at, String s) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) s.charAt(i);
        }
    }

    private static void le16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
    }

    private static void le32(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (v >> (8 * i));
        }
    }
}
