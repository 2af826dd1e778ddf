package io.floorview.domain.audio;

/**
 * What a waveform draws: for each of its columns the lowest and highest sample (of any channel) in the
 * part of the recording that column covers, from −1 to 1. Immutable.
 */
public final class WaveformPeaks {

    private final float[] min;
    private final float[] max;

    WaveformPeaks(float[] min, float[] max) {
        this.min = min;
        this.max = max;
    }

    public int columns() {
        return min.length;
    }

    public float min(int column) {
        return min[column];
    }

    public float max(int column) {
        return max[column];
    }

    /** The largest magnitude over all columns, 0 for silence: to scale a drawing. */
    public float loudest() {
        float m = 0;
        for (int c = 0; c < min.length; c++) {
            m = Math.max(m, Math.max(-min[c], max[c]));
        }
        return m;
    }
}
