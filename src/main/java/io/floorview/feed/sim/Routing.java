package io.floorview.feed.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The automatic call distributor: offers each waiting call to the ready agent idle the longest among those
 * serving its queue, and lets a ready agent take the longest-waiting call among its queues. The agent's
 * phone rings a few seconds; now and then it rings out unanswered and the call keeps its place in queue.
 *
 * <p>It keeps one rule: no ready agent stays idle while a call of one of its queues waits unoffered.
 */
final class Routing {

    private final Scheduler clock;
    private final Floor floor;
    private final SplittableRandom rnd;
    private CallFlow calls;
    private AgentFlow agents;

    Routing(Scheduler clock, Floor floor, RandomStreams streams) {
        this.clock = clock;
        this.floor = floor;
        this.rnd = streams.agents;
    }

    void connect(CallFlow callFlow, AgentFlow agentFlow) {
        this.calls = callFlow;
        this.agents = agentFlow;
    }

    /** A call waits unoffered: ring the longest-idle agent who serves its queue, if any. */
    void offer(SimCall call) {
        for (SimAgent a : floor.idle) {
            if (a.profile.serves(call.queue)) {
                ring(call, a);
                return;
            }
        }
    }

    /** An agent became ready: ring it with the longest-waiting unoffered call of its queues, if any. */
    void offer(SimAgent agent) {
        SimCall best = null;
        for (QueueSpec q : agent.profile.skills()) {
            SimCall head = firstUnoffered(floor.waiting(q));
            if (head != null && (best == null || head.enteredQueueMs < best.enteredQueueMs
                    || head.enteredQueueMs == best.enteredQueueMs && head.serial < best.serial)) {
                best = head;
            }
        }
        if (best != null) {
            ring(best, agent);
        }
    }

    private static SimCall firstUnoffered(List<SimCall> waiting) {
        for (SimCall c : waiting) {
            if (c.status == SimCall.Status.WAITING) {
                return c;
            }
        }
        return null;
    }

    private void ring(SimCall call, SimAgent agent) {
        floor.idle.remove(agent);
        agent.become(SimAgent.Status.RINGING);
        agent.call = call;
        call.status = SimCall.Status.RINGING;
        call.agent = agent;
        long token = agent.token;
        if (Draw.chance(rnd, Handling.MISSED_RING_SHARE)) {
            clock.in(Handling.RING_TIMEOUT_MS, () -> rangOut(call, agent, token));
        } else {
            clock.in(Handling.ringMs(rnd), () -> pickedUp(call, agent, token));
        }
    }

    private void pickedUp(SimCall call, SimAgent agent, long token) {
        if (agent.token == token) {
            calls.answer(call, agent);
        }
    }

    private void rangOut(SimCall call, SimAgent agent, long token) {
        if (agent.token != token) {
            return;
        }
        call.status = SimCall.Status.WAITING;
        call.agent = null;
        agent.call = null;
        agents.missed(agent, call, Handling.RING_TIMEOUT_MS);
        offer(call);
    }

    /**
     * Stops the ringing of a call that is leaving its queue; the caller then reports the call's exit and hands
     * the returned agent (or null when nothing rang) to {@link AgentFlow#free}.
     */
    SimAgent stopRinging(SimCall call) {
        if (call.status != SimCall.Status.RINGING) {
            return null;
        }
        SimAgent agent = call.agent;
        agent.become(SimAgent.Status.IDLE);
        agent.call = null;
        call.agent = null;
        call.status = SimCall.Status.WAITING;
        return agent;
    }
}
