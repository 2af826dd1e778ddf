package io.floorview.ui.live;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * The live floor's screens in tests: opened as the console opens them (1280 × 800, Floorview's style sheet), and
 * saved as a PNG when {@code -Dfloorview.screens=DIR} is given, to look at them.
 */
final class Screens {

    private Screens() {
    }

    /** Shows {@code root} in {@code stage} as the console shows its window; returns the scene. */
    static Scene open(javafx.stage.Stage stage, javafx.scene.Parent root) {
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Screens.class.getResource("/io/floorview/ui/floorview.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    /** Saves what {@code scene} shows as DIR/NAME.png when {@code -Dfloorview.screens=DIR} is given; else nothing. */
    static void save(Scene scene, String name) throws Exception {
        String to = System.getProperty("floorview.screens");
        if (to == null) {
            return;
        }
        Files.createDirectories(Path.of(to));
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> shot.complete(scene.snapshot(null)));
        WritableImage img = shot.get(10, TimeUnit.SECONDS);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", Path.of(to, name + ".png").toFile());
    }
}
