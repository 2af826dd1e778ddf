package io.floorview.feed.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorview.feed.EventSource;
import io.floorview.feed.FeedSink;
import io.floorview.feed.protocol.BadLineException;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.protocol.FeedLine;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a feed server over HTTP: asks the server which feed it serves, resumes after the last seq the
 * console holds, streams, and reconnects with backoff when the stream drops or falls silent. A gap in seq
 * makes it re-request from the last good seq once; a gap the server itself has is then reported and passed.
 */
public final class HttpFeedSource implements EventSource {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFeedSource.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String token;
    private final int silenceTimeoutMs;
    private final EventCodec codec = new EventCodec();
    private volatile boolean running;
    private volatile HttpURLConnection current;
    private Thread thread;

    /**
     * @param base             the server, e.g. {@code http://127.0.0.1:7411}
     * @param token            the access token sent as a bearer token, or {@code null}
     * @param silenceTimeoutMs how long without any line (heartbeats included) before the stream is dead
     */
    public HttpFeedSource(URI base, String token, int silenceTimeoutMs) {
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        this.token = token;
        this.silenceTimeoutMs = silenceTimeoutMs;
    }

    public HttpFeedSource(URI base) {
        this(base, null, 15_000);
    }

    @Override
    public String describe() {
        return base.toString();
    }

