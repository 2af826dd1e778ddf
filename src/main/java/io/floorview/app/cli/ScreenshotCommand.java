package io.floorview.app.cli;

import io.floorview.app.wiring.ConsoleContext;
import io.floorview.app.wiring.ConsoleLauncher;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code floorview screenshot}: opens the console on a screen, lets it run, and saves the window as a PNG — how
 * the user guide's pictures are made (docs/guide/screenshots.sh), so they always show the real app.
 */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = {"Opens the console on a screen, waits, saves the window as a PNG and exits.",
            "Takes the console's options (a fresh --data-dir gives a repeatable picture)."})
final class ScreenshotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConsoleOptions options;

    @Option(names = "--open", paramLabel = "SCREEN", defaultValue = "live",
            description = "The screen to show: live, reports, schedules, staffing, qa … (default ${DEFAULT-VALUE}).")
    String screen;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "8",
            description = "How long the console runs before the picture is taken (default ${DEFAULT-VALUE} s).")
    double waitSec;

    @Option(names = "--out", paramLabel = "FILE.png", required = true, description = "Where to save the picture.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Displays.requireDisplay();
        options.applyLanguage();
        AtomicReference<String> failure = new AtomicReference<>();
        try (ConsoleContext context = ConsoleContext.open(options.config())) {
            ConsoleLauncher.run(context, (stage, window, model) -> {
                if (!window.showSection(screen)) {
                    failure.set(Displays.noSuchScreen(screen, window.sectionIds()));
                    stage.close();
                    return;
                }
                PauseTransition wait = new PauseTransition(Duration.seconds(waitSec));
                wait.setOnFinished(e -> {
                    try {
                        save(stage.getScene().snapshot(null), out);
                    } catch (IOException | RuntimeException ex) {
                        failure.set("cannot save " + out + ": " + ex.getMessage());
                    }
                    stage.close();
                });
                wait.play();
            });
        }
        if (failure.get() != null) {
            spec.commandLine().getErr().println("floorview screenshot: " + failure.get());
            return 1;
        }
        spec.commandLine().getOut().println(Json.line(Map.of("screen", screen, "file", out.toString())));
        return 0;
    }

    private static void save(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, w, h, argb, 0, w);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(png, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
