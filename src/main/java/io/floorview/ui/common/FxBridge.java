package io.floorview.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Carries a stream of values from any thread to the FX thread with at most one hand-over pending: a burst
 * of values becomes one update carrying the newest. {@code publish} never blocks.
 */
public final class FxBridge<T> {

    private final AtomicReference<T> pending = new AtomicReference<>();
    private final Executor fxThread;
    private final Consumer<T> target;

    /** @param fxThread runs a task on the FX thread, e.g. {@code Platform::runLater} */
    public FxBridge(Executor fxThread, Consumer<T> target) {
        this.fxThread = fxThread;
        this.target = target;
    }

    public void publish(T value) {
        if (value == null) {
            throw new IllegalArgumentException("null value");
        }
        if (pending.getAndSet(value) == null) {
            fxThread.execute(this::deliver);
        }
    }

    private void deliver() {
        T value = pending.getAndSet(null);
        if (value != null) {
            target.accept(value);
        }
    }
}
