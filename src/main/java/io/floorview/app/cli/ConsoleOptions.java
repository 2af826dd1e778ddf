package io.floorview.app.cli;

import io.floorview.app.wiring.ConsoleConfig;
import io.floorview.app.wiring.DataDirs;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the console (and the commands that run it) are told: where its data is and which feed to read. */
public final class ConsoleOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where Floorview keeps its cache and settings (default: the per-user data folder).")
    Path dataDir;

    @Option(names = "--feed", paramLabel = "URL",
            description = "A feed server to read, e.g. http://pbx-bridge:7411. Without it the console runs its built-in simulated center.")
    URI feed;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Access token for a feed server that asks for one (or set FLOORVIEW_TOKEN).")
    String token;

    @Option(names = "--zone", paramLabel = "ZONE", converter = Converters.Zone.class,
            description = "The center's time zone, e.g. Europe/Rome (default: as saved in the console's Center"
                + " settings, else this computer's). Given here, it wins over the saved one.")
    ZoneId zone;

    @Option(names = "--day-start", paramLabel = "HH:MM", converter = Converters.Time.class,
            description = "When the center's day starts (default: as saved in the console's Center settings, else"
                + " 00:00). Given here, it wins over the saved one.")
    LocalTime dayStart;

    @Option(names = "--supervisor", paramLabel = "NAME",
            description = "Your name in the log of actions on agents (default: your user name on this computer).")
    String supervisor;

    @Option(names = "--tls-trust", paramLabel = "FILE",
            description = "Trust the feed server's certificate in this PKCS#12 truststore (for an https:// feed whose"
                + " certificate no public authority signed; password in FLOORVIEW_TLS_TRUST_PASSWORD).")
    Path tlsTrust;

    @Option(names = "--language", paramLabel = "TAG", defaultValue = "${env:FLOORVIEW_LANGUAGE}",
            description = "The console's language: en, es, it, zh-CN or ru (default: the system's, else English;"
                + " also FLOORVIEW_LANGUAGE).")
    String language;

    @Mixin
    SimulatorOptions simulator;

    /** The languages the console's texts exist in. */
    static final java.util.List<String> SHIPPED_LANGUAGES = java.util.List.of("en", "es", "it", "zh", "ru");

    /** Makes the language asked for the console's; without one the system's stays. An unknown one is refused. */
    public void applyLanguage() {
        if (language != null && !language.isBlank()) {
            java.util.Locale asked = java.util.Locale.forLanguageTag(language.trim().replace('_', '-'));
            if (!SHIPPED_LANGUAGES.contains(asked.getLanguage())) {
                throw new IllegalArgumentException("--language " + language + ": Floorview speaks " + String.join(", ", SHIPPED_LANGUAGES)
                                + " (zh means Simplified Chinese)");
            }
            java.util.Locale.setDefault(asked);
        }
    }

    public Path dataDir() {
        return dataDir != null ? dataDir : DataDirs.defaultDataDir();
    }

    public URI feed() {
        return feed;
    }

    public String token() {
        if (token != null) {
            return token;
        }
        String env = System.getenv("FLOORVIEW_TOKEN");
        return env == null || env.isBlank() ? null : env;
    }

    public ZoneId zone() {
        return zone != null ? zone : ZoneId.systemDefault();
    }

    public LocalTime dayStart() {
        return dayStart != null ? dayStart : LocalTime.MIDNIGHT;
    }

    public SimulatorOptions simulator() {
        return simulator;
    }

    /** What the console is started with. */
    public ConsoleConfig config() {
        trustFeedCertificate();
        return new ConsoleConfig(dataDir(), feed, token(), zone(), dayStart(), simulator.config(zone()),
                simulator.speed(), supervisor, zone != null, dayStart != null);
    }

    /**
     * Makes this process trust the certificate in {@code --tls-trust} for HTTPS connections (the feed and its
     * command endpoint); nothing when the option is not given.
     */
    private void trustFeedCertificate() {
        if (tlsTrust == null) {
            return;
        }
        String pw = System.getenv("FLOORVIEW_TLS_TRUST_PASSWORD");
        javax.net.ssl.SSLContext ctx = io.floorview.feed.server.Tls.client(tlsTrust,
                pw == null ? new char[0] : pw.toCharArray());
        javax.net.ssl.HttpsURLConnection.setDefaultSSLSocketFactory(ctx.getSocketFactory());
    }
}
