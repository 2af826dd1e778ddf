package io.floorview.feed;

import io.floorview.domain.event.FeedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A sink that keeps everything a source delivers, for tests. Thread-safe. */
public final class RecordingSink implements FeedSink {

    public record Bad(Long seq, String reason, String raw) {
    }

    private final List<FeedEvent> events = new ArrayList<>();
    private final List<Bad> bad = new ArrayList<>();
    private final List<String> connects = new ArrayList<>();
    private final List<String> disconnects = new ArrayList<>();
    private int heartbeats;

    @Override
    public synchronized void connected(String feedId, long serverLastSeq, long feedTs, double rate) {
        connects.add(feedId);
        notifyAll();
    }

    @Override
    public synchronized void event(FeedEvent event, String raw) {
        events.add(event);
        notifyAll();
    }

    @Override
    public synchronized void badLine(Long seq, String reason, String raw) {
        bad.add(new Bad(seq, reason, raw));
        notifyAll();
    }

    @Override
    public synchronized void heartbeat(long feedTs, long lastSeq, double rate) {
        heartbeats++;
        notifyAll();
    }

    @Override
    public synchronized void disconnected(String reason) {
        disconnects.add(reason);
        notifyAll();
    }

    /** The last seq delivered (event or bad line with a seq), as a console's resume point would be. */
    public synchronized long lastSeq() {
        long last = events.isEmpty() ? 0 : events.get(events.size() - 1).seq();
        for (Bad b : bad) {
            if (b.seq() != null) {
                last = Math.max(last, b.seq());
            }
        }
        return last;
    }

    public synchronized List<FeedEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<Long> seqs() {
        return events.stream().map(FeedEvent::seq).toList();
    }

    public synchronized List<Bad> bad() {
        return List.copyOf(bad);
    }

    public synchronized List<String> connects() {
        return List.copyOf(connects);
    }

    public synchronized List<String> disconnects() {
        return List.copyOf(disconnects);
    }

    public synchronized int heartbeats() {
        return heartbeats;
    }

    /** Waits until {@code condition} holds; false after {@code seconds}. */
    public synchronized boolean await(BooleanSupplier condition, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
