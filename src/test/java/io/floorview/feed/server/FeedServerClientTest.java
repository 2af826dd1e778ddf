package io.floorview.feed.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedOut;
import io.floorview.feed.RecordingSink;
import io.floorview.feed.client.HttpFeedSource;
import io.floorview.feed.protocol.EventCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The feed server and client against each other over loopback. */
class FeedServerClientTest {

    private static final long T0 = 1_795_000_000_000L;
    private final EventCodec codec = new EventCodec();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private static FeedEvent event(long seq) {
        return new AgentLoggedOut(seq, T0 + seq * 1000, "a" + seq);
    }

    private EventJournal journalWith(long n) {
        EventJournal j = new EventJournal(codec, 1_000_000);
        for (long s = 1; s <= n; s++) {
            j.append(event(s));
        }
        return j;
    }

    private FeedServer serve(EventJournal journal, int port, String token) throws IOException {
        FeedServer s = new FeedServer("test-feed", "test", journal, FeedClock.SYSTEM,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100, token);
        s.start();
        open.add(s);
        return s;
    }

    private HttpFeedSource client(URI base, String token) {
        HttpFeedSource c = new HttpFeedSource(base, token, 2_000);
        open.add(c);
        return c;
    }

    @Test
    void streamsTheHistoryThenLiveEventsOnTheSameResponse() throws Exception {
        EventJournal journal = journalWith(100);
        FeedServer server = serve(journal, 0, null);
        RecordingSink sink = new RecordingSink();
        client(server.baseUri(), null).start(feed -> 0, sink);
        assertThat(sink.await(() -> sink.events().size() == 100, 10)).isTrue();
        for (long s = 101; s <= 150; s++) {
            journal.append(event(s));
        }
        assertThat(sink.await(() -> sink.events().size() == 150, 10)).isTrue();
        assertThat(sink.seqs()).containsExactlyElementsOf(LongStream.rangeClosed(1, 150).boxed().toList());
        assertThat(sink.events().get(41)).isEqualTo(event(42));
        assertThat(sink.connects()).containsExactly("test-feed");
        assertThat(sink.bad()).isEmpty();
        assertThat(sink.await(() -> sink.heartbeats() >= 2, 5)).as("heartbeats while idle").isTrue();
    }

    @Test
    void resumesAfterTheSeqTheConsoleHolds() throws Exception {
        FeedServer server = serve(journalWith(100), 0, null);
        RecordingSink sink = new RecordingSink();
        client(server.baseUri(), null).start(feed -> feed.equals("test-feed") ? 60 : 0, sink);
        assertThat(sink.await(() -> sink.events().size() == 40, 10)).isTrue();
        assertThat(sink.seqs().get(0)).isEqualTo(61);
    }

    @Test
    void reconnectsAfterTheServerGoesAwayAndMissesNothing() throws Exception {
        EventJournal journal = journalWith(50);
        FeedServer first = serve(journal, 0, null);
        int port = first.port();
        RecordingSink sink = new RecordingSink();
        client(first.baseUri(), null).start(feed -> sink.lastSeq(), sink);
        assertThat(sink.await(() -> sink.events().size() == 50, 10)).isTrue();
        first.close();
        for (long s = 51; s <= 80; s++) {
            journal.append(event(s));
        }
        assertThat(sink.await(() -> !sink.disconnects().isEmpty(), 10)).isTrue();
        serve(journal, port, null);
        assertThat(sink.await(() -> sink.events().size() == 80, 15)).isTrue();
        assertThat(sink.seqs()).containsExactlyElementsOf(LongStream.rangeClosed(1, 80).boxed().toList());
        assertThat(sink.connects()).hasSize(2);
    }

