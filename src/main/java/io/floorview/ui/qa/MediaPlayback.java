package io.floorview.ui.qa;

import java.nio.file.Path;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;

/** {@link PlayerModel.Playback} on JavaFX media. */
final class MediaPlayback implements PlayerModel.Playback {

    private final MediaPlayer player;

    private MediaPlayback(MediaPlayer player) {
        this.player = player;
    }

    static PlayerModel.Playback open(Path file, PlayerModel.Events events) {
        Media media = new Media(file.toUri().toString());
        MediaPlayer player = new MediaPlayer(media);
        player.currentTimeProperty().addListener((o, a, t) -> events.position((long) t.toMillis()));
        player.setOnEndOfMedia(() -> {
            player.pause();
            events.ended();
        });
        player.setOnError(() -> events.failed(player.getError() == null ? "" : player.getError().getMessage()));
        media.setOnError(() -> events.failed(media.getError() == null ? "" : media.getError().getMessage()));
        return new MediaPlayback(player);
    }

    @Override
    public void play() {
        player.play();
    }

    @Override
    public void pause() {
        player.pause();
    }

    @Override
    public void seek(long ms) {
        player.seek(Duration.millis(ms));
    }

    @Override
    public void rate(double rate) {
        player.setRate(rate);
    }

    @Override
    public void dispose() {
        player.dispose();
    }
}
