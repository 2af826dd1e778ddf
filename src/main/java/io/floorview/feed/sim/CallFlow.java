package io.floorview.feed.sim;

import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import java.util.ArrayList;
import java.util.SplittableRandom;

/**
 * The life of each call: Poisson arrivals per queue following {@link Arrivals} (by thinning), admission
 * (a free line, someone logged in, room in the queue), waiting until an agent answers, the caller hangs up,
 * presses a key to leave, or the queue's timeout moves the call on; then talk, hold, the end of the call or
 * a transfer to another queue, and the recording. A call holds its line from entry until it leaves.
 */
final class CallFlow {

    private static final String[] AREA_CODES = {
        "201", "202", "206", "212", "213", "214", "215", "303", "305", "312", "313", "404", "415", "416",
        "503", "512", "514", "602", "604", "612", "617", "646", "702", "713", "718", "720", "773", "805",
        "813", "818", "858", "901", "916", "917", "919", "971",
    };
    /** Share of calls from someone who called a little earlier. */
    private static final double REPEAT_CALLER_SHARE = 0.08;
    /** Share of callers whose number is withheld. */
    private static final double WITHHELD_SHARE = 0.02;
    private static final double ATTENDED_TRANSFER_SHARE = 0.3;

    private final Scheduler clock;
    private final FeedWriter feed;
    private final Floor floor;
    private final RandomStreams streams;
    private final Arrivals arrivals;
    private final double recordedShare;
    private final double[] maxPerHour;
    private final double[] shares;
    private final String[] recentCallers = new String[64];
    private long serial;
    private Routing routing;
    private AgentFlow agents;

    CallFlow(Scheduler clock, FeedWriter feed, Floor floor, RandomStreams streams, Arrivals arrivals,
             double recordedShare) {
        this.clock = clock;
        this.feed = feed;
        this.floor = floor;
        this.streams = streams;
        this.arrivals = arrivals;
        this.recordedShare = recordedShare;
        this.shares = floor.queues.stream().mapToDouble(QueueSpec::share).toArray();
        this.maxPerHour = new double[shares.length];
        for (int q = 0; q < shares.length; q++) {
            maxPerHour[q] = arrivals.maxCallsPerHour(floor.queues.get(q));
        }
    }

    void connect(Routing r, AgentFlow a) {
        this.routing = r;
        this.agents = a;
    }

    /** Starts every queue's stream of arrivals. */
    void start() {
        for (QueueSpec q : floor.queues) {
            nextCandidate(q);
        }
    }

    // --- arrivals: a Poisson stream at the peak rate, each candidate kept with probability rate(t) / peak ---

    private void nextCandidate(QueueSpec q) {
        double gapMs = Draw.exponential(streams.arrivals[q.index()], 3_600_000.0 / maxPerHour[q.index()]);
        clock.in(Math.round(gapMs), () -> candidate(q));
    }

    private void candidate(QueueSpec q) {
        double rate = arrivals.callsPerHour(q, clock.now());
        if (streams.arrivals[q.index()].nextDouble() * maxPerHour[q.index()] < rate) {
            arrive(q);
        }
        nextCandidate(q);
    }

    /**
     * A caller dials {@code q}'s number. A refused call names the queue it dialed, even when every line was
     * busy, so that the console can count refusals per queue.
     */
    private void arrive(QueueSpec q) {
        SplittableRandom r = streams.callers;
        long now = clock.now();
        serial++;
        SimCall call = new SimCall((now / 1000) + "." + serial, callerNumber(r), serial,
                Draw.chance(r, Handling.KEY_PRESS_SHARE));
        long patience = Handling.patienceMs(r);
        if (floor.linesInUse >= floor.lines) {
            feed.rejected(call, q, RejectReason.LINES_FULL);
        } else if (floor.loggedIn(q) == 0) {
            feed.rejected(call, q, RejectReason.JOIN_EMPTY);
        } else if (floor.waiting(q).size() >= q.maxLength()) {
            feed.rejected(call, q, RejectReason.QUEUE_FULL);
        } else {
            floor.linesInUse++;
            call.patienceDeadlineMs = now + patience;
            enter(call, q);
        }
    }

    /**
     * A caller's number: now and then someone who called shortly before, now and then withheld (null), else
     * a number in the 555-01xx range that North American numbering keeps for fiction.
     */
    private String callerNumber(SplittableRandom r) {
        int known = (int) Math.min(serial - 1, recentCallers.length);
        String number;
        if (known > 0 && Draw.chance(r, REPEAT_CALLER_SHARE)) {
            number = recentCallers[r.nextInt(known)];
        } else if (Draw.chance(r, WITHHELD_SHARE)) {
            number = null;
        } else {
            number = "+1" + AREA_CODES[r.nextInt(AREA_CODES.length)] + "55501" + (10 + r.nextInt(90));
        }
        recentCallers[(int) ((serial - 1) % recentCallers.length)] = number;
        return number;
    }

