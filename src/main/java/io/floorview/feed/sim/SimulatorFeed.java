package io.floorview.feed.sim;

import io.floorview.feed.protocol.AgentCommand;
import io.floorview.feed.server.CommandHandler;
import io.floorview.feed.server.CommandResult;
import io.floorview.feed.server.EventJournal;
import io.floorview.feed.server.FeedClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the simulator against the clock and publishes its events to a journal. The simulated day starts at
 * {@code simStartMs} (normally the start of today in the center's zone) and is caught up at once to the
 * wall-clock time, so the floor shows the whole day so far from the first second; from then on simulated
 * time runs at {@code speed} times real time. Same seed, same size and same start → same feed, seqs
 * included, so a console that restarts the same day resumes where it stopped. It takes supervisors' commands
 * ({@link #execute}); those are not kept across a restart, so a restarted simulator's day no longer shows them.
 */
public final class SimulatorFeed implements FeedClock, CommandHandler, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorFeed.class);

    private final CallCenterSimulator simulator;
    private final EventJournal journal;
    private final double speed;
    private final LongSupplier wallClock;
    private final long anchorWall;
    private final long anchorSim;
    private final String feedId;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "simulator");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param speed how many simulated seconds pass per real second, 1 to 100
     */
    public SimulatorFeed(SimulatorConfig config, long simStartMs, double speed, EventJournal journal,
                         LongSupplier wallClock) {
        if (!(speed >= 1 && speed <= 100)) {
            throw new IllegalArgumentException("speed must be between 1 and 100 times real time, not " + speed);
        }
        this.simulator = new CallCenterSimulator(config, simStartMs);
        this.journal = journal;
        this.speed = speed;
        this.wallClock = wallClock;
        this.anchorWall = wallClock.getAsLong();
        this.anchorSim = Math.max(simStartMs, anchorWall);
        LocalDate startDay = Instant.ofEpochMilli(simStartMs).atZone(config.zone()).toLocalDate();
        this.feedId = String.format(Locale.ROOT, "sim-%d-%s-%08x", config.seed(), startDay,
                config.hashCode() ^ Long.hashCode(simStartMs));
    }

    /** The feed's id: seed, start day and a digest of the size, so another configuration is another feed. */
    public String feedId() {
        return feedId;
    }

    public CallCenterSimulator simulator() {
        return simulator;
    }

    /** Catches the simulation up to now, then keeps it running in the background. */
    public void start() {
        advance();
        LOG.info("simulator {} caught up to {} with {} events", feedId, Instant.ofEpochMilli(now()),
                journal.lastSeq());
        ticker.scheduleAtFixedRate(this::advance, 100, 100, TimeUnit.MILLISECONDS);
    }

    private synchronized void advance() {
        try {
            simulator.advanceTo(now(), journal::append);
        } catch (RuntimeException e) {
            LOG.error("the simulator failed", e);
            throw e;
        }
    }

    /**
     * Carries out a supervisor's command at the simulated now: the simulation is first caught up to now, and the
     * events that show the result are in the journal before this returns.
     */
    @Override
    public synchronized CommandResult execute(AgentCommand command) {
        long now = now();
        simulator.advanceTo(now, journal::append);
        CommandResult result = simulator.execute(command);
        simulator.advanceTo(now, journal::append);
        return result;
    }

    @Override
    public long now() {
        return anchorSim + (long) ((wallClock.getAsLong() - anchorWall) * speed);
    }

    @Override
    public double rate() {
        return speed;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        journal.close();
    }
}