    @Override
    public synchronized void start(ResumePoint resume, FeedSink sink) {
        if (running) {
            throw new IllegalStateException("already started");
        }
        running = true;
        thread = new Thread(() -> run(resume, sink), "feed-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(ResumePoint resume, FeedSink sink) {
        long backoffMs = 250;
        /* the seq a gap was last re-requested from, so that a gap the server itself has is re-requested once */
        long[] gapRetriedAt = {-1};
        while (running) {
            String reason;
            try {
                String feedId = feedId();
                long after = resume.lastSeq(feedId);
                if (stream(feedId, after, sink, gapRetriedAt)) {
                    backoffMs = 250;
                }
                reason = "the feed closed the stream";
            } catch (IOException | RuntimeException e) {
                reason = describe(e);
            }
            if (!running) {
                break;
            }
            LOG.info("feed {}: {}; trying again in {} ms", base, reason, backoffMs);
            sink.disconnected(reason);
            sleep(backoffMs);
            backoffMs = Math.min(10_000, backoffMs * 2);
        }
    }

    private static String describe(Exception e) {
        if (e instanceof java.net.ConnectException) {
            return "cannot connect (" + e.getMessage() + ")";
        }
        if (e instanceof java.net.SocketTimeoutException) {
            return "no data for too long";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private String feedId() throws IOException {
        HttpURLConnection c = open("/v1/health");
        try {
            int status = c.getResponseCode();
            if (status != 200) {
                throw new IOException("health check answered " + status + ": " + errorText(c));
            }
            try (InputStream in = c.getInputStream()) {
                JsonNode n = JSON.readTree(in);
                String id = n.path("feed").asText(null);
                int protocol = n.path("protocol").asInt(-1);
                if (id == null || id.isBlank()) {
                    throw new IOException("the server did not say which feed it serves");
                }
                if (protocol != EventCodec.PROTOCOL) {
                    throw new IOException("the server speaks feed protocol " + protocol + ", this console "
                            + EventCodec.PROTOCOL);
                }
                return id;
            }
        } finally {
            c.disconnect();
        }
    }

    /** Streams until the connection ends; true when it got as far as the hello line. */
    private boolean stream(String feedId, long after, FeedSink sink, long[] gapRetriedAt) throws IOException {
        HttpURLConnection c = open("/v1/events?after=" + after);
        current = c;
        try {
            int status = c.getResponseCode();
            if (status != 200) {
                throw new IOException("the feed answered " + status + ": " + errorText(c));
            }
            try (InputStream in = c.getInputStream()) {
                LineReader r = new LineReader(in, 1 << 16);
                FeedLine hello = r.next() ? decodeControl(r.text()) : null;
                if (!(hello instanceof FeedLine.Hello h)) {
                    throw new IOException("the stream did not start with a hello line");
                }
                if (!h.feed().equals(feedId)) {
                    throw new IOException("the server switched from feed " + feedId + " to " + h.feed());
                }
                sink.connected(h.feed(), h.lastSeq(), h.ts(), h.rate());
                long expected = after + 1;
                while (running && r.next()) {
                    if (r.blank()) {
                        continue;
                    }
                    long next = take(r, expected, sink, gapRetriedAt);
                    if (next < 0) {
                        return true; // re-request after a gap
                    }
                    expected = next;
                }
                return true;
            }
        } finally {
            current = null;
            c.disconnect();
        }
    }

    /** Handles one line; returns the next expected seq, or -1 to reconnect from the last good seq. */
    private long take(LineReader line, long expected, FeedSink sink, long[] gapRetriedAt) {
        FeedLine decoded;
        Long seq;
        try {
            decoded = codec.decode(line.array(), line.offset(), line.length());
            seq = decoded instanceof FeedLine.Event ev ? ev.event().seq() : null;
        } catch (BadLineException e) {
            decoded = null;
            seq = e.seq();
            if (seq == null) {
                sink.badLine(null, e.reason(), line.text());
                return expected;
            }
            if (seq < expected) {
                return expected;
            }
            if (seq > expected && gap(expected, seq, sink, gapRetriedAt)) {
                return -1;
            }
            sink.badLine(seq, e.reason(), line.text());
            return seq + 1;
        }
        if (decoded instanceof FeedLine.Heartbeat hb) {
            sink.heartbeat(hb.ts(), hb.lastSeq(), hb.rate());
            return expected;
        }
        if (!(decoded instanceof FeedLine.Event ev)) {
            return expected;
        }
        if (seq < expected) {
            return expected; // already delivered
        }
        if (seq > expected && gap(expected, seq, sink, gapRetriedAt)) {
            return -1;
        }
        sink.event(ev.event(), ev.raw());
        return seq + 1;
    }

    /** True to re-request from {@code expected - 1}; false when that was tried and the gap is real. */
    private boolean gap(long expected, long got, FeedSink sink, long[] gapRetriedAt) {
        if (gapRetriedAt[0] != expected) {
            gapRetriedAt[0] = expected;
            LOG.warn("feed {}: expected seq {} but got {}; asking again from {}", base, expected, got, expected - 1);
            return true;
        }
        String missing = got - expected == 1 ? "seq " + expected : "seqs " + expected + "–" + (got - 1);
        LOG.warn("feed {}: {} missing at the source, going on", base, missing);
        sink.badLine(null, "gap: " + missing + " never arrived (asked again once)", "");
        return false;
    }

    private FeedLine decodeControl(String line) {
        try {
            return codec.decode(line);
        } catch (BadLineException e) {
            return null;
        }
    }

    private HttpURLConnection open(String pathAndQuery) throws IOException {
        URL url = URI.create(base + pathAndQuery).toURL();
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        c.setConnectTimeout(5_000);
        c.setReadTimeout(silenceTimeoutMs);
        c.setUseCaches(false);
        c.setRequestProperty("Accept", "application/x-ndjson, application/json");
        if (token != null) {
            c.setRequestProperty("Authorization", "Bearer " + token);
        }
        return c;
    }

    private static String errorText(HttpURLConnection c) {
        try (InputStream err = c.getErrorStream()) {
            if (err == null) {
                return c.getResponseMessage();
            }
            JsonNode n = JSON.readTree(err);
            return n.path("error").asText(c.getResponseMessage());
        } catch (IOException e) {
            return "(no detail)";
        }
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        HttpURLConnection c = current;
        if (c != null) {
            c.disconnect();
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
