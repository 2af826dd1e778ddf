package io.floorview.feed.sim;

import java.util.PriorityQueue;

/**
 * The simulated clock and its agenda: actions run in order of time, and actions due at the same moment
 * run in the order they were scheduled, so that a run never depends on anything but its inputs.
 */
final class Scheduler {

    private record Entry(long time, long order, Runnable action) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    private final PriorityQueue<Entry> agenda = new PriorityQueue<>();
    private long order;
    private long now;

    Scheduler(long startMs) {
        this.now = startMs;
    }

    /** Simulated time, epoch milliseconds. */
    long now() {
        return now;
    }

    /** Runs {@code action} at {@code timeMs}, or at once (after what is already due) if that is in the past. */
    void at(long timeMs, Runnable action) {
        agenda.add(new Entry(Math.max(timeMs, now), order++, action));
    }

    /** Runs {@code action} {@code delayMs} from now. */
    void in(long delayMs, Runnable action) {
        at(now + delayMs, action);
    }

    /** Runs the next action if it is due at or before {@code untilMs}; false when none is. */
    boolean runNext(long untilMs) {
        Entry next = agenda.peek();
        if (next == null || next.time > untilMs) {
            return false;
        }
        agenda.poll();
        now = next.time;
        next.action.run();
        return true;
    }

    /** Moves the clock forward to {@code timeMs} once nothing is due before it. */
    void moveTo(long timeMs) {
        now = Math.max(now, timeMs);
    }
}
