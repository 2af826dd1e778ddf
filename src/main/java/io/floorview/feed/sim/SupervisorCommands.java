package io.floorview.feed.sim;

import io.floorview.feed.protocol.AgentCommand;
import io.floorview.feed.protocol.CommandType;
import io.floorview.feed.server.CommandResult;
import java.util.HashMap;
import java.util.Map;

/**
 * Supervisors' commands on the simulated floor, carried out at the simulated now as a phone system would:
 * ready, not ready with a reason, log out. An agent on a call is never disturbed (refused: the command can
 * only follow the call); a wrap-up is cut short; a ringing call goes on to the next agent; a planned break
 * in progress is cut short by "ready". Whatever is refused says why. See {@code docs/feed-protocol.md}.
 */
final class SupervisorCommands {

    private final AgentFlow agents;
    private final Routing routing;
    private final Scheduler clock;
    private final Map<String, SimAgent> byId = new HashMap<>();

    SupervisorCommands(Floor floor, AgentFlow agents, Routing routing, Scheduler clock) {
        this.agents = agents;
        this.routing = routing;
        this.clock = clock;
        floor.agents.forEach(a -> byId.put(a.id(), a));
    }

    CommandResult execute(AgentCommand c) {
        SimAgent a = byId.get(c.agent());
        if (a == null) {
            return CommandResult.invalid("no agent " + c.agent() + " on this floor");
        }
        String who = "agent " + a.id();
        if (a.status == SimAgent.Status.OFF) {
            return CommandResult.conflict(who + " is " + (c.type() == CommandType.LOG_OUT
                    ? "already logged out" : "logged out"));
        }
        if (a.status == SimAgent.Status.ON_CALL) {
            return CommandResult.conflict(who + " is on a call (" + a.call.id + "); " + switch (c.type()) {
                case SET_READY -> "they become ready by themselves after it";
                case SET_NOT_READY -> "not ready can only follow the call";
                case LOG_OUT -> "they can be logged out once it is over";
            });
        }
        if (a.leaving || clock.now() >= a.shift.logoutMs()) {
            if (c.type() != CommandType.LOG_OUT) {
                return CommandResult.conflict(who + "'s shift is over: they log out once their call is done");
            }
        }
        return switch (c.type()) {
            case SET_READY -> ready(a, c);
            case SET_NOT_READY -> notReady(a, c);
            case LOG_OUT -> logOut(a, c);
        };
    }

    private CommandResult ready(SimAgent a, AgentCommand c) {
        if (a.status == SimAgent.Status.IDLE || a.status == SimAgent.Status.RINGING) {
            return CommandResult.conflict("agent " + a.id() + " is already ready");
        }
        if (a.status == SimAgent.Status.WRAP_UP) {
            agents.endWrapUpNow(a);
        }
        agents.madeReady(a, c.id());
        return CommandResult.accepted();
    }

    private CommandResult notReady(SimAgent a, AgentCommand c) {
        if (a.status == SimAgent.Status.NOT_READY && c.reason().equals(a.reportedReason)) {
            return CommandResult.conflict("agent " + a.id() + " is already not ready (" + c.reason() + ")");
        }
        SimCall ringing = stopRinging(a);
        if (a.status == SimAgent.Status.WRAP_UP) {
            agents.endWrapUpNow(a);
        }
        agents.madeNotReady(a, c.reason(), c.id());
        offerAgain(ringing);
        return CommandResult.accepted();
    }

    private CommandResult logOut(SimAgent a, AgentCommand c) {
        SimCall ringing = stopRinging(a);
        if (a.status == SimAgent.Status.WRAP_UP) {
            agents.endWrapUpNow(a);
        }
        agents.logout(a, c.id());
        offerAgain(ringing);
        return CommandResult.accepted();
    }

    /** The call ringing at {@code a}, taken back into its queue; null when none rang. */
    private SimCall stopRinging(SimAgent a) {
        if (a.status != SimAgent.Status.RINGING) {
            return null;
        }
        SimCall call = a.call;
        routing.stopRinging(call);
        return call;
    }

    /** A call taken back from an agent rings at the next one, if it still waits and nobody took it up yet. */
    private void offerAgain(SimCall call) {
        if (call != null && call.status == SimCall.Status.WAITING) {
            routing.offer(call);
        }
    }
}
