package io.floorview.ui.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.floorview.domain.audio.SyntheticCall;
import io.floorview.service.audio.WavFiles;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * JavaFX media on a generated WAV: seek, 2× speed and play move the position. Where this machine's JavaFX
 * cannot play media (headless without its native libraries), the test says so and is skipped; the player
 * model's own test covers the rest.
 */
@ExtendWith(ApplicationExtension.class)
class MediaPlaybackTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 100, 100));
        stage.show();
    }

    @Test
    void playsSeeksAndSpeedsUpWhereMediaIsAvailable(FxRobot robot) throws Exception {
        Path file = dir.resolve("c-1.wav");
        WavFiles.write(SyntheticCall.generate(5, 6_000).audio(), file);
        PlayerModel player = new PlayerModel(PlayerModel.mediaBackend());
        robot.interact(() -> player.load(file, 6_000, null));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assumeTrue(player.playableProperty().get(), () -> "JavaFX media cannot play here: "
                + player.noteProperty().get());
        robot.interact(() -> {
            player.setRate(2.0);
            player.seek(1_000);
            player.play();
        });
        WaitForAsyncUtils.sleep(1_500, TimeUnit.MILLISECONDS);
        long at = player.position();
        robot.interact(player::pause);
        assumeTrue(player.noteProperty().get().isEmpty(), () -> "media failed: " + player.noteProperty().get());
        assertThat(at).as("played on from the seek at 2×").isGreaterThan(1_500);
    }
}
