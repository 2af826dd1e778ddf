package io.floorview.domain.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The waveform of the scoring screen's player: lowest and highest sample per column. */
class WaveformPeaksTest {

    /** {@code seconds} of a sine of {@code hz} at {@code amplitude} (0..1), 8 kHz 16-bit mono. */
    static short[] sine(double hz, double amplitude, double seconds) {
        short[] s = new short[(int) (8000 * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * hz * i / 8000));
        }
        return s;
    }

    @Test
    void aSineGivesItsAmplitudeInEveryColumn() {
        // 400 Hz at 8 kHz: 20 samples a period, so sample 5 of each period is the crest (sin = 1) exactly;
        // 1 s in 100 columns: 80 samples (4 periods) a column
        PcmAudio audio = new PcmAudio(8000, 1, 16, sine(400, 0.5, 1));
        WaveformPeaks p = audio.peaks(100);
        assertThat(p.columns()).isEqualTo(100);
        for (int c = 0; c < 100; c++) {
            assertThat(p.max(c)).isCloseTo(0.5f, within(1e-4f));
            assertThat(p.min(c)).isCloseTo(-0.5f, within(1e-4f));
        }
        assertThat(p.loudest()).isCloseTo(0.5f, within(1e-4f));
    }

    @Test
    void silenceAfterAToneIsFlat() {
        short[] s = new short[16000];
        System.arraycopy(sine(400, 0.8, 1), 0, s, 0, 8000);
        WaveformPeaks p = new PcmAudio(8000, 1, 16, s).peaks(50);
        // 2 s in 50 columns: columns 0–24 hold the tone, 25–49 the silence
        assertThat(p.max(24)).isCloseTo(0.8f, within(1e-4f));
        assertThat(p.max(25)).isZero();
        assertThat(p.min(49)).isZero();
    }

    @Test
    void everyChannelCounts() {
        short[] mono = sine(400, 0.25, 0.5);
        short[] stereo = new short[mono.length * 2];
        for (int i = 0; i < mono.length; i++) {
            stereo[2 * i + 1] = mono[i]; // left silent, the tone on the right
        }
        WaveformPeaks p = new PcmAudio(8000, 2, 16, stereo).peaks(10);
        assertThat(p.max(3)).isCloseTo(0.25f, within(1e-4f));
        assertThat(p.min(9)).isCloseTo(-0.25f, within(1e-4f));
    }

    @Test
    void aRecordingShorterThanTheWidthStillFillsIt() {
        // 3 frames in 6 columns: frame f goes to column f·6/3 = 0, 2, 4; columns 1, 3, 5 repeat their left neighbour
        WaveformPeaks p = new PcmAudio(8000, 1, 16, new short[] {16384, -16384, 8192}).peaks(6);
        assertThat(new float[] {p.max(0), p.max(1), p.max(2), p.max(3), p.max(4), p.max(5)})
                .containsExactly(0.5f, 0.5f, -0.5f, -0.5f, 0.25f, 0.25f);
        WaveformPeaks none = new PcmAudio(8000, 1, 16, new short[0]).peaks(4);
        assertThat(none.loudest()).isZero();
    }

    @Test
    void chunksOfAnySizeGiveTheSamePeaksAsTheWhole() {
        PcmAudio audio = SyntheticCall.generate(3, 4_000, 8000, true).audio();
        short[] all = new short[audio.sampleCount()];
        audio.copySamples(0, all, 0, all.length);
        PeakAccumulator acc = new PeakAccumulator(audio.frames(), 2, 123);
        for (int from = 0; from < all.length; from += 777) {
            acc.accept(all, from, Math.min(777, all.length - from));
        }
        WaveformPeaks chunked = acc.peaks();
        WaveformPeaks whole = audio.peaks(123);
        for (int c = 0; c < 123; c++) {
            assertThat(chunked.min(c)).isEqualTo(whole.min(c));
            assertThat(chunked.max(c)).isEqualTo(whole.max(c));
        }
    }
}
