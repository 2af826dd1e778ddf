package io.floorview.ui.qa;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.audio.SyntheticCall;
import io.floorview.domain.audio.WaveformPeaks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The player's model with a recording backend: what it forwards, and what happens where audio cannot play. */
class PlayerModelTest {

    private final List<String> calls = new ArrayList<>();
    private PlayerModel.Events events;
    private final WaveformPeaks peaks = SyntheticCall.generate(3, 2_000).audio().peaks(50);

    private final PlayerModel.Backend recording = (file, ev) -> {
        events = ev;
        calls.add("open " + file.getFileName());
        return new PlayerModel.Playback() {
            @Override
            public void play() {
                calls.add("play");
            }

            @Override
            public void pause() {
                calls.add("pause");
            }

            @Override
            public void seek(long ms) {
                calls.add("seek " + ms);
            }

            @Override
            public void rate(double rate) {
                calls.add("rate " + rate);
            }

            @Override
            public void dispose() {
                calls.add("dispose");
            }
        };
    };

    @Test
    void forwardsPlaySeekAndSpeedAndKeepsThemWithinTheRecording() {
        PlayerModel player = new PlayerModel(recording);
        player.load(Path.of("c-1.wav"), 30_000, peaks);
        assertThat(player.playableProperty().get()).isTrue();
        player.setRate(4);
        player.seek(-5);
        player.seek(45_000);
        player.togglePlay();
        assertThat(player.playingProperty().get()).isTrue();
        events.position(12_345);
        assertThat(player.position()).isEqualTo(12_345);
        player.togglePlay();
        player.setRate(0.25);
        assertThat(player.rateProperty().get()).isEqualTo(PlayerModel.MIN_RATE);
        assertThat(calls).containsExactly("open c-1.wav", "rate 1.0", "rate 2.0", "seek 0", "seek 30000",
                "seek 0", "play", "pause", "rate 0.5");
    }

    @Test
    void theEndStopsPlayingAtTheEnd() {
        PlayerModel player = new PlayerModel(recording);
        player.load(Path.of("c-1.wav"), 30_000, peaks);
        player.play();
        events.ended();
        assertThat(player.playingProperty().get()).isFalse();
        assertThat(player.position()).isEqualTo(30_000);
    }

    @Test
    void withoutAudioItSaysWhyAndStillSeeks() {
        PlayerModel player = new PlayerModel(PlayerModel.without("no media support"));
        player.load(Path.of("c-1.wav"), 30_000, peaks);
        assertThat(player.playableProperty().get()).isFalse();
        assertThat(player.noteProperty().get()).isEqualTo("no media support");
        assertThat(player.peaksProperty().get()).isSameAs(peaks);
        player.play();
        assertThat(player.playingProperty().get()).isFalse();
        player.seek(7_000);
        assertThat(player.position()).isEqualTo(7_000);
    }

    @Test
    void anErrorWhilePlayingTurnsPlaybackOff() {
        PlayerModel player = new PlayerModel(recording);
        player.load(Path.of("c-1.wav"), 30_000, peaks);
        player.play();
        events.failed("codec missing");
        assertThat(player.playableProperty().get()).isFalse();
        assertThat(player.playingProperty().get()).isFalse();
        assertThat(player.noteProperty().get()).isEqualTo("codec missing");
        assertThat(calls).endsWith("dispose");
    }
}
