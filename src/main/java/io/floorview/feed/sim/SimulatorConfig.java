package io.floorview.feed.sim;

import java.time.ZoneId;

/**
 * The size and character of the simulated call center.
 *
 * @param seed          the seed of every random draw: the same seed and start time give the same events
 * @param queues        how many queues (1..26): sales, support, billing, then further named queues
 * @param agents        agents on the roster; they are spread over the day's shifts, a few work nights
 * @param lines         phone lines (trunk channels): a call that finds every line busy is rejected
 * @param callRate      a multiplier of the default call volume; 1.0 is a busy but sane center, a volume
 *                      the roster answers mostly near its service-level targets; the volume grows with
 *                      {@code agents}, so 2.0 means twice what the same agents could comfortably handle
 * @param recordedShare the share (0..1) of answered calls whose recording is published
 * @param zone          the center's time zone: the arrival curve and the shifts follow its local clock
 * @param site          the center's name, as announced in {@code site.configured}
 */
public record SimulatorConfig(long seed, int queues, int agents, int lines, double callRate, double recordedShare,
                              ZoneId zone, String site) {

    public static final int MAX_QUEUES = 26;
    public static final int MAX_AGENTS = 10_000;
    /** Past this the simulated floor is a flood no console view could make sense of. */
    public static final double MAX_CALL_RATE = 50;

    public SimulatorConfig {
        if (queues < 1 || queues > MAX_QUEUES) {
            throw new IllegalArgumentException("queues must be 1.." + MAX_QUEUES + ", not " + queues);
        }
        if (agents < queues) {
            throw new IllegalArgumentException("agents must be at least the number of queues (" + queues
                    + ") so that every queue has someone to answer it, not " + agents);
        }
        if (agents > MAX_AGENTS) {
            throw new IllegalArgumentException("agents must be at most " + MAX_AGENTS + ", not " + agents);
        }
        if (lines < 1) {
            throw new IllegalArgumentException("lines must be at least 1, not " + lines);
        }
        if (!(callRate > 0 && callRate <= MAX_CALL_RATE)) {
            throw new IllegalArgumentException("callRate must be above 0 and at most " + MAX_CALL_RATE
                    + " (1.0 is a busy but sane center), not " + callRate);
        }
        if (!(recordedShare >= 0 && recordedShare <= 1)) {
            throw new IllegalArgumentException("recordedShare must be between 0 and 1, not " + recordedShare);
        }
        if (zone == null) {
            throw new IllegalArgumentException("zone is required: the simulated day follows the center's clock");
        }
        if (site == null || site.isBlank()) {
            throw new IllegalArgumentException("site name is required");
        }
    }

    /** A medium center: 3 queues, 36 agents, 30 lines, the default call volume, a fifth of calls recorded. */
    public static SimulatorConfig defaults(long seed, ZoneId zone) {
        return new SimulatorConfig(seed, 3, 36, 30, 1.0, 0.2, zone, "Floorview demo center");
    }

    public SimulatorConfig withSeed(long newSeed) {
        return new SimulatorConfig(newSeed, queues, agents, lines, callRate, recordedShare, zone, site);
    }

    public SimulatorConfig withQueues(int newQueues) {
        return new SimulatorConfig(seed, newQueues, agents, lines, callRate, recordedShare, zone, site);
    }

    public SimulatorConfig withAgents(int newAgents) {
        return new SimulatorConfig(seed, queues, newAgents, lines, callRate, recordedShare, zone, site);
    }

    public SimulatorConfig withLines(int newLines) {
        return new SimulatorConfig(seed, queues, agents, newLines, callRate, recordedShare, zone, site);
    }

    public SimulatorConfig withCallRate(double newCallRate) {
        return new SimulatorConfig(seed, queues, agents, lines, newCallRate, recordedShare, zone, site);
    }

    public SimulatorConfig withRecordedShare(double newShare) {
        return new SimulatorConfig(seed, queues, agents, lines, callRate, newShare, zone, site);
    }
}