    // --- waiting ---

    private void enter(SimCall call, QueueSpec q) {
        call.queue = q;
        call.enteredQueueMs = clock.now();
        call.status = SimCall.Status.WAITING;
        call.agent = null;
        call.token++;
        floor.waiting(q).add(call);
        call.entryPosition = floor.waiting(q).size();
        feed.entered(call);
        long token = call.token;
        clock.at(call.patienceDeadlineMs, () -> patienceRanOut(call, token));
        clock.in(q.timeoutMs(), () -> {
            if (call.token == token) {
                moveOn(call, OverflowReason.TIMEOUT);
            }
        });
        routing.offer(call);
    }

    private void patienceRanOut(SimCall call, long token) {
        if (call.token != token) {
            return;
        }
        SimAgent ringing = routing.stopRinging(call);
        int position = floor.position(call);
        floor.waiting(call.queue).remove(call);
        if (call.keyPresser && call.waitedMs(clock.now()) >= Handling.KEY_PRESS_OFFERED_AFTER_MS) {
            feed.overflowed(call, OverflowReason.KEY, position, null);
        } else {
            feed.abandoned(call, position);
        }
        leave(call);
        if (ringing != null) {
            agents.free(ringing);
        }
    }

    /** The call leaves its queue unanswered for the queue's overflow target, or out of the center. */
    private void moveOn(SimCall call, OverflowReason reason) {
        SimAgent ringing = routing.stopRinging(call);
        int position = floor.position(call);
        floor.waiting(call.queue).remove(call);
        QueueSpec target = floor.overflowTarget(call.queue);
        feed.overflowed(call, reason, position, target);
        if (target != null) {
            enter(call, target);
        } else {
            leave(call);
        }
        if (ringing != null) {
            agents.free(ringing);
        }
    }

    /** The last agent serving {@code q} logged out: its callers move on (reason empty). */
    void queueEmptied(QueueSpec q) {
        for (SimCall call : new ArrayList<>(floor.waiting(q))) {
            moveOn(call, OverflowReason.EMPTY);
        }
    }

    // --- connected ---

    /** The agent picked up: the call leaves its queue; its talk, hold and fate are drawn now. */
    void answer(SimCall call, SimAgent agent) {
        floor.waiting(call.queue).remove(call);
        call.status = SimCall.Status.CONNECTED;
        call.token++;
        call.agent = agent;
        feed.answered(call, agent);
        agents.onCall(agent, call);

        SplittableRandom r = streams.handling;
        boolean first = !call.answeredOnce;
        if (first) {
            call.answeredOnce = true;
            call.recorded = Draw.chance(r, recordedShare);
        }
        call.transferTo = null;
        if (first && floor.queues.size() > 1 && Draw.chance(r, Handling.TRANSFER_SHARE)) {
            boolean[] skip = new boolean[shares.length];
            skip[call.queue.index()] = true;
            call.transferTo = floor.queues.get(Draw.weighted(r, shares, skip));
            call.attendedTransfer = Draw.chance(r, ATTENDED_TRANSFER_SHARE);
            call.talkMs = Handling.transferTalkMs(r);
        } else {
            call.talkMs = Handling.talkMs(r, call.queue);
        }
        call.holdMs = Handling.holdMs(r);
        call.hangUpBy = Draw.chance(r, Handling.CALLER_HANGS_UP_SHARE) ? HangupParty.CALLER : HangupParty.AGENT;
        clock.in(call.talkMs + call.holdMs, () -> hangUp(call, agent));
    }

    /** The conversation is over: the call ends, or the agent hands it to another queue if that queue can take it. */
    private void hangUp(SimCall call, SimAgent agent) {
        QueueSpec answeredIn = call.queue;
        call.talkTotalMs += call.talkMs;
        call.holdTotalMs += call.holdMs;
        QueueSpec target = call.transferTo;
        if (target != null && floor.canEnter(target)) {
            feed.transferred(call, agent, target);
            feed.ended(call, agent, HangupParty.AGENT);
            agents.wrapUp(agent, call, answeredIn);
            call.patienceDeadlineMs = clock.now() + Handling.patienceMs(streams.callers);
            enter(call, target);
        } else {
            // a transfer that finds its target closed or full is resolved by the agent, who ends the call
            feed.ended(call, agent, target != null ? HangupParty.AGENT : call.hangUpBy);
            agents.wrapUp(agent, call, answeredIn);
            leave(call);
        }
    }

    /** The call leaves the center and frees its line; its recording follows a few seconds later. */
    private void leave(SimCall call) {
        call.status = SimCall.Status.GONE;
        call.token++;
        call.agent = null;
        floor.linesInUse--;
        if (call.recorded && call.talkTotalMs + call.holdTotalMs > 0) {
            clock.in(Draw.uniformMs(streams.handling, 3_000, 20_000), () -> feed.recording(call));
        }
    }
}
