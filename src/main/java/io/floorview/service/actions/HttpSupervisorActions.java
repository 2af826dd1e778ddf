package io.floorview.service.actions;

import io.floorview.domain.event.FeedEvent;
import io.floorview.feed.client.CommandClient;
import io.floorview.feed.client.CommandReply;
import io.floorview.feed.protocol.AgentCommand;
import io.floorview.feed.protocol.CommandType;
import io.floorview.service.ingest.StoredEvents;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Supervisor actions through the feed server's command endpoint: each action becomes a command with a fresh id,
 * sent on a background thread ({@code supervisor-actions}); once the server accepts it, the action waits for
 * the event on the console's own feed that shows the agent in the state asked for ({@link Confirmations}), for
 * at most {@link Options#confirmTimeoutMs} of real time whatever the feed's clock does. Every action ends in
 * one outcome, logged with who asked ({@link ActionLog}), and the returned stage completes on a background
 * thread, never on the caller's.
 */
public final class HttpSupervisorActions implements SupervisorActions, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSupervisorActions.class);

    /** @param confirmTimeoutMs how long after the server's acceptance the confirming event may take */
    public record Options(long confirmTimeoutMs) {
        public static final Options DEFAULT = new Options(10_000);
    }

    /** One action under way. */
    private final class Request {
        final String id = UUID.randomUUID().toString();
        final AgentAction action;
        final long requestedMs;
        final CompletableFuture<ActionOutcome> result = new CompletableFuture<>();
        final AtomicBoolean ended = new AtomicBoolean();
        volatile Confirmations.Pending pending;
        volatile ScheduledFuture<?> timeout;

        Request(AgentAction action) {
            this.action = action;
            this.requestedMs = wallClock.getAsLong();
        }
    }

    private final CommandClient client;
    private final ActionLog log;
    private final Options options;
    private final LongSupplier wallClock;
    private final Confirmations confirmations = new Confirmations();
    private final Map<String, Request> underWay = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor;

    /** Starts listening to {@code events} for confirmations. */
    public HttpSupervisorActions(CommandClient client, StoredEvents events, ActionLog log, Options options,
                                 LongSupplier wallClock) {
        this.client = client;
        this.log = log;
        this.options = options;
        this.wallClock = wallClock;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "supervisor-actions-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        events.addEventListener(confirmations::onStored);
    }

    @Override
    public CompletionStage<ActionOutcome> request(AgentAction action) {
        Request r = new Request(action);
        underWay.put(r.id, r);
        r.pending = confirmations.expect(r.id, action.agent(), Describe.state(action.kind()), action.reason(),
                event -> onConfirmingEvent(r, event));
        LOG.info("{} asks to {} (command {} to {})", action.supervisor(), Describe.asked(action), r.id,
                client.describe());
        try {
            executor.execute(() -> send(r));
        } catch (RejectedExecutionException e) {
            end(r, ActionOutcome.Status.FAILED, "the console is closing", 0);
        }
        return r.result;
    }

    private void send(Request r) {
        AgentAction a = r.action;
        CommandType type = switch (a.kind()) {
            case READY -> CommandType.SET_READY;
            case NOT_READY -> CommandType.SET_NOT_READY;
            case LOG_OUT -> CommandType.LOG_OUT;
        };
        CommandReply reply = client.send(new AgentCommand(r.id, type, a.agent(), a.reason(), a.supervisor()));
        String feed = client.describe();
        switch (reply.kind()) {
            case ACCEPTED -> {
                r.timeout = executor.schedule(() -> end(r, ActionOutcome.Status.TIMED_OUT,
                        "the feed server accepted it, but the feed did not show " + Describe.wanted(a) + " within "
                                + seconds(options.confirmTimeoutMs()), 0),
                        options.confirmTimeoutMs(), TimeUnit.MILLISECONDS);
                confirmations.accepted(r.pending, reply.lastSeq());
            }
            case REFUSED -> end(r, ActionOutcome.Status.REFUSED, reply.message(), 0);
            case NO_COMMANDS -> end(r, ActionOutcome.Status.FAILED,
                    "the feed at " + feed + " takes no commands (" + reply.message() + ")", 0);
            case UNAUTHORIZED -> end(r, ActionOutcome.Status.FAILED,
                    "the feed at " + feed + " did not take the console's access token (" + reply.message() + ")", 0);
            case ERROR -> end(r, ActionOutcome.Status.FAILED,
                    "the feed server at " + feed + " answered " + reply.httpStatus() + ": " + reply.message(), 0);
            case UNREACHABLE -> end(r, ActionOutcome.Status.FAILED, reply.message(), 0);
            default -> end(r, ActionOutcome.Status.FAILED, "unexpected answer " + reply, 0);
        }
    }

    /** On the store writer's thread: hand over to ours. */
    private void onConfirmingEvent(Request r, FeedEvent e) {
        String message = "the feed shows " + Describe.wanted(r.action) + " at seq " + e.seq();
        try {
            executor.execute(() -> end(r, ActionOutcome.Status.CONFIRMED, message, e.seq()));
        } catch (RejectedExecutionException closing) {
            end(r, ActionOutcome.Status.CONFIRMED, message, e.seq());
        }
    }

    /** Ends an action once: logs it and completes its stage. */
    private void end(Request r, ActionOutcome.Status status, String message, long seq) {
        if (!r.ended.compareAndSet(false, true)) {
            return;
        }
        underWay.remove(r.id);
        ScheduledFuture<?> t = r.timeout;
        if (t != null) {
            t.cancel(false);
        }
        if (r.pending != null) {
            confirmations.cancel(r.pending);
        }
        ActionOutcome outcome = new ActionOutcome(r.action, status, message, seq);
        try {
            log.record(new LoggedAction(r.id, r.requestedMs, wallClock.getAsLong(), client.describe(), outcome));
        } catch (RuntimeException e) {
            LOG.error("the supervisor's action {} ended {} but could not be written to the log", r.id, status, e);
        }
        r.result.complete(outcome);
    }

    private static String seconds(long ms) {
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
    }

    /** Ends what is still under way as failed (the console is closing) and stops the background thread. */
    @Override
    public void close() {
        executor.shutdownNow();
        for (Request r : underWay.values()) {
            end(r, ActionOutcome.Status.FAILED, "the console closed before the outcome was known", 0);
        }
    }
}
