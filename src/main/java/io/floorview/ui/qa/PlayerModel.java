package io.floorview.ui.qa;

import io.floorview.domain.audio.WaveformPeaks;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The recording player's state: position, length, playing, speed and the waveform, with the audio itself
 * behind a {@link Backend} (JavaFX media in the console). Where the audio cannot be played (no media
 * support, a missing codec) the model says why in {@link #noteProperty()} and everything else works:
 * the waveform, seeking, and timed comments that move the position.
 */
public final class PlayerModel {

    /** The slowest and fastest speeds offered. */
    public static final double MIN_RATE = 0.5;
    public static final double MAX_RATE = 2.0;

    /** Opens a file for playing. */
    @FunctionalInterface
    public interface Backend {
        /** @throws Exception (anything) when the file cannot be played here; its message says why */
        Playback open(Path file, Events events) throws Exception;
    }

    /** What a backend reports, on the FX thread. */
    public interface Events {
        void position(long ms);

        void ended();

        void failed(String reason);
    }

    /** An opened recording. */
    public interface Playback {
        void play();

        void pause();

        void seek(long ms);

        void rate(double rate);

        void dispose();
    }

    private final Backend backend;
    private final LongProperty position = new SimpleLongProperty();
    private final LongProperty duration = new SimpleLongProperty();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final DoubleProperty rate = new SimpleDoubleProperty(1.0);
    private final BooleanProperty playable = new SimpleBooleanProperty();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<WaveformPeaks> peaks = new SimpleObjectProperty<>();
    private Playback playback;

    public PlayerModel(Backend backend) {
        this.backend = backend;
    }

    /** JavaFX media: plays WAV files where the platform's media support is there. */
    public static Backend mediaBackend() {
        return MediaPlayback::open;
    }

    /** A backend for places without audio: every open fails with {@code reason}. */
    public static Backend without(String reason) {
        return (file, events) -> {
            throw new UnsupportedOperationException(reason);
        };
    }

    /** Loads a recording: its waveform and length now, the audio when the backend can play it. */
    public void load(Path file, long durationMs, WaveformPeaks waveform) {
        clear();
        duration.set(durationMs);
        peaks.set(waveform);
        try {
            playback = backend.open(file, new Events() {
                @Override
                public void position(long ms) {
                    if (playing.get()) {
                        position.set(Math.min(ms, duration.get()));
                    }
                }

                @Override
                public void ended() {
                    playing.set(false);
                    position.set(duration.get());
                }

                @Override
                public void failed(String reason) {
                    unplayable(reason);
                }
            });
            playback.rate(rate.get());
            playable.set(true);
            note.set("");
        } catch (Exception | LinkageError e) {
            unplayable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    public void clear() {
        if (playback != null) {
            playback.dispose();
            playback = null;
        }
        playing.set(false);
        playable.set(false);
        position.set(0);
        duration.set(0);
        peaks.set(null);
        note.set("");
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void play() {
        if (playback == null) {
            return;
        }
        if (position.get() >= duration.get()) {
            seek(0);
        }
        playing.set(true);
        playback.play();
    }

    public void pause() {
        playing.set(false);
        if (playback != null) {
            playback.pause();
        }
    }

    /** Moves to {@code ms} into the recording (kept within it); the audio follows where it plays. */
    public void seek(long ms) {
        long to = Math.max(0, Math.min(ms, duration.get()));
        position.set(to);
        if (playback != null) {
            playback.seek(to);
        }
    }

    public void setRate(double r) {
        double clamped = Math.max(MIN_RATE, Math.min(MAX_RATE, r));
        rate.set(clamped);
        if (playback != null) {
            playback.rate(clamped);
        }
    }

    private void unplayable(String why) {
        String reason = why == null ? "" : why.replaceFirst("^([a-z]+\\.)+[A-Za-z]*Exception: ", "");
        if (playback != null) {
            playback.dispose();
            playback = null;
        }
        playing.set(false);
        playable.set(false);
        note.set(reason);
    }

    public LongProperty positionProperty() {
        return position;
    }

    public long position() {
        return position.get();
    }

    public LongProperty durationProperty() {
        return duration;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty rateProperty() {
        return rate;
    }

    /** Whether the audio plays here. */
    public BooleanProperty playableProperty() {
        return playable;
    }

    /** Why the audio does not play here; empty when it does (or nothing is loaded). */
    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<WaveformPeaks> peaksProperty() {
        return peaks;
    }
}
