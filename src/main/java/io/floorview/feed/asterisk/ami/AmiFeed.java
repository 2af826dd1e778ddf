package io.floorview.feed.asterisk.ami;

import io.floorview.domain.event.FeedEvent;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.server.EventJournal;
import io.floorview.feed.server.FeedClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueueRemoveAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Asterisk Manager Interface as a feed source: logs in, asks for the queues' state (QueueStatus) and
 * takes the live events in, maps them onto the feed's vocabulary and publishes them to a journal with
 * consecutive seqs, from its own thread ({@code ami-feed}). When the connection drops it logs in again after
 * 0.5 s, doubling to 30 s, and asks for the state again. The feed is kept in a {@link FeedFile} so that a
 * restart goes on with the same feed id and the next seq. Supervisor actions go through the same connection.
 */
public final class AmiFeed implements AmiActions, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AmiFeed.class);
    private static final long TICK_MS = 250;
    private static final long PING_MS = 20_000;
    /** A connection silent this long (pings included) is taken as dead. */
    private static final int READ_TIMEOUT_MS = 65_000;
    private static final long ACTION_TIMEOUT_MS = 5_000;
    /** Events kept in the journal file (the newest ones). */
    static final int KEEP_EVENTS = 1_000_000;

    private final AmiEndpoint endpoint;
    private final EventJournal journal;
    private final Path journalPath;
    private final EventCodec codec = new EventCodec();
    private final List<FeedEvent> pending = new ArrayList<>();
    private final AmiMapper mapper;
    private final Backoff backoff;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ami-feed");
        t.setDaemon(true);
        return t;
    });
    private FeedFile file;
    private long lastSeq;
    private volatile ManagerConnection connection;
    private volatile boolean closed;

    /**
     * @param journalPath where the feed is kept across restarts
     */
    public AmiFeed(AmiEndpoint endpoint, EventJournal journal, Path journalPath) {
        this(endpoint, journal, journalPath, new Backoff(500, 30_000));
    }

    AmiFeed(AmiEndpoint endpoint, EventJournal journal, Path journalPath, Backoff backoff) {
        this.endpoint = endpoint;
        this.journal = journal;
        this.journalPath = journalPath;
        this.backoff = backoff;
        this.mapper = new AmiMapper(pending::add, endpoint::wrapUpSecOf);
    }

    /**
     * Opens the journal (going on with the feed it holds, or starting one), publishes what it holds, and
     * starts connecting in the background.
     *
     * @throws IllegalStateException when the journal is in use by another feed server or damaged
     */
    public void start() throws IOException {
        file = FeedFile.open(journalPath, endpoint.key(), FeedClock.SYSTEM.now(), KEEP_EVENTS, codec, stored -> {
            mapper.restore(stored.event());
            journal.appendEncoded(stored.event().seq(), stored.event().ts(),
                    stored.line().getBytes(StandardCharsets.UTF_8));
            lastSeq = stored.event().seq();
        });
        lastSeq = Math.max(lastSeq, file.lastSeq());
        thread.execute(guarded(this::connect));
        thread.scheduleWithFixedDelay(guarded(() -> {
            mapper.tick(FeedClock.SYSTEM.now());
            publish();
        }), TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        thread.scheduleWithFixedDelay(guarded(this::ping), PING_MS, PING_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * The feed's id: {@code ami:HOST:PORT:START-RANDOM}, START being when its journal was begun (UTC, e.g.
     * {@code ami:pbx1:5038:20261123T081503.120Z-3f9a}). It stays the same
     * across restarts while the journal is kept, and changes when it is lost, so that seqs never mean two
     * things to a console.
     */
    /** The state the feed last showed for {@code agent}, or {@code null} when it never showed the agent. */
    public io.floorview.domain.event.AgentState stateOf(String agent) {
        return mapper.visibleOf(agent).map(AgentTracker.Visible::state).orElse(null);
    }

    /** The queues the feed last showed {@code agent} serving (empty when none or unknown). */
    public java.util.List<String> queuesOf(String agent) {
        return mapper.visibleOf(agent).map(AgentTracker.Visible::queues).orElse(java.util.List.of());
    }

    public String feedId() {
        if (file == null) {
            throw new IllegalStateException("start the AMI feed first");
        }
        return file.feedId();
    }

    /** Whether the feed is logged in to Asterisk now. */
    public boolean connected() {
        return connection != null;
    }

    public AmiEndpoint endpoint() {
        return endpoint;
    }

    private void connect() {
        if (closed || connection != null) {
            return;
        }
        ManagerConnection c = new ManagerConnectionFactory(endpoint.host(), endpoint.port(), endpoint.user(),
                endpoint.secret()).createManagerConnection();
        c.setSocketReadTimeout(READ_TIMEOUT_MS);
        c.addEventListener(event -> {
            long received = FeedClock.SYSTEM.now();
            if (!closed) {
                thread.execute(guarded(() -> take(c, event, received)));
            }
        });
        try {
            c.login();
        } catch (AuthenticationFailedException e) {
            LOG.error("Asterisk at {} refused the manager login of '{}' ({}); check the user and secret in"
                    + " manager.conf", endpoint, endpoint.user(), e.getMessage());
            retryLater();
            return;
        } catch (IOException | TimeoutException | RuntimeException e) {
            LOG.warn("cannot reach the Asterisk Manager Interface at {}: {}", endpoint, e.getMessage());
            retryLater();
            return;
        }
        connection = c;
        backoff.reset();
        LOG.info("logged in to {} ({}, {}); asking for the queues' state", endpoint, c.getProtocolIdentifier(),
                c.getVersion());
        mapper.beginSync();
        try {
            c.sendAction(new QueueStatusAction(), response -> {
                if (response instanceof ManagerError) {
                    LOG.warn("Asterisk refused QueueStatus: {}", response.getMessage());
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot ask {} for the queues' state: {}", endpoint, e.getMessage());
        }
    }

    private void retryLater() {
        if (!closed) {
            long wait = backoff.next();
            LOG.info("connecting to {} again in {} ms", endpoint, wait);
            thread.schedule(guarded(this::connect), wait, TimeUnit.MILLISECONDS);
        }
    }

    private void take(ManagerConnection c, ManagerEvent event, long received) {
        if (c != connection) {
            return; // a connection given up already
        }
        if (event instanceof DisconnectEvent) {
            connection = null;
            stop(c);
            LOG.warn("lost the connection to {}; connecting again", endpoint);
            retryLater();
            return;
        }
        if (event instanceof ConnectEvent) {
            return;
        }
        mapper.on(ManagerEvents.toMessage(event, received));
        publish();
    }

    /** Numbers the events the mapping made, keeps them on disk, then serves them. */
    private void publish() {
        if (pending.isEmpty()) {
            return;
        }
        List<FeedEvent> numbered = new ArrayList<>(pending.size());
        List<byte[]> lines = new ArrayList<>(pending.size());
        long seq = lastSeq;
        for (FeedEvent e : pending) {
            FeedEvent n = e.withSeq(++seq);
            numbered.add(n);
            lines.add(codec.encode(n).getBytes(StandardCharsets.UTF_8));
        }
        pending.clear();
        file.append(lines, seq);
        for (int i = 0; i < numbered.size(); i++) {
            journal.appendEncoded(numbered.get(i).seq(), numbered.get(i).ts(), lines.get(i));
        }
        lastSeq = seq;
    }

    private void ping() {
        ManagerConnection c = connection;
        if (c != null) {
            try {
                c.sendAction(new PingAction(), null);
            } catch (IOException | RuntimeException e) {
                LOG.debug("ping to {} failed: {}", endpoint, e.getMessage());
            }
        }
    }

    @Override
    public ActionResult pause(String agent, String queue, String reason) {
        return send("pause", agent, queue, iface -> {
            QueuePauseAction a = new QueuePauseAction(iface, queue, Boolean.TRUE);
            a.setReason(reason);
            return a;
        });
    }

    @Override
    public ActionResult unpause(String agent, String queue) {
        return send("unpause", agent, queue, iface -> new QueuePauseAction(iface, queue, Boolean.FALSE));
    }

    @Override
    public ActionResult remove(String agent, String queue) {
        if (queue == null || queue.isBlank()) {
            return ActionResult.failed("say which queue to remove " + agent + " from");
        }
        return send("remove", agent, queue, iface -> {
            QueueRemoveAction a = new QueueRemoveAction();
            a.setQueue(queue);
            a.setInterface(iface);
            return a;
        });
    }

    private ActionResult send(String verb, String agent, String queue, Function<String, ManagerAction> action) {
        if (agent == null || agent.isBlank()) {
            return ActionResult.failed("say which agent to " + verb);
        }
        String iface = mapper.interfaceOf(agent).orElse(agent.contains("/") ? agent : null);
        if (iface == null) {
            return ActionResult.failed("Asterisk has not shown a queue member named '" + agent + "'");
        }
        ManagerConnection c = connection;
        if (c == null) {
            return ActionResult.failed("not connected to Asterisk at " + endpoint + "; try again when the feed is back");
        }
        String where = queue == null ? "" : " in " + queue;
        try {
            ManagerResponse r = c.sendAction(action.apply(iface), ACTION_TIMEOUT_MS);
            if (r == null || r instanceof ManagerError || !"Success".equalsIgnoreCase(r.getResponse())) {
                String why = r == null || r.getMessage() == null ? "no reason given" : r.getMessage();
                LOG.info("Asterisk refused to {} {}{}: {}", verb, agent, where, why);
                return ActionResult.failed("Asterisk refused to " + verb + " " + agent + where + ": " + why);
            }
            LOG.info("{} {}{}: {}", verb, agent, where, r.getMessage());
            return ActionResult.done(r.getMessage() == null ? verb + " done" : r.getMessage());
        } catch (TimeoutException e) {
            return ActionResult.failed("Asterisk did not answer the " + verb + " of " + agent + " within "
                    + ACTION_TIMEOUT_MS / 1000 + " s");
        } catch (IOException | RuntimeException e) {
            return ActionResult.failed("cannot " + verb + " " + agent + ": " + e.getMessage());
        }
    }

    private Runnable guarded(Runnable r) {
        return () -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.error("the AMI feed failed", e);
            }
        };
    }

    private static void stop(ManagerConnection c) {
        try {
            c.logoff(); // also ends asterisk-java's own reconnection loop: this feed reconnects with its backoff
        } catch (RuntimeException e) {
            LOG.debug("logoff: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        thread.shutdownNow();
        ManagerConnection c = connection;
        connection = null;
        if (c != null) {
            stop(c);
        }
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (file != null) {
            file.close();
        }
        journal.close();
    }
}
