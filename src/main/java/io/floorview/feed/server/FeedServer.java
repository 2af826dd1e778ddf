package io.floorview.feed.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.protocol.IsoTime;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a feed over HTTP (protocol v1): {@code GET /v1/events?after=SEQ} streams the history after SEQ,
 * then live events on the same response, with heartbeats when idle; {@code GET /v1/health} says how the
 * feed is; {@code POST /v1/commands} hands supervisors' commands to the source when it takes any. Binds to
 * loopback unless told otherwise.
 */
public final class FeedServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedServer.class);
    private static final byte[] NL = {'\n'};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String feedId;
    private final String sourceName;
    private final EventJournal journal;
    private final FeedClock clock;
    private final long heartbeatMs;
    private final EventCodec codec = new EventCodec();
    private final HttpServer http;
    private final ExecutorService executor;
    private final AtomicInteger clients = new AtomicInteger();
    private final byte[] token;
    private final CommandEndpoint commands;
    private volatile boolean closing;

    /**
     * @param bind        the address to listen on; port 0 picks a free one
     * @param heartbeatMs the longest silence on a stream before a heartbeat line
     * @param token       the access token clients must send as a bearer token, or {@code null} for none
     */
    public FeedServer(String feedId, String sourceName, EventJournal journal, FeedClock clock,
                      InetSocketAddress bind, long heartbeatMs, String token) throws IOException {
        this(feedId, sourceName, journal, clock, bind, heartbeatMs, token, null);
    }

    /**
     * @param commands the source's handler of supervisors' commands, or {@code null} when it takes none
     *                 ({@code POST /v1/commands} then answers 404 and says so)
     */
    public FeedServer(String feedId, String sourceName, EventJournal journal, FeedClock clock,
                      InetSocketAddress bind, long heartbeatMs, String token, CommandHandler commands)
            throws IOException {
        this(feedId, sourceName, journal, clock, bind, heartbeatMs, token, commands, null);
    }

    /** @param tls serves HTTPS with this context (see {@link Tls#server}), or plain HTTP when {@code null} */
    public FeedServer(String feedId, String sourceName, EventJournal journal, FeedClock clock,
                      InetSocketAddress bind, long heartbeatMs, String token, CommandHandler commands,
                      javax.net.ssl.SSLContext tls) throws IOException {
        this.commands = new CommandEndpoint(commands, sourceName, journal);
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
        this.feedId = feedId;
        this.sourceName = sourceName;
        this.journal = journal;
        this.clock = clock;
        this.heartbeatMs = heartbeatMs;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "feed-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        if (tls == null) {
            this.http = HttpServer.create(bind, 64);
        } else {
            com.sun.net.httpserver.HttpsServer https = com.sun.net.httpserver.HttpsServer.create(bind, 64);
            https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls));
            this.http = https;
        }
        http.setExecutor(executor);
        http.createContext("/v1/events", guarded(this::events));
        http.createContext("/v1/health", guarded(this::health));
        http.createContext("/v1/commands", guarded(this.commands::handle));
        http.createContext("/", ex -> reply(ex, 404, error("no such endpoint: " + ex.getRequestURI().getPath()
                + " (try /v1/events?after=0 or /v1/health)")));
    }

    private com.sun.net.httpserver.HttpHandler guarded(com.sun.net.httpserver.HttpHandler handler) {
        return ex -> {
            if (token != null && !authorized(ex.getRequestHeaders().getFirst("Authorization"))) {
                LOG.warn("refused {} {} from {}: wrong or missing access token", ex.getRequestMethod(),
                        ex.getRequestURI().getPath(), ex.getRemoteAddress());
                ex.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"floorview\"");
                reply(ex, 401, error("this feed needs an access token (Authorization: Bearer …)"));
                return;
            }
            handler.handle(ex);
        };
    }

    /**
     * Whether {@code header} carries this feed's token. The scheme name is case-insensitive (RFC 7235 §2.1:
     * "bearer" and "BEARER" are "Bearer"); the token itself must match exactly, compared in constant time.
     */
    private boolean authorized(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return java.security.MessageDigest.isEqual(given, token);
    }

    public void start() {
        http.start();
        LOG.info("feed {} served at {}/v1/events", feedId, baseUri());
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return http.getAddress();
    }

    public String feedId() {
        return feedId;
    }

    /** The base URL of this server, e.g. {@code http://127.0.0.1:7411} or {@code http://[::1]:7411}. */
    public URI baseUri() {
        String host = address().getAddress().isAnyLocalAddress() ? "127.0.0.1" : address().getHostString();
        if (host.contains(":")) {
            host = "[" + host.replace("%", "%25") + "]";
        }
        String scheme = http instanceof com.sun.net.httpserver.HttpsServer ? "https" : "http";
        return URI.create(scheme + "://" + host + ":" + port());
    }

    private void health(HttpExchange ex) throws IOException {
        if (!"GET".equals(ex.getRequestMethod())) {
            reply(ex, 405, error("use GET"));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("feed", feedId);
        body.put("protocol", EventCodec.PROTOCOL);
        body.put("source", sourceName);
        body.put("firstSeq", journal.firstSeq());
        body.put("lastSeq", journal.lastSeq());
        body.put("ts", IsoTime.format(clock.now()));
        body.put("rate", clock.rate());
        body.put("clients", clients.get());
        body.put("commands", commands.supported());
        reply(ex, 200, json(body));
    }

    private void events(HttpExchange ex) throws IOException {
        if (!"GET".equals(ex.getRequestMethod())) {
            reply(ex, 405, error("use GET"));
            return;
        }
        long after;
        try {
            after = parseAfter(ex.getRequestURI().getRawQuery());
        } catch (IllegalArgumentException e) {
            reply(ex, 400, error(e.getMessage()));
            return;
        }
        if (after + 1 < journal.firstSeq() && journal.lastSeq() > after) {
            reply(ex, 410, error("the feed keeps events from seq " + journal.firstSeq() + " on; older ones are gone"));
            return;
        }
        ex.getResponseHeaders().add("Content-Type", "application/x-ndjson; charset=utf-8");
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        clients.incrementAndGet();
        String peer = String.valueOf(ex.getRemoteAddress());
        LOG.info("stream opened for {} after seq {}", peer, after);
        try (OutputStream out = new BufferedOutputStream(ex.getResponseBody(), 1 << 16)) {
            line(out, codec.encodeHello(feedId, journal.lastSeq(), clock.now(), clock.rate()));
            out.flush();
            long cursor = after;
            while (!closing) {
                List<byte[]> lines = journal.after(cursor, 8192, heartbeatMs);
                if (lines.isEmpty()) {
                    if (journal.isClosed()) {
                        break;
                    }
                    line(out, codec.encodeHeartbeat(cursor, clock.now(), clock.rate()));
                    out.flush();
                    continue;
                }
                for (byte[] l : lines) {
                    out.write(l);
                    out.write(NL);
                }
                cursor += lines.size();
                if (cursor >= journal.lastSeq()) {
                    out.flush();
                }
            }
        } catch (EventJournal.HistoryGoneException e) {
            LOG.warn("stream for {} ended: {}", peer, e.getMessage());
        } catch (IOException e) {
            LOG.info("stream for {} closed: {}", peer, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.decrementAndGet();
            ex.close();
        }
    }

    static long parseAfter(String query) {
        Map<String, String> params = Query.parse(query);
        String v = params.get("after");
        if (v == null) {
            return 0;
        }
        try {
            long after = Long.parseLong(v);
            if (after < 0) {
                throw new IllegalArgumentException("'after' must be 0 or a positive seq, not " + v);
            }
            return after;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'after' must be a whole number, not '" + v + "'");
        }
    }

    private static void line(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.write(NL);
    }

    static String error(String message) {
        return json(Map.of("error", message));
    }

    static String json(Map<String, ?> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void reply(HttpExchange ex, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        closing = true;
        http.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
