package io.floorview.feed.sim;

import io.floorview.domain.event.AgentState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * The agents' day: logging in for their shifts, taking their breaks, lunch and other activities when they
 * are free (never in the middle of a call: an activity that falls due during a call starts after its
 * wrap-up), pausing after a missed ring, and logging out at the end of the shift once their call is done.
 * What a supervisor asks ({@code SupervisorCommands}) goes through here too.
 */
final class AgentFlow {

    private final Scheduler clock;
    private final FeedWriter feed;
    private final Floor floor;
    /** After-call work. */
    private final SplittableRandom handling;
    /** The agents' own habits: how long they pause after a missed ring. */
    private final SplittableRandom habits;
    private final ShiftPlanner planner;
    private final ZoneId zone;
    private final long startMs;
    private Routing routing;
    private CallFlow calls;

    AgentFlow(Scheduler clock, FeedWriter feed, Floor floor, RandomStreams streams, ShiftPlanner planner,
              ZoneId zone, long startMs) {
        this.clock = clock;
        this.feed = feed;
        this.floor = floor;
        this.handling = streams.handling;
        this.habits = streams.agents;
        this.planner = planner;
        this.zone = zone;
        this.startMs = startMs;
    }

    void connect(Routing r, CallFlow c) {
        this.routing = r;
        this.calls = c;
    }

    /** Logs in whoever is on shift now and plans today and every day after it as it begins. */
    void start() {
        LocalDate today = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(startMs), zone);
        schedule(today.minusDays(1));
        planDay(today);
    }

    private void planDay(LocalDate day) {
        schedule(day);
        LocalDate next = day.plusDays(1);
        clock.at(next.atStartOfDay(zone).toInstant().toEpochMilli(), () -> planDay(next));
    }

    private void schedule(LocalDate day) {
        for (Shift s : planner.plan(day)) {
            if (s.logoutMs() > startMs) {
                clock.at(s.loginMs(), () -> login(s));
            }
        }
    }

    private void login(Shift shift) {
        SimAgent a = floor.agents.get(shift.agent().index());
        if (a.status != SimAgent.Status.OFF) {
            return; // a guard only: the planner never gives an agent a shift before the last one is over
        }
        long now = clock.now();
        a.shift = shift;
        a.leaving = false;
        a.activities.clear();
        for (Activity act : shift.activities()) {
            if (act.startMs() >= now) {
                a.activities.add(act);
                clock.at(act.startMs(), () -> activityDue(a, shift));
            }
        }
        a.become(SimAgent.Status.NOT_READY);
        floor.loggedIn(a.profile, +1);
        feed.loggedIn(a);
        clock.at(shift.logoutMs(), () -> shiftOver(a, shift));
        free(a);
    }

    /**
     * The agent has no call: log out if the shift is over, else start the activity that is due, else report
     * ready and take a waiting call.
     */
    void free(SimAgent a) {
        floor.idle.remove(a);
        long now = clock.now();
        if (a.leaving || now >= a.shift.logoutMs()) {
            logout(a);
            return;
        }
        Activity next;
        while ((next = a.activities.peek()) != null && next.startMs() <= now) {
            a.activities.poll();
            if (now + next.durationMs() <= a.shift.logoutMs()) {
                notReady(a, next.reason(), next.durationMs());
                return;
            }
        }
        a.become(SimAgent.Status.IDLE);
        floor.idle.add(a);
        feed.state(a, AgentState.READY, null, null);
        routing.offer(a);
    }

    private void activityDue(SimAgent a, Shift shift) {
        if (a.shift == shift && a.status == SimAgent.Status.IDLE) {
            free(a);
        }
    }

    private void shiftOver(SimAgent a, Shift shift) {
        if (a.shift != shift || a.status == SimAgent.Status.OFF) {
            return;
        }
        if (a.status == SimAgent.Status.IDLE || a.status == SimAgent.Status.NOT_READY) {
            logout(a);
        } else {
            a.leaving = true;
        }
    }

    private void notReady(SimAgent a, String reason, long durationMs) {
        a.become(SimAgent.Status.NOT_READY);
        feed.state(a, AgentState.NOT_READY, reason, null);
        long token = a.token;
        clock.in(durationMs, () -> {
            if (a.token == token) {
                free(a);
            }
        });
    }

    /** A supervisor made the agent ready (it had no call): it takes the next call of its queues. */
    void madeReady(SimAgent a, String commandId) {
        a.become(SimAgent.Status.IDLE);
        floor.idle.add(a);
        feed.state(a, AgentState.READY, null, null, commandId);
        routing.offer(a);
    }

    /** A supervisor made the agent not ready (it had no call): so it stays until made ready or its shift ends. */
    void madeNotReady(SimAgent a, String reason, String commandId) {
        floor.idle.remove(a);
        a.become(SimAgent.Status.NOT_READY);
        feed.state(a, AgentState.NOT_READY, reason, null, commandId);
    }

    /** A supervisor cut the agent's wrap-up short: it is reported as ended now. */
    void endWrapUpNow(SimAgent a) {
        feed.wrapUpEnded(a.call, a.wrapQueue, a, clock.now() - a.wrapSinceMs);
        a.call = null;
        a.wrapQueue = null;
    }

    private void logout(SimAgent a) {
        logout(a, null);
    }

    /** Logs the agent out now; {@code commandId} names the supervisor's command that asked for it, if any. */
    void logout(SimAgent a, String commandId) {
        floor.idle.remove(a);
        a.become(SimAgent.Status.OFF);
        a.shift = null;
        a.leaving = false;
        a.activities.clear();
        a.call = null;
        a.wrapQueue = null;
        floor.loggedIn(a.profile, -1);
        feed.loggedOut(a, commandId);
        for (QueueSpec q : a.profile.skills()) {
            if (floor.loggedIn(q) == 0 && !floor.waiting(q).isEmpty()) {
                calls.queueEmptied(q);
            }
        }
    }

    void onCall(SimAgent a, SimCall call) {
        a.become(SimAgent.Status.ON_CALL);
        a.call = call;
        feed.state(a, AgentState.ON_CALL, null, call);
    }

    /** The call ended: after-call work, reported when done, then the agent is free again. */
    void wrapUp(SimAgent a, SimCall call, QueueSpec queue) {
        a.become(SimAgent.Status.WRAP_UP);
        a.wrapQueue = queue;
        a.wrapSinceMs = clock.now();
        feed.state(a, AgentState.WRAP_UP, null, call);
        long wrapMs = Handling.wrapMs(handling, queue);
        long token = a.token;
        clock.in(wrapMs, () -> {
            if (a.token == token) {
                feed.wrapUpEnded(call, queue, a, wrapMs);
                a.call = null;
                a.wrapQueue = null;
                free(a);
            }
        });
    }

    /** The agent let a call ring out: reported, then a short not-ready pause. */
    void missed(SimAgent a, SimCall call, long ringMs) {
        feed.ringNoAnswer(call, a, ringMs);
        notReady(a, Activity.MISSED, Handling.missedPauseMs(habits));
    }
}
