package io.floorview.feed.sim;

import io.floorview.domain.event.HangupParty;

/** A call in the simulated center, from its arrival until it leaves. Mutable; owned by the simulation. */
final class SimCall {

    enum Status { WAITING, RINGING, CONNECTED, GONE }

    final String id;
    final String caller;
    /** Order of arrival, to break ties between calls that entered a queue at the same millisecond. */
    final long serial;
    /** Presses a key to leave a message when their patience runs out (if the option was offered by then). */
    final boolean keyPresser;

    Status status = Status.WAITING;
    /** Changes whenever the call enters a queue, is answered or leaves: timers of an older token are void. */
    long token;

    QueueSpec queue;
    long enteredQueueMs;
    int entryPosition;
    /** When the caller hangs up if still waiting. */
    long patienceDeadlineMs;
    /** The agent whose phone rings for this call, or who talks to it. */
    SimAgent agent;

    /** Plan of the current conversation, drawn when it is answered. */
    long talkMs;
    long holdMs;
    HangupParty hangUpBy;
    QueueSpec transferTo;
    boolean attendedTransfer;

    boolean answeredOnce;
    boolean recorded;
    long talkTotalMs;
    long holdTotalMs;

    SimCall(String id, String caller, long serial, boolean keyPresser) {
        this.id = id;
        this.caller = caller;
        this.serial = serial;
        this.keyPresser = keyPresser;
    }

    long waitedMs(long now) {
        return now - enteredQueueMs;
    }
}
