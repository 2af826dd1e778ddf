package io.floorview.feed.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorview.domain.event.FeedEvent.AgentLoggedOut;
import io.floorview.feed.client.CommandClient;
import io.floorview.feed.client.CommandReply;
import io.floorview.feed.protocol.AgentCommand;
import io.floorview.feed.protocol.CommandType;
import io.floorview.feed.protocol.EventCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Supervisors' commands, from the console's client to the feed server's source, over loopback. */
class FeedServerCommandsTest {

    private static final long T0 = 1_795_000_000_000L;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final EventJournal journal = new EventJournal(new EventCodec(), 1000);

    /** A source with three agents: a1 ready, a2 on a call, a3 logged out. Its events show what it did. */
    private final class Floor implements CommandHandler {
        final Map<String, String> states = new ConcurrentHashMap<>(Map.of("a1", "ready", "a2", "on_call",
                "a3", "logged_out"));
        final List<AgentCommand> executed = new CopyOnWriteArrayList<>();
        Set<CommandType> supported = EnumSet.allOf(CommandType.class);

        @Override
        public synchronized CommandResult execute(AgentCommand c) {
            executed.add(c);
            String state = states.get(c.agent());
            if (state == null) {
                return CommandResult.invalid("no agent " + c.agent() + " on this floor");
            }
            if (state.equals("on_call")) {
                return CommandResult.conflict("agent " + c.agent() + " is on a call");
            }
            states.put(c.agent(), "logged_out");
            journal.append(new AgentLoggedOut(journal.lastSeq() + 1, T0, c.agent(), c.id()));
            return CommandResult.accepted();
        }

        @Override
        public Set<CommandType> supported() {
            return supported;
        }
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private FeedServer serve(CommandHandler handler, String token) throws IOException {
        FeedServer s = new FeedServer("test-feed", "test", journal, FeedClock.SYSTEM,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100, token, handler);
        s.start();
        open.add(s);
        return s;
    }

    private static AgentCommand logOut(String id, String agent) {
        return new AgentCommand(id, CommandType.LOG_OUT, agent, null, "maria");
    }

    @Test
    void anAcceptedCommandIsCarriedOutAndSaysAfterWhichSeqItsEventComes() throws Exception {
        journal.append(new AgentLoggedOut(1, T0, "a9"));
        Floor floor = new Floor();
        FeedServer server = serve(floor, null);
        CommandReply reply = new CommandClient(server.baseUri(), null).send(logOut("k-1", "a1"));

        assertThat(reply.kind()).isEqualTo(CommandReply.Kind.ACCEPTED);
        assertThat(reply.httpStatus()).isEqualTo(202);
        assertThat(reply.lastSeq()).isEqualTo(1);
        assertThat(floor.executed).containsExactly(logOut("k-1", "a1"));
        assertThat(floor.states.get("a1")).isEqualTo("logged_out");
    }

    @Test
    void aRefusalCarriesTheSourcesReason() throws Exception {
        FeedServer server = serve(new Floor(), null);
        CommandClient client = new CommandClient(server.baseUri(), null);

        CommandReply onCall = client.send(logOut("k-2", "a2"));
        assertThat(onCall.kind()).isEqualTo(CommandReply.Kind.REFUSED);
        assertThat(onCall.httpStatus()).isEqualTo(409);
        assertThat(onCall.message()).isEqualTo("agent a2 is on a call");

        CommandReply unknown = client.send(logOut("k-3", "a404"));
        assertThat(unknown.kind()).isEqualTo(CommandReply.Kind.REFUSED);
        assertThat(unknown.httpStatus()).isEqualTo(422);
        assertThat(unknown.message()).isEqualTo("no agent a404 on this floor");
    }

    @Test
    void aRetriedCommandIsCarriedOutOnceAndGetsTheSameAnswer() throws Exception {
        Floor floor = new Floor();
        FeedServer server = serve(floor, null);
        CommandClient client = new CommandClient(server.baseUri(), null);

        CommandReply first = client.send(logOut("k-4", "a1"));
        CommandReply again = client.send(logOut("k-4", "a1"));
        assertThat(again).isEqualTo(first);
        assertThat(first.isAccepted()).isTrue();
        assertThat(floor.executed).hasSize(1);
        assertThat(journal.lastSeq()).as("one logout on the feed").isEqualTo(1);

        CommandReply refusedTwice = client.send(logOut("k-5", "a2"));
        assertThat(client.send(logOut("k-5", "a2"))).isEqualTo(refusedTwice);
        assertThat(floor.executed).hasSize(2);

        CommandReply reused = client.send(new AgentCommand("k-4", CommandType.SET_NOT_READY, "a1", "break", "maria"));
        assertThat(reused.httpStatus()).isEqualTo(409);
        assertThat(reused.message()).contains("command id k-4 was already used for another command");
        assertThat(floor.executed).hasSize(2);
    }

