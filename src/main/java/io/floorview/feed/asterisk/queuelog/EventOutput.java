package io.floorview.feed.asterisk.queuelog;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.CallOverflowed;
import io.floorview.domain.event.OverflowReason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Numbers the mapper's events 1, 2, 3 … in the order of the lines they come from, and hands them on.
 *
 * <p>A caller who leaves a queue unanswered (timeout, empty queue, key press) may go on to another queue:
 * queue_log says so only on a later line (an ENTERQUEUE of the same call). Until that is known the overflow
 * is held, and so is everything after it, so that the events keep the order of the lines whatever the
 * answer: the same file always gives the same seqs, and a file that grew gives the same first events.
 * Callers build an event with {@link #next()} as its seq and pass it to {@link #emit} at once.
 */
final class EventOutput {

    /**
     * Past this many things waiting (exits and the events behind them), the oldest exit is closed without a
     * target: a log whose clock jumped back would otherwise keep everything after the exit in memory. It
     * depends on the lines only, so the numbering stays the same from read to read.
     */
    static final int MAX_HELD = 10_000;

    /** An overflow whose target is not known yet. */
    static final class Hold {
        final String callId;
        final String queue;
        final OverflowReason reason;
        final long ts;
        final long waitMs;
        final int position;
        String target;
        boolean resolved;

        Hold(String callId, String queue, OverflowReason reason, long ts, long waitMs, int position) {
            this.callId = callId;
            this.queue = queue;
            this.reason = reason;
            this.ts = ts;
            this.waitMs = waitMs;
            this.position = position;
        }
    }

    private final Consumer<FeedEvent> out;
    private final ArrayDeque<Object> held = new ArrayDeque<>();
    private final Map<String, Hold> open = new LinkedHashMap<>();
    private long seq;

    EventOutput(Consumer<FeedEvent> out) {
        this.out = out;
    }

    /** The seq of the last event handed on. */
    long lastSeq() {
        return seq;
    }

    /** The seq for the event about to be emitted: the next one, or 0 while events are held (numbered later). */
    long next() {
        return held.isEmpty() ? seq + 1 : 0;
    }

    void emit(FeedEvent e) {
        if (held.isEmpty()) {
            seq = e.seq();
            out.accept(e);
        } else {
            held.add(e);
            if (held.size() > MAX_HELD) {
                resolve(open.values().iterator().next(), null);
            }
        }
    }

    /** Holds an overflow until its target is known; a call's earlier open hold is closed without one. */
    void hold(Hold h) {
        Hold before = open.get(h.callId);
        if (before != null) {
            resolve(before, null);
        }
        open.put(h.callId, h);
        held.add(h);
    }

    Hold openHold(String callId) {
        return open.isEmpty() ? null : open.get(callId);
    }

    boolean holding() {
        return !open.isEmpty();
    }

    /** The call went on to {@code target} (a queue), or left the center's queues ({@code null}). */
    void resolve(Hold h, String target) {
        h.target = target;
        h.resolved = true;
        open.remove(h.callId);
        drain();
    }

    /** Closes, without a target, every hold older than {@code windowMs} at time {@code ts}. */
    void expire(long ts, long windowMs) {
        if (open.isEmpty()) {
            return;
        }
        List<Hold> due = null; // made only when a hold is due: this runs for every line while calls are held
        for (Hold h : open.values()) {
            if (ts - h.ts >= windowMs) {
                if (due == null) {
                    due = new ArrayList<>();
                }
                due.add(h);
            }
        }
        if (due != null) {
            for (Hold h : due) {
                resolve(h, null);
            }
        }
    }

    /** Closes every hold without a target (the input ended). */
    void flush() {
        for (Hold h : new ArrayList<>(open.values())) {
            resolve(h, null);
        }
    }

    private void drain() {
        while (!held.isEmpty()) {
            Object o = held.peek();
            if (o instanceof Hold h) {
                if (!h.resolved) {
                    return;
                }
                held.poll();
                seq++;
                out.accept(new CallOverflowed(seq, h.ts, h.callId, h.queue, h.reason, h.waitMs, h.position, h.target));
            } else {
                held.poll();
                seq++;
                out.accept(((FeedEvent) o).withSeq(seq));
            }
        }
    }
}
