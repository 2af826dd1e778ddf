package io.floorview.app.cli;

import io.floorview.feed.sim.SimulatorConfig;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** The size and pace of the built-in simulated call center. */
public final class SimulatorOptions {

    @Option(names = "--seed", defaultValue = "1", description = "Simulator seed: the same seed gives the same day (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sim-queues", defaultValue = "3", description = "Simulated queues (default ${DEFAULT-VALUE}).")
    int queues;

    @Option(names = "--sim-agents", defaultValue = "36", description = "Simulated agents (default ${DEFAULT-VALUE}).")
    int agents;

    @Option(names = "--sim-lines", defaultValue = "30", description = "Simulated phone lines (default ${DEFAULT-VALUE}).")
    int lines;

    @Option(names = "--sim-call-rate", defaultValue = "1.0", description = "Multiplier of the simulated arrival curve (default ${DEFAULT-VALUE}).")
    double callRate;

    @Option(names = "--speed", defaultValue = "1", description = "Simulated time per real time, 1 to 100 (default ${DEFAULT-VALUE}).")
    double speed;

    public SimulatorConfig config(ZoneId zone) {
        SimulatorConfig d = SimulatorConfig.defaults(seed, zone);
        return new SimulatorConfig(seed, queues, agents, lines, callRate, d.recordedShare(), zone, d.site());
    }

    public double speed() {
        return speed;
    }
}
