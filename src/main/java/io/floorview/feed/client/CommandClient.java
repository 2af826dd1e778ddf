package io.floorview.feed.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorview.feed.protocol.AgentCommand;
import io.floorview.feed.protocol.CommandCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends supervisors' commands to a feed server ({@code POST /v1/commands}) with the same access token as the
 * event stream. When no answer comes, it sends the same command (same id) once more: the server carries out a
 * command id once, so a retry never acts twice. Blocking; call it off the FX thread. Thread-safe.
 */
public final class CommandClient {

    private static final Logger LOG = LoggerFactory.getLogger(CommandClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String token;
    private final int timeoutMs;
    private final long retryDelayMs;
    private final CommandCodec codec = new CommandCodec();

    /**
     * @param base      the feed server, e.g. {@code http://127.0.0.1:7411}
     * @param token     the access token sent as a bearer token, or {@code null}
     * @param timeoutMs how long to wait to connect, and then for the answer
     */
    public CommandClient(URI base, String token, int timeoutMs, long retryDelayMs) {
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        this.token = token;
        this.timeoutMs = timeoutMs;
        this.retryDelayMs = retryDelayMs;
    }

    public CommandClient(URI base, String token) {
        this(base, token, 10_000, 500);
    }

    /** The server, for people: {@code http://127.0.0.1:7411}. */
    public String describe() {
        return base.toString();
    }

    /** Sends {@code command} and says how the server answered; never throws for a network or server problem. */
    public CommandReply send(AgentCommand command) {
        byte[] body = codec.encode(command).getBytes(StandardCharsets.UTF_8);
        IOException first;
        try {
            return post(body);
        } catch (IOException e) {
            first = e;
        }
        LOG.info("command {} to {}: {}; sending it again", command.id(), base, describe(first));
        try {
            Thread.sleep(retryDelayMs);
            return post(body);
        } catch (IOException e) {
            return new CommandReply(CommandReply.Kind.UNREACHABLE, 0, describe(e), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CommandReply(CommandReply.Kind.UNREACHABLE, 0, describe(first), -1);
        }
    }

    private CommandReply post(byte[] body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(base + "/v1/commands").toURL().openConnection();
        try {
            c.setConnectTimeout(timeoutMs);
            c.setReadTimeout(timeoutMs);
            c.setUseCaches(false);
            c.setDoOutput(true);
            c.setRequestMethod("POST");
            c.setRequestProperty("Content-Type", "application/json; charset=utf-8");
            c.setRequestProperty("Accept", "application/json");
            if (token != null) {
                c.setRequestProperty("Authorization", "Bearer " + token);
            }
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
            int status = c.getResponseCode();
            JsonNode answer = readJson(status < 400 ? c.getInputStream() : c.getErrorStream());
            String error = answer.path("error").asText(null);
            if (error == null) {
                error = status + " " + c.getResponseMessage();
            }
            return switch (status) {
                case 202, 200 -> new CommandReply(CommandReply.Kind.ACCEPTED, status, null,
                        answer.path("lastSeq").asLong(-1));
                case 409, 422 -> new CommandReply(CommandReply.Kind.REFUSED, status, error, -1);
                case 404 -> new CommandReply(CommandReply.Kind.NO_COMMANDS, status, error, -1);
                case 401, 403 -> new CommandReply(CommandReply.Kind.UNAUTHORIZED, status, error, -1);
                default -> new CommandReply(CommandReply.Kind.ERROR, status, error, -1);
            };
        } finally {
            c.disconnect();
        }
    }

    private static JsonNode readJson(InputStream in) {
        if (in == null) {
            return JSON.missingNode();
        }
        try (in) {
            JsonNode n = JSON.readTree(in);
            return n == null ? JSON.missingNode() : n;
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "cannot reach the feed server at " + base + " (" + e.getMessage() + ")";
        }
        if (e instanceof SocketTimeoutException) {
            return "the feed server at " + base + " did not answer within " + timeoutMs / 1000.0 + " s";
        }
        return "the connection to the feed server at " + base + " failed ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
    }
}
