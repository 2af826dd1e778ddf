package io.floorview.ui.common;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs request/response work (save, run a report) off the FX thread and brings the result back to it. Tests
 * use {@link #sameThread()}, which makes view-model code deterministic.
 */
public interface UiExecutor {

    <T> void submit(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs everything at once on the caller's thread. */
    static UiExecutor sameThread() {
        return new UiExecutor() {
            @Override
            public <T> void submit(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }

    /** Runs the work on {@code background} and the callbacks on {@code fxThread}. */
    static UiExecutor of(Executor background, Executor fxThread) {
        return new UiExecutor() {
            @Override
            public <T> void submit(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                background.execute(() -> {
                    try {
                        T result = work.get();
                        fxThread.execute(() -> onSuccess.accept(result));
                    } catch (RuntimeException e) {
                        fxThread.execute(() -> onFailure.accept(e));
                    }
                });
            }
        };
    }
}
