package io.floorview.domain.audio;

/**
 * Linear PCM audio held in memory: mono or stereo, samples interleaved (left, right, left, …) as signed 16-bit
 * values. Audio that came as 8-bit keeps {@code bitsPerSample = 8} (so it is written back as 8-bit) and holds
 * its samples scaled to the 16-bit range. Immutable.
 */
public final class PcmAudio {

    public static final int MAX_SAMPLE_RATE = 384_000;

    private final int sampleRate;
    private final int channels;
    private final int bitsPerSample;
    private final short[] samples;

    /** Audio of a copy of {@code samples}. */
    public PcmAudio(int sampleRate, int channels, int bitsPerSample, short[] samples) {
        this(sampleRate, channels, bitsPerSample, samples.clone(), true);
    }

    private PcmAudio(int sampleRate, int channels, int bitsPerSample, short[] samples, boolean check) {
        if (sampleRate < 1 || sampleRate > MAX_SAMPLE_RATE) {
            throw new IllegalArgumentException("a sample rate is 1.." + MAX_SAMPLE_RATE + " Hz, not " + sampleRate);
        }
        if (channels != 1 && channels != 2) {
            throw new IllegalArgumentException("audio is mono or stereo, not " + channels + " channels");
        }
        if (bitsPerSample != 8 && bitsPerSample != 16) {
            throw new IllegalArgumentException("samples are 8 or 16 bits, not " + bitsPerSample);
        }
        if (samples.length % channels != 0) {
            throw new IllegalArgumentException(samples.length + " samples do not make whole " + channels
                    + "-channel frames");
        }
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.bitsPerSample = bitsPerSample;
        this.samples = samples;
    }

    /** Audio that owns {@code samples} (the caller lets go of the array): for generators in this package. */
    static PcmAudio owning(int sampleRate, int channels, short[] samples) {
        return new PcmAudio(sampleRate, channels, 16, samples, true);
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int channels() {
        return channels;
    }

    public int bitsPerSample() {
        return bitsPerSample;
    }

    /** Samples per channel. */
    public int frames() {
        return samples.length / channels;
    }

    /** Interleaved samples of all channels. */
    public int sampleCount() {
        return samples.length;
    }

    public long durationMs() {
        return (long) frames() * 1000 / sampleRate;
    }

    /** The sample of {@code channel} (0 = left or mono) at {@code frame}. */
    public short sample(int frame, int channel) {
        return samples[frame * channels + channel];
    }

    /** Copies {@code length} interleaved samples from sample {@code from} into {@code into} at {@code offset}. */
    public void copySamples(int from, short[] into, int offset, int length) {
        System.arraycopy(samples, from, into, offset, length);
    }

    /** The peaks of this audio for {@code columns} columns of a waveform. */
    public WaveformPeaks peaks(int columns) {
        PeakAccumulator acc = new PeakAccumulator(frames(), channels, columns);
        acc.accept(samples, 0, samples.length);
        return acc.peaks();
    }

    @Override
    public String toString() {
        return "PcmAudio[" + sampleRate + " Hz, " + (channels == 1 ? "mono" : "stereo") + ", " + bitsPerSample
                + "-bit, " + durationMs() + " ms]";
    }
}
