package io.floorview.app.wiring;

import io.floorview.feed.sim.SimulatorConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a console is started with.
 *
 * @param feed      the feed server to read, or {@code null} for the embedded simulator
 * @param token     the feed's access token, or {@code null}
 * @param simulator the embedded simulator's size, used when {@code feed} is null
 * @param speed     the embedded simulator's speed, 1 to 100
 * @param supervisor who uses the console, as the log of supervisor actions names them
 * @param zoneGiven     the zone was given on the command line: it wins over the one saved in the console
 * @param dayStartGiven the day start was given on the command line: it wins over the one saved in the console
 */
public record ConsoleConfig(Path dataDir, URI feed, String token, ZoneId zone, LocalTime dayStart,
                            SimulatorConfig simulator, double speed, String supervisor, boolean zoneGiven,
                            boolean dayStartGiven) {

    public ConsoleConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dayStart, "dayStart");
        Objects.requireNonNull(simulator, "simulator");
        if (supervisor == null || supervisor.isBlank()) {
            supervisor = defaultSupervisor();
        }
    }

    /** A console whose zone and day start are given (they win over the saved ones). */
    public ConsoleConfig(Path dataDir, URI feed, String token, ZoneId zone, LocalTime dayStart,
                         SimulatorConfig simulator, double speed, String supervisor) {
        this(dataDir, feed, token, zone, dayStart, simulator, speed, supervisor, true, true);
    }

    /**
     * The center's day this console runs on: what was given on the command line wins, then what was saved in the
     * console, then the defaults ({@link #zone} and {@link #dayStart} when not given).
     */
    public io.floorview.domain.kpi.CenterDay centerDay(java.util.Optional<io.floorview.domain.kpi.CenterDay> saved) {
        return new io.floorview.domain.kpi.CenterDay(
                zoneGiven || saved.isEmpty() ? zone : saved.get().zone(),
                dayStartGiven || saved.isEmpty() ? dayStart : saved.get().dayStart());
    }

    /** A console used by whoever is logged in to this computer. */
    public ConsoleConfig(Path dataDir, URI feed, String token, ZoneId zone, LocalTime dayStart,
                         SimulatorConfig simulator, double speed) {
        this(dataDir, feed, token, zone, dayStart, simulator, speed, null);
    }

    /** The user name of whoever runs the console on this computer. */
    public static String defaultSupervisor() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "supervisor" : user;
    }
}