    @Test
    void withATokenACommandWithoutItIsRefusedAndNotCarriedOut() throws Exception {
        Floor floor = new Floor();
        FeedServer server = serve(floor, "s3cret");

        CommandReply without = new CommandClient(server.baseUri(), null).send(logOut("k-6", "a1"));
        assertThat(without.kind()).isEqualTo(CommandReply.Kind.UNAUTHORIZED);
        assertThat(without.httpStatus()).isEqualTo(401);
        assertThat(without.message()).contains("access token");
        assertThat(new CommandClient(server.baseUri(), "wrong").send(logOut("k-6", "a1")).httpStatus())
                .isEqualTo(401);
        assertThat(floor.executed).isEmpty();

        assertThat(new CommandClient(server.baseUri(), "s3cret").send(logOut("k-6", "a1")).isAccepted()).isTrue();
    }

    @Test
    void aServerWhoseSourceTakesNoCommandsSaysSo() throws Exception {
        FeedServer server = serve(null, null);
        CommandReply reply = new CommandClient(server.baseUri(), null).send(logOut("k-7", "a1"));
        assertThat(reply.kind()).isEqualTo(CommandReply.Kind.NO_COMMANDS);
        assertThat(reply.httpStatus()).isEqualTo(404);
        assertThat(reply.message()).isEqualTo("this feed's source (test) takes no commands");
        assertThat(health(server).get("commands")).isEmpty();
    }

    @Test
    void aCommandTheSourceCannotDoIsRefusedBeforeReachingIt() throws Exception {
        Floor floor = new Floor();
        floor.supported = EnumSet.of(CommandType.SET_NOT_READY, CommandType.SET_READY);
        FeedServer server = serve(floor, null);
        CommandReply reply = new CommandClient(server.baseUri(), null).send(logOut("k-8", "a1"));
        assertThat(reply.httpStatus()).isEqualTo(422);
        assertThat(reply.message()).isEqualTo("this feed's source (test) cannot do agent.log_out");
        assertThat(floor.executed).isEmpty();
        assertThat(health(server).get("commands").toString())
                .isEqualTo("[\"agent.set_ready\",\"agent.set_not_ready\"]");
    }

    @Test
    void aMalformedCommandGetsItsReason() throws Exception {
        Floor floor = new Floor();
        FeedServer server = serve(floor, null);
        assertThat(post(server.baseUri(), "{\"id\":\"k\",\"type\":\"agent.set_ready\",\"by\":\"maria\"}"))
                .isEqualTo("400 {\"error\":\"missing field 'agent'\"}");
        assertThat(post(server.baseUri(), "{\"id\":\"k\",\"type\":\"agent.set_not_ready\",\"agent\":\"a1\",\"by\":\"m\"}"))
                .startsWith("400 {\"error\":\"agent.set_not_ready needs a 'reason'");
        assertThat(post(server.baseUri(), "{\"id\":\"k\",\"type\":\"agent.teleport\",\"agent\":\"a1\",\"by\":\"m\"}"))
                .startsWith("422 {\"error\":\"unknown command type 'agent.teleport'");
        assertThat(post(server.baseUri(), "log out a1 please")).isEqualTo("400 {\"error\":\"the body is not valid JSON\"}");
        assertThat(floor.executed).isEmpty();
    }

    @Test
    void aServerThatCannotBeReachedIsSaidSo() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        CommandReply reply = new CommandClient(URI.create("http://127.0.0.1:" + closedPort), null, 2_000, 10)
                .send(logOut("k-9", "a1"));
        assertThat(reply.kind()).isEqualTo(CommandReply.Kind.UNREACHABLE);
        assertThat(reply.message()).startsWith("cannot reach the feed server at http://127.0.0.1:" + closedPort);
    }

    private static JsonNode health(FeedServer server) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(server.baseUri() + "/v1/health").toURL().openConnection();
        return new ObjectMapper().readTree(c.getInputStream());
    }

    private static String post(URI base, String body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(base + "/v1/commands").toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        try (OutputStream out = c.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        int status = c.getResponseCode();
        String text = new String((status < 400 ? c.getInputStream() : c.getErrorStream()).readAllBytes(),
                StandardCharsets.UTF_8);
        return status + " " + text;
    }
}