    /** A scripted server: each request to /v1/events gets the next script's lines. */
    private URI scripted(List<List<String>> scripts, List<String> requests) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        AtomicInteger n = new AtomicInteger();
        http.createContext("/v1/health", ex -> {
            byte[] b = "{\"status\":\"ok\",\"feed\":\"scripted\",\"protocol\":1}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        http.createContext("/v1/events", ex -> {
            requests.add(ex.getRequestURI().getQuery());
            List<String> lines = scripts.get(Math.min(n.getAndIncrement(), scripts.size() - 1));
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write((codec.encodeHello("scripted", 9, T0, 1) + "\n").getBytes(StandardCharsets.UTF_8));
                for (String l : lines) {
                    out.write((l + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        });
        http.start();
        open.add(() -> http.stop(0));
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    private String line(long seq) {
        return codec.encode(event(seq));
    }

    @Test
    void aGapMakesTheClientAskAgainFromTheLastGoodSeq() throws Exception {
        List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
        URI base = scripted(List.of(List.of(line(1), line(2), line(4)), List.of(line(3), line(4), line(5))), requests);
        RecordingSink sink = new RecordingSink();
        client(base, null).start(feed -> sink.lastSeq(), sink);
        assertThat(sink.await(() -> sink.events().size() == 5, 10)).isTrue();
        assertThat(sink.seqs()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(requests).startsWith("after=0", "after=2");
        assertThat(sink.bad()).isEmpty();
    }

    @Test
    void aGapTheServerItselfHasIsReportedOnceAndPassed() throws Exception {
        List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> withGap = List.of(line(1), line(2), line(4), line(5));
        URI base = scripted(List.of(withGap, List.of(line(4), line(5))), requests);
        RecordingSink sink = new RecordingSink();
        client(base, null).start(feed -> sink.lastSeq(), sink);
        assertThat(sink.await(() -> sink.events().size() == 4, 10)).isTrue();
        assertThat(sink.seqs()).containsExactly(1L, 2L, 4L, 5L);
        assertThat(sink.bad()).singleElement().satisfies(b -> assertThat(b.reason()).contains("seq 3"));
        assertThat(requests).startsWith("after=0", "after=2");
    }

    @Test
    void badLinesAreSetAsideAndTheStreamGoesOn() throws Exception {
        List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
        URI base = scripted(List.of(List.of(line(1), "{this is not json",
                "{\"seq\":2,\"ts\":\"2026-11-23T09:00:00.000Z\",\"type\":\"call.teleported\"}",
                "{\"seq\":3,\"ts\":\"2026-11-23T09:00:00.000Z\",\"type\":\"agent.logged_out\",\"agent\":42}",
                line(4))), requests);
        RecordingSink sink = new RecordingSink();
        client(base, null).start(feed -> sink.lastSeq(), sink);
        assertThat(sink.await(() -> sink.events().size() == 2 && sink.bad().size() == 3, 10)).isTrue();
        assertThat(sink.seqs()).containsExactly(1L, 4L);
        assertThat(sink.bad()).extracting(RecordingSink.Bad::seq).containsExactly(null, 2L, 3L);
        assertThat(sink.bad().get(0).raw()).isEqualTo("{this is not json");
        assertThat(sink.bad().get(1).reason()).contains("unknown type 'call.teleported'");
        assertThat(sink.bad().get(2).reason()).contains("field 'agent' must be a string");
    }

    private static HttpURLConnection get(URI base, String path, String token) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        c.setReadTimeout(5_000);
        if (token != null) {
            c.setRequestProperty("Authorization", "Bearer " + token);
        }
        return c;
    }

    @Test
    void healthSaysWhichFeedAndHowFarItIs() throws Exception {
        FeedServer server = serve(journalWith(7), 0, null);
        HttpURLConnection c = get(server.baseUri(), "/v1/health", null);
        assertThat(c.getResponseCode()).isEqualTo(200);
        JsonNode n = new ObjectMapper().readTree(c.getInputStream());
        assertThat(n.get("feed").asText()).isEqualTo("test-feed");
        assertThat(n.get("lastSeq").asLong()).isEqualTo(7);
        assertThat(n.get("protocol").asInt()).isEqualTo(1);
    }

    @Test
    void badRequestsGetAReason() throws Exception {
        FeedServer server = serve(journalWith(1), 0, null);
        HttpURLConnection c = get(server.baseUri(), "/v1/events?after=yesterday", null);
        assertThat(c.getResponseCode()).isEqualTo(400);
        assertThat(new String(c.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("'after' must be a whole number");
        assertThat(get(server.baseUri(), "/v2/everything", null).getResponseCode()).isEqualTo(404);
    }

    @Test
    void aFeedWithATokenRefusesClientsWithoutIt() throws Exception {
        FeedServer server = serve(journalWith(3), 0, "s3cret");
        assertThat(get(server.baseUri(), "/v1/health", null).getResponseCode()).isEqualTo(401);
        assertThat(get(server.baseUri(), "/v1/health", "wrong").getResponseCode()).isEqualTo(401);
        assertThat(get(server.baseUri(), "/v1/health", "s3cret").getResponseCode()).isEqualTo(200);

        RecordingSink refused = new RecordingSink();
        client(server.baseUri(), "wrong").start(feed -> 0, refused);
        assertThat(refused.await(() -> !refused.disconnects().isEmpty(), 10)).isTrue();
        assertThat(refused.disconnects().get(0)).contains("401");

        RecordingSink sink = new RecordingSink();
        client(server.baseUri(), "s3cret").start(feed -> 0, sink);
        assertThat(sink.await(() -> sink.events().size() == 3, 10)).isTrue();
    }

    @Test
    void anIpv6ServersUrlHasItsAddressInBrackets() throws Exception {
        InetAddress v6 = InetAddress.getByName("::1");
        FeedServer server;
        try {
            server = new FeedServer("test-feed", "test", journalWith(1), FeedClock.SYSTEM,
                    new InetSocketAddress(v6, 0), 100, null);
        } catch (java.net.SocketException e) {
            org.junit.jupiter.api.Assumptions.abort("no IPv6 loopback here: " + e.getMessage());
            return;
        }
        server.start();
        open.add(server);
        assertThat(server.baseUri().getHost()).startsWith("[").endsWith("]");
        assertThat(server.baseUri().getPort()).isEqualTo(server.port());
        assertThat(get(server.baseUri(), "/v1/health", null).getResponseCode()).isEqualTo(200);
    }

    @Test
    void theSchemeNameIsCaseInsensitiveButTheTokenIsExact() throws Exception {
        FeedServer server = serve(journalWith(1), 0, "s3cret");
        for (String scheme : List.of("Bearer", "bearer", "BEARER", "bEaReR")) {
            assertThat(withAuthorization(server.baseUri(), scheme + " s3cret").getResponseCode())
                    .as(scheme).isEqualTo(200);
        }
        assertThat(withAuthorization(server.baseUri(), "bearer S3CRET").getResponseCode()).isEqualTo(401);
        assertThat(withAuthorization(server.baseUri(), "Basic s3cret").getResponseCode()).isEqualTo(401);
        assertThat(withAuthorization(server.baseUri(), "bearers3cret").getResponseCode()).isEqualTo(401);
    }

    private static HttpURLConnection withAuthorization(URI base, String authorization) throws IOException {
        HttpURLConnection c = get(base, "/v1/health", null);
        c.setRequestProperty("Authorization", authorization);
        return c;
    }

    @Test
    void historyNoLongerKeptIsGoneNotSilentlySkipped() throws Exception {
        EventJournal small = new EventJournal(codec, 10);
        for (long s = 1; s <= 30; s++) {
            small.append(event(s));
        }
        FeedServer server = serve(small, 0, null);
        HttpURLConnection c = get(server.baseUri(), "/v1/events?after=0", null);
        assertThat(c.getResponseCode()).isEqualTo(410);
        assertThat(small.firstSeq()).isGreaterThan(1);
    }
}
