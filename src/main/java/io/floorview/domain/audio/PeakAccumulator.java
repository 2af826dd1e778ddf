package io.floorview.domain.audio;

/**
 * Works out {@link WaveformPeaks} from interleaved 16-bit samples given in chunks of any size, so that a long
 * recording is drawn without holding it all. Frame {@code f} of {@code totalFrames} falls in column
 * {@code f × columns / totalFrames}. When there are fewer frames than columns, a column without a frame of
 * its own repeats the column before it, so that a short recording still fills the width.
 */
public final class PeakAccumulator {

    private final long totalFrames;
    private final int channels;
    private final float[] min;
    private final float[] max;
    private final boolean[] seen;
    private long sampleIndex;

    public PeakAccumulator(long totalFrames, int channels, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("a waveform has at least one column, not " + columns);
        }
        if (totalFrames < 0 || channels < 1) {
            throw new IllegalArgumentException("frames " + totalFrames + ", channels " + channels);
        }
        this.totalFrames = totalFrames;
        this.channels = channels;
        this.min = new float[columns];
        this.max = new float[columns];
        this.seen = new boolean[columns];
    }

    /** Takes {@code length} interleaved samples; samples beyond the announced frames are ignored. */
    public void accept(short[] samples, int offset, int length) {
        int columns = min.length;
        for (int i = offset; i < offset + length; i++, sampleIndex++) {
            long frame = sampleIndex / channels;
            if (frame >= totalFrames) {
                return;
            }
            int c = (int) (frame * columns / totalFrames);
            float v = samples[i] / 32768f;
            if (!seen[c]) {
                seen[c] = true;
                min[c] = v;
                max[c] = v;
            } else if (v < min[c]) {
                min[c] = v;
            } else if (v > max[c]) {
                max[c] = v;
            }
        }
    }

    public WaveformPeaks peaks() {
        float[] lo = min.clone();
        float[] hi = max.clone();
        for (int c = 1; c < lo.length; c++) {
            if (!seen[c]) {
                lo[c] = lo[c - 1];
                hi[c] = hi[c - 1];
            }
        }
        return new WaveformPeaks(lo, hi);
    }
}
