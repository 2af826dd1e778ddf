package io.floorview.app.cli;

import io.floorview.app.wiring.ConsoleContext;
import io.floorview.app.wiring.ConsoleLauncher;

/**
 * Opens the console for {@code floorview} without a command. Kept out of {@link FloorviewCommand}: picocli
 * reads that class's methods by reflection on every command line, and a method (or lambda) naming JavaFX types
 * there would load JavaFX for headless commands such as {@code report}.
 */
final class ConsoleWindow {

    private ConsoleWindow() {
    }

    /** Shows the console until it is closed; {@code open} is the screen to show first, or {@code null}. */
    static void run(ConsoleOptions options, String open) throws Exception {
        Displays.requireDisplay();
        options.applyLanguage();
        try (ConsoleContext context = ConsoleContext.open(options.config())) {
            ConsoleLauncher.run(context, open == null ? null : (stage, window, model) -> {
                if (!window.showSection(open)) {
                    System.err.println("floorview: " + Displays.noSuchScreen(open, window.sectionIds())
                            + " (opening the live floor)");
                }
            });
        }
    }
}
