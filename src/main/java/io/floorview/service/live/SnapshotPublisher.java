package io.floorview.service.live;

import io.floorview.domain.kpi.FloorSnapshot;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a snapshot of the floor a few times a second (waits keep ticking even when no event comes) and hands
 * it to the listeners on its own thread, {@code floor-snapshots}. Listeners must return quickly.
 */
public final class SnapshotPublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotPublisher.class);

    private final LiveFloor floor;
    private final LongSupplier clock;
    private final long periodMs;
    private final List<Consumer<FloorSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "floor-snapshots");
        t.setDaemon(true);
        return t;
    });
    private volatile FloorSnapshot latest;

    /** @param clock the feed's time now, epoch ms */
    public SnapshotPublisher(LiveFloor floor, LongSupplier clock, long periodMs) {
        this.floor = floor;
        this.clock = clock;
        this.periodMs = periodMs;
    }

    public void addListener(Consumer<FloorSnapshot> listener) {
        listeners.add(listener);
        FloorSnapshot s = latest;
        if (s != null) {
            listener.accept(s);
        }
    }

    public void start() {
        timer.scheduleAtFixedRate(this::publish, 0, periodMs, TimeUnit.MILLISECONDS);
    }

    /** Publishes now, outside the schedule (after a rebuild or a settings change). */
    public void publishNow() {
        timer.execute(this::publish);
    }

    public FloorSnapshot latest() {
        return latest;
    }

    private void publish() {
        try {
            FloorSnapshot s = floor.snapshot(clock.getAsLong());
            if (s == null) {
                return; // interrupted while closing
            }
            latest = s;
            for (Consumer<FloorSnapshot> l : listeners) {
                l.accept(s);
            }
        } catch (RuntimeException e) {
            LOG.error("could not publish the floor's figures", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
