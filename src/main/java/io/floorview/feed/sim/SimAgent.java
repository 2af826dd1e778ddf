package io.floorview.feed.sim;

import io.floorview.domain.event.AgentState;
import java.util.ArrayDeque;

/** An agent on the simulated floor. Mutable; owned by the simulation. */
final class SimAgent {

    enum Status {
        /** Logged out. */
        OFF,
        /** Ready and waiting for a call. */
        IDLE,
        /** Ready, and a call rings on the phone. */
        RINGING,
        ON_CALL,
        WRAP_UP,
        NOT_READY
    }

    final AgentProfile profile;
    Status status = Status.OFF;
    /** Changes on every status change: timers of an older token are void. */
    long token;

    /** The state last reported on the feed, so that no change is reported twice. */
    AgentState reported = AgentState.LOGGED_OUT;
    String reportedReason;

    Shift shift;
    /** The shift's activities not yet taken, in order. */
    final ArrayDeque<Activity> activities = new ArrayDeque<>();
    /** The shift is over: log out as soon as the call in progress is done. */
    boolean leaving;
    /** The call ringing, in progress or in wrap-up. */
    SimCall call;
    /** In wrap-up: the queue the call was answered in, and when the wrap-up began. */
    QueueSpec wrapQueue;
    long wrapSinceMs;

    SimAgent(AgentProfile profile) {
        this.profile = profile;
    }

    String id() {
        return profile.id();
    }

    /** Moves to {@code next}, voiding every timer set in the previous status. */
    void become(Status next) {
        status = next;
        token++;
    }
}
