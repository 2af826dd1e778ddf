package io.floorview.feed.sim;

import io.floorview.domain.event.FeedEvent;
import io.floorview.feed.protocol.AgentCommand;
import io.floorview.feed.server.CommandResult;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The built-in call center: a living floor for the console when no phone system is connected.
 *
 * <p>A discrete-event simulation on a simulated clock. The same configuration (seed included) and start time
 * always give the same events, sequence numbers included, however the time is advanced. No threads, no wall
 * clock, no I/O: whoever drives it decides how fast simulated time passes. Not thread-safe.
 *
 * <p>At the start it announces the site and its queues, then the agents on shift log in; calls arrive from
 * then on. See {@link SimulatorConfig} for what can be sized.
 */
public final class CallCenterSimulator {

    private final SimulatorConfig config;
    private final Scheduler clock;
    private final FeedWriter feed;
    private final SupervisorCommands commands;

    /**
     * @param startMs where the simulated clock starts, epoch ms; typically the start of today in the center's
     *                time zone, so that the console sees the whole day so far
     */
    public CallCenterSimulator(SimulatorConfig config, long startMs) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = new Scheduler(startMs);
        this.feed = new FeedWriter(clock);
        List<QueueSpec> queues = QueueCatalog.build(config);
        List<AgentProfile> roster = Roster.build(config, queues);
        ArrivalCurve curve = new ArrivalCurve(config, roster);
        RandomStreams streams = new RandomStreams(config.seed(), queues.size());
        Floor floor = new Floor(queues, roster, config.lines());
        Routing routing = new Routing(clock, floor, streams);
        AgentFlow agents = new AgentFlow(clock, feed, floor, streams,
                new ShiftPlanner(config, queues, roster, curve), config.zone(), startMs);
        CallFlow calls = new CallFlow(clock, feed, floor, streams, new Arrivals(config, curve, queues),
                config.recordedShare());
        routing.connect(calls, agents);
        agents.connect(routing, calls);
        calls.connect(routing, agents);
        commands = new SupervisorCommands(floor, agents, routing, clock);
        clock.at(startMs, () -> {
            feed.site(config);
            queues.forEach(feed::queue);
            agents.start();
            calls.start();
        });
    }

    /**
     * Runs the simulation up to {@code timeMs} and hands {@code out} every event with a timestamp at or before
     * it, in order. Events are numbered 1, 2, 3 … with no gap. Should {@code out} throw, the events not yet
     * taken are handed over again, starting with the one it threw on, at the next call.
     *
     * @throws IllegalArgumentException when {@code timeMs} is before {@link #now()}
     */
    public void advanceTo(long timeMs, Consumer<FeedEvent> out) {
        Objects.requireNonNull(out, "out");
        if (timeMs < clock.now()) {
            throw new IllegalArgumentException("the simulated clock cannot go back: asked for " + timeMs
                    + " ms, already at " + clock.now() + " ms");
        }
        feed.drainTo(out);
        while (clock.runNext(timeMs)) {
            feed.drainTo(out);
        }
        clock.moveTo(timeMs);
    }

    /**
     * Carries out a supervisor's command at the simulated time reached ({@link #now()}), or says why not. The
     * events that show its result carry the command's id and are handed over by the next {@link #advanceTo}
     * (with {@code now()} to have them at once). A run without commands is the same as ever.
     */
    public CommandResult execute(AgentCommand command) {
        return commands.execute(Objects.requireNonNull(command, "command"));
    }

    /** The simulated time reached, epoch ms. */
    public long now() {
        return clock.now();
    }

    /** The sequence number of the last event handed over, 0 before the first. */
    public long lastSeq() {
        return feed.lastSeq();
    }

    public SimulatorConfig config() {
        return config;
    }
}
