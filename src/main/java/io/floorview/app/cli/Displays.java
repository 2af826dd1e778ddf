package io.floorview.app.cli;

import java.util.Locale;

/** Checks for a display before JavaFX tries one, so the user reads why the console cannot open. */
final class Displays {

    private Displays() {
    }

    static void requireDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean headlessGlass = "Monocle".equals(System.getProperty("glass.platform"));
        if (os.contains("linux") && !headlessGlass && isBlank(System.getenv("DISPLAY"))
                && isBlank(System.getenv("WAYLAND_DISPLAY"))) {
            throw new IllegalStateException("no display to open the console on (DISPLAY is not set); run it in a "
                    + "desktop session, or use a headless command such as 'feed' or 'ingest' (see --help)");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** "there is no screen 'x'" with the screens there are, for {@code --open}. */
    static String noSuchScreen(String asked, java.util.List<String> screens) {
        return "there is no screen '" + asked + "'; the screens: " + String.join(", ", screens);
    }
}
