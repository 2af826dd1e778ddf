package io.floorview.domain.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A made-up call recording, so that QA can be tried on the simulated center from the first start: two
 * "voices" taking turns (the agent first), each turn a run of tone-like syllables with the odd noise burst,
 * with pauses between turns and a faint line hiss throughout. The same seed and duration always give the
 * same samples (phases come from a fixed sine table, not from {@code Math.sin}).
 */
public final class SyntheticCall {

    /** Telephone quality. */
    public static final int SAMPLE_RATE = 8_000;
    /** The longest recording generated: two hours. */
    public static final long MAX_DURATION_MS = 2 * 3_600_000L;

    private static final int TABLE_BITS = 12;
    private static final float[] SINE = sineTable();
    private static final float HISS = 0.002f;

    /** Who speaks. */
    public enum Speaker { AGENT, CALLER }

    /** A turn of one speaker, from its first to its last syllable. */
    public record Turn(Speaker speaker, long startMs, long endMs) {
    }

    /** The audio and who speaks when. */
    public record Recording(PcmAudio audio, List<Turn> turns) {
        public Recording {
            Objects.requireNonNull(audio, "audio");
            turns = List.copyOf(turns);
        }
    }

    private SyntheticCall() {
    }

    /** A mono recording at {@link #SAMPLE_RATE}. */
    public static Recording generate(long seed, long durationMs) {
        return generate(seed, durationMs, SAMPLE_RATE, false);
    }

    /**
     * @param stereo the agent on the left channel and the caller on the right (as many call recorders do),
     *               rather than both on one channel
     */
    public static Recording generate(long seed, long durationMs, int sampleRate, boolean stereo) {
        if (durationMs < 1 || durationMs > MAX_DURATION_MS) {
            throw new IllegalArgumentException("a synthetic recording lasts 1 ms to 2 hours, not " + durationMs + " ms");
        }
        if (sampleRate < 4_000 || sampleRate > 48_000) {
            throw new IllegalArgumentException("a synthetic recording is sampled at 4–48 kHz, not " + sampleRate);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int channels = stereo ? 2 : 1;
        int frames = (int) (durationMs * sampleRate / 1000);
        float[][] mix = new float[channels][frames];
        for (float[] ch : mix) {
            for (int i = 0; i < frames; i++) {
                ch[i] = (float) (random.nextDouble() * 2 - 1) * HISS;
            }
        }
        double agentPitch = 105 + random.nextDouble() * 30;
        double callerPitch = 170 + random.nextDouble() * 70;
        List<Turn> turns = new ArrayList<>();
        long t = 200 + random.nextInt(400);
        Speaker speaker = Speaker.AGENT;
        while (t < durationMs - 150) {
            long turnEnd = Math.min(durationMs - 50, t + 1_200 + random.nextInt(4_800));
            float[] out = mix[stereo && speaker == Speaker.CALLER ? 1 : 0];
            double pitch = speaker == Speaker.AGENT ? agentPitch : callerPitch;
            long cursor = t;
            long lastEnd = t;
            while (cursor < turnEnd - 60) {
                long len = Math.min(turnEnd - cursor, 90 + random.nextInt(230));
                int from = (int) (cursor * sampleRate / 1000);
                int to = (int) ((cursor + len) * sampleRate / 1000);
                if (random.nextDouble() < 0.18) {
                    noise(out, from, to, 0.06 + random.nextDouble() * 0.08, random);
                } else {
                    double f0 = pitch * (0.85 + random.nextDouble() * 0.35);
                    voice(out, from, to, 0.25 + random.nextDouble() * 0.35, f0, f0 * (0.9 + random.nextDouble() * 0.2),
                            sampleRate);
                }
                lastEnd = cursor + len;
                cursor = lastEnd + 25 + random.nextInt(85);
            }
            turns.add(new Turn(speaker, t, lastEnd));
            t = lastEnd + 300 + random.nextInt(900);
            speaker = speaker == Speaker.AGENT ? Speaker.CALLER : Speaker.AGENT;
        }
        short[] samples = new short[frames * channels];
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                float v = Math.max(-1f, Math.min(1f, mix[c][i]));
                samples[i * channels + c] = (short) Math.round(v * 32767f);
            }
        }
        return new Recording(PcmAudio.owning(sampleRate, channels, samples), turns);
    }

    /** A seed for a call's recording, the same for the same call id on every run. */
    public static long seedFor(String callId) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < callId.length(); i++) {
            h ^= callId.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** A voiced syllable: a fundamental gliding from {@code f0} to {@code f1} with three harmonics. */
    private static void voice(float[] out, int from, int to, double amp, double f0, double f1, int sampleRate) {
        int n = to - from;
        double phase = 0;
        for (int i = 0; i < n; i++) {
            double x = (double) i / n;
            double f = f0 + (f1 - f0) * x;
            phase += f / sampleRate;
            phase -= Math.floor(phase);
            double env = sine(x / 2); // sin(πx): rises and falls like a syllable
            double v = sine(phase) + 0.5 * sine(2 * phase) + 0.25 * sine(3 * phase) + 0.12 * sine(4 * phase);
            out[from + i] += (float) (amp * env * v / 1.87);
        }
    }

    private static void noise(float[] out, int from, int to, double amp, SplittableRandom random) {
        int n = to - from;
        for (int i = 0; i < n; i++) {
            double env = sine((double) i / n / 2);
            out[from + i] += (float) (amp * env * (random.nextDouble() * 2 - 1));
        }
    }

    /** sin(2π·cycles), from the table with linear interpolation. */
    private static double sine(double cycles) {
        double pos = (cycles - Math.floor(cycles)) * (1 << TABLE_BITS);
        int i = (int) pos;
        double frac = pos - i;
        return SINE[i] + (SINE[i + 1] - SINE[i]) * frac;
    }

    private static float[] sineTable() {
        float[] t = new float[(1 << TABLE_BITS) + 1];
        for (int i = 0; i < t.length; i++) {
            t[i] = (float) StrictMath.sin(2 * StrictMath.PI * i / (1 << TABLE_BITS));
        }
        return t;
    }
}
