/**
 * The built-in call center: the console's default feed source, so that a supervisor sees a living floor on
 * first start.
 *
 * <p>{@link io.floorview.feed.sim.CallCenterSimulator} is the entry point; {@link
 * io.floorview.feed.sim.SimulatorConfig} sizes it. Inside, a discrete-event core ({@code Scheduler}) runs the
 * floor: {@code CallFlow} (arrivals, waiting, abandons, overflow, talk, transfers, recordings),
 * {@code Routing} (which agent's phone rings for which call) and {@code AgentFlow} (logins, breaks,
 * wrap-up, logouts), over a floor made of {@code QueueCatalog} queues, a {@code Roster}, an
 * {@code ArrivalCurve} with {@code Arrivals} surges, and a {@code ShiftPlanner}'s daily shifts. What happens
 * becomes feed events in {@code FeedWriter}. Everything random is drawn from per-purpose seeded streams
 * ({@code RandomStreams}); nothing reads the wall clock, starts a thread or does I/O.
 */
package io.floorview.feed.sim;
