package io.floorview.feed.server;

import io.floorview.feed.protocol.AgentCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Makes commands idempotent by id: the first request with an id is carried out, and any later request with
 * the same id and the same command gets the same answer without acting again (one that arrives while the first
 * is still under way waits for it). The same id with another command is refused. Failures (5xx) are not kept,
 * so that a retry tries again. Keeps the last {@code capacity} ids. Thread-safe.
 */
final class CommandLedger {

    /** An HTTP answer: status and JSON body. */
    record Reply(int status, String body) {
        boolean isFailure() {
            return status >= 500;
        }
    }

    private static final class Entry {
        final AgentCommand command;
        final CompletableFuture<Reply> reply = new CompletableFuture<>();

        Entry(AgentCommand command) {
            this.command = command;
        }
    }

    private final Map<String, Entry> entries;
    private final long waitMs;

    CommandLedger(int capacity, long waitMs) {
        this.waitMs = waitMs;
        this.entries = new LinkedHashMap<>(256, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Carries out {@code command} with {@code action} unless its id was seen; returns the answer to give. */
    Reply run(AgentCommand command, Function<AgentCommand, Reply> action) throws InterruptedException {
        Entry mine = new Entry(command);
        Entry earlier;
        synchronized (this) {
            earlier = entries.putIfAbsent(command.id(), mine);
        }
        if (earlier != null) {
            return repeat(earlier, command);
        }
        Reply reply;
        try {
            reply = action.apply(command);
        } catch (RuntimeException e) {
            mine.reply.completeExceptionally(e);
            forget(mine);
            throw e;
        }
        if (reply.isFailure()) {
            forget(mine);
        }
        mine.reply.complete(reply);
        return reply;
    }

    private Reply repeat(Entry earlier, AgentCommand command) throws InterruptedException {
        if (!earlier.command.equals(command)) {
            return new Reply(409, FeedServer.json(Map.of("id", command.id(), "error", "command id " + command.id()
                    + " was already used for another command (" + earlier.command.describe() + ")")));
        }
        try {
            return earlier.reply.get(waitMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new Reply(503, FeedServer.json(Map.of("id", command.id(), "error",
                    "an earlier request with this id is still being carried out; ask again")));
        } catch (ExecutionException e) {
            return new Reply(502, FeedServer.json(Map.of("id", command.id(), "error",
                    "an earlier request with this id failed: " + e.getCause())));
        }
    }

    private synchronized void forget(Entry e) {
        entries.remove(e.command.id(), e);
    }
}
