package io.floorview.domain.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.audio.SyntheticCall.Recording;
import io.floorview.domain.audio.SyntheticCall.Speaker;
import io.floorview.domain.audio.SyntheticCall.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The made-up recordings of the simulated center: two voices taking turns, the same for the same seed. */
class SyntheticCallTest {

    private static short[] samples(PcmAudio a) {
        short[] s = new short[a.sampleCount()];
        a.copySamples(0, s, 0, s.length);
        return s;
    }

    /** The loudest sample of {@code channel} between two moments, 0..1. */
    private static double loudest(PcmAudio a, int channel, long fromMs, long toMs) {
        int from = (int) (fromMs * a.sampleRate() / 1000);
        int to = (int) Math.min(a.frames(), toMs * a.sampleRate() / 1000);
        int max = 0;
        for (int f = from; f < to; f++) {
            max = Math.max(max, Math.abs(a.sample(f, channel)));
        }
        return max / 32768.0;
    }

    @Test
    void theSameSeedGivesTheSameRecording() {
        Recording a = SyntheticCall.generate(SyntheticCall.seedFor("c-1042"), 30_000);
        Recording b = SyntheticCall.generate(SyntheticCall.seedFor("c-1042"), 30_000);
        Recording other = SyntheticCall.generate(SyntheticCall.seedFor("c-1043"), 30_000);
        assertThat(samples(a.audio())).isEqualTo(samples(b.audio()));
        assertThat(a.turns()).isEqualTo(b.turns());
        assertThat(samples(other.audio())).isNotEqualTo(samples(a.audio()));
        assertThat(SyntheticCall.seedFor("c-1042")).as("stable across runs").isEqualTo(0x40fb88d61d98140eL); // FNV-1a 64 of "c-1042"
    }

    @Test
    void itLastsAsLongAsAskedAtTelephoneQuality() {
        PcmAudio audio = SyntheticCall.generate(1, 95_250).audio();
        assertThat(audio.sampleRate()).isEqualTo(8000);
        assertThat(audio.channels()).isEqualTo(1);
        assertThat(audio.frames()).isEqualTo(95_250 * 8);
        assertThat(audio.durationMs()).isEqualTo(95_250);
    }

    @Test
    void twoVoicesTakeTurnsWithPausesBetween() {
        Recording r = SyntheticCall.generate(7, 120_000);
        List<Turn> turns = r.turns();
        assertThat(turns.size()).isGreaterThan(10);
        assertThat(turns.get(0).speaker()).as("the agent answers first").isEqualTo(Speaker.AGENT);
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            assertThat(t.endMs()).isGreaterThan(t.startMs()).isLessThanOrEqualTo(120_000);
            assertThat(loudest(r.audio(), 0, t.startMs(), t.endMs())).as("someone speaks in turn %d", i)
                    .isGreaterThan(0.1);
            if (i > 0) {
                Turn before = turns.get(i - 1);
                assertThat(t.speaker()).isNotEqualTo(before.speaker());
                assertThat(t.startMs() - before.endMs()).isBetween(300L, 1_200L);
                // the pause holds nothing but the line's hiss
                assertThat(loudest(r.audio(), 0, before.endMs() + 5, t.startMs() - 5)).isLessThan(0.01);
            }
        }
    }

    @Test
    void inStereoTheAgentIsLeftAndTheCallerRight() {
        Recording r = SyntheticCall.generate(11, 40_000, 8000, true);
        assertThat(r.audio().channels()).isEqualTo(2);
        for (Turn t : r.turns()) {
            int speaking = t.speaker() == Speaker.AGENT ? 0 : 1;
            assertThat(loudest(r.audio(), speaking, t.startMs(), t.endMs())).isGreaterThan(0.1);
            assertThat(loudest(r.audio(), 1 - speaking, t.startMs(), t.endMs())).isLessThan(0.01);
        }
    }

    @Test
    void aDurationOutsideOneMillisecondToTwoHoursIsRefused() {
        assertThatThrownBy(() -> SyntheticCall.generate(1, 0))
                .hasMessage("a synthetic recording lasts 1 ms to 2 hours, not 0 ms");
        assertThat(SyntheticCall.generate(1, 1).audio().frames()).isEqualTo(8);
    }
}
