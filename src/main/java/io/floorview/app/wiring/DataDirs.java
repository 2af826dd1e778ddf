package io.floorview.app.wiring;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Floorview keeps its data for the user: XDG on Linux, %APPDATA% on Windows, Application Support on macOS. */
public final class DataDirs {

    private DataDirs() {
    }

    public static Path defaultDataDir() {
        return defaultDataDir(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public static Path defaultDataDir(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve("Floorview");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Floorview");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? home.resolve(".local").resolve("share")
                : Path.of(xdg);
        return base.resolve("floorview");
    }
}
