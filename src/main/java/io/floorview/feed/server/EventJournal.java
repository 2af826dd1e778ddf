package io.floorview.feed.server;

import io.floorview.domain.event.FeedEvent;
import io.floorview.feed.protocol.EventCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The feed server's history: every published event as its encoded line, by seq, so that a console can
 * ask for everything after the seq it last stored. Sources append; streams read and wait for more.
 * Thread-safe. Keeps at most {@code capacity} events; older ones are dropped and asking for them is an
 * error the server reports (410 Gone).
 */
public final class EventJournal {

    private final EventCodec codec;
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition appended = lock.newCondition();
    /** lines.get(i) is the line of seq firstSeq + i. */
    private final ArrayList<byte[]> lines = new ArrayList<>();
    private long firstSeq = 1;
    private long lastSeq;
    private long lastTs;
    private boolean closed;

    public EventJournal(EventCodec codec, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.codec = codec;
        this.capacity = capacity;
    }

    /**
     * Publishes an event. Its seq must follow the last one by exactly one (the first may be any positive
     * number).
     */
    public void append(FeedEvent e) {
        appendEncoded(e.seq(), e.ts(), codec.encode(e).getBytes(StandardCharsets.UTF_8));
    }

    /** Publishes an already encoded event line (no newline), as {@link #append} does. */
    public void appendEncoded(long seq, long ts, byte[] line) {
        lock.lock();
        try {
            if (lastSeq == 0 && lines.isEmpty()) {
                firstSeq = seq;
            } else if (seq != lastSeq + 1) {
                throw new IllegalArgumentException("seq " + seq + " does not follow " + lastSeq);
            }
            lines.add(line);
            lastSeq = seq;
            lastTs = Math.max(lastTs, ts);
            if (lines.size() > capacity) {
                int drop = lines.size() - capacity + capacity / 10;
                lines.subList(0, drop).clear();
                firstSeq += drop;
            }
            appended.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public long lastSeq() {
        lock.lock();
        try {
            return lastSeq;
        } finally {
            lock.unlock();
        }
    }

    /** The time of the newest event, epoch ms, 0 when none. */
    public long lastTs() {
        lock.lock();
        try {
            return lastTs;
        } finally {
            lock.unlock();
        }
    }

    /** The oldest seq still kept (history before it is gone), or {@code lastSeq + 1} when empty. */
    public long firstSeq() {
        lock.lock();
        try {
            return lines.isEmpty() ? lastSeq + 1 : firstSeq;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The lines after {@code afterSeq}, at most {@code max}, waiting up to {@code waitMs} for one to come when
     * there is none yet. Empty when nothing came in time or the journal closed.
     *
     * @throws HistoryGoneException when lines after {@code afterSeq} were already dropped
     */
    public List<byte[]> after(long afterSeq, int max, long waitMs) throws InterruptedException {
        lock.lock();
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMs);
            while (lastSeq <= afterSeq && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return List.of();
                }
                appended.awaitNanos(left);
            }
            if (lastSeq <= afterSeq) {
                return List.of();
            }
            if (afterSeq + 1 < firstSeq) {
                throw new HistoryGoneException(firstSeq);
            }
            int from = (int) (afterSeq + 1 - firstSeq);
            int to = (int) Math.min(lines.size(), (long) from + max);
            return new ArrayList<>(lines.subList(from, to));
        } finally {
            lock.unlock();
        }
    }

    /** Wakes every waiting stream; no more lines will come. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            appended.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** Lines after the asked seq are no longer kept. */
    public static final class HistoryGoneException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long firstKept;

        HistoryGoneException(long firstKept) {
            super("the feed keeps events from seq " + firstKept + " on; older ones are gone");
            this.firstKept = firstKept;
        }

        public long firstKept() {
            return firstKept;
        }
    }
}
