package io.floorview.feed.server;

import com.sun.net.httpserver.HttpExchange;
import io.floorview.feed.protocol.AgentCommand;
import io.floorview.feed.protocol.BadCommandException;
import io.floorview.feed.protocol.CommandCodec;
import io.floorview.feed.protocol.CommandType;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/commands}: checks a supervisor's command, hands it to the source once per command id, and
 * answers 202 with the last seq before it was carried out, or why not (400, 404, 409, 413, 422, 502).
 */
final class CommandEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(CommandEndpoint.class);
    static final int MAX_BODY = 16 * 1024;

    private final CommandHandler handler;
    private final String sourceName;
    private final EventJournal journal;
    private final CommandCodec codec = new CommandCodec();
    private final CommandLedger ledger = new CommandLedger(10_000, 30_000);

    /** @param handler the source's handler, or {@code null} when the source takes no commands */
    CommandEndpoint(CommandHandler handler, String sourceName, EventJournal journal) {
        this.handler = handler;
        this.sourceName = sourceName;
        this.journal = journal;
    }

    /** The wire names of the commands the source takes, for the health answer; empty when it takes none. */
    List<String> supported() {
        if (handler == null) {
            return List.of();
        }
        return handler.supported().stream().sorted().map(CommandType::wire).toList();
    }

    void handle(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            ex.getResponseHeaders().add("Allow", "POST");
            FeedServer.reply(ex, 405, FeedServer.error("use POST with a JSON command"));
            return;
        }
        if (handler == null) {
            FeedServer.reply(ex, 404, FeedServer.error("this feed's source (" + sourceName + ") takes no commands"));
            return;
        }
        byte[] body = readBody(ex);
        if (body == null) {
            FeedServer.reply(ex, 413, FeedServer.error("a command is at most " + MAX_BODY + " bytes"));
            return;
        }
        AgentCommand command;
        try {
            command = codec.decode(body);
        } catch (BadCommandException e) {
            int status = e.kind() == BadCommandException.Kind.MALFORMED ? 400 : 422;
            FeedServer.reply(ex, status, FeedServer.error(e.reason()));
            return;
        }
        if (!handler.supported().contains(command.type())) {
            FeedServer.reply(ex, 422, refusal(command, "this feed's source (" + sourceName + ") cannot do "
                    + command.type().wire()));
            return;
        }
        String peer = String.valueOf(ex.getRemoteAddress());
        CommandLedger.Reply reply;
        try {
            reply = ledger.run(command, c -> carryOut(c, peer));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = new CommandLedger.Reply(503, refusal(command, "the feed server is stopping"));
        }
        FeedServer.reply(ex, reply.status(), reply.body());
    }

    private CommandLedger.Reply carryOut(AgentCommand c, String peer) {
        long lastSeq = journal.lastSeq();
        CommandResult r;
        try {
            r = handler.execute(c);
        } catch (RuntimeException e) {
            LOG.error("command {} ({}) failed in the source", c.id(), c.describe(), e);
            r = CommandResult.failed("the source failed: " + e);
        }
        if (r.isAccepted()) {
            LOG.info("command {} from {}: {} accepted", c.id(), peer, c.describe());
            Map<String, Object> ok = new LinkedHashMap<>();
            ok.put("id", c.id());
            ok.put("status", "accepted");
            ok.put("lastSeq", lastSeq);
            return new CommandLedger.Reply(202, FeedServer.json(ok));
        }
        LOG.info("command {} from {}: {} not carried out ({}): {}", c.id(), peer, c.describe(), r.kind(), r.reason());
        int status = switch (r.kind()) {
            case CONFLICT -> 409;
            case INVALID -> 422;
            default -> 502;
        };
        return new CommandLedger.Reply(status, refusal(c, r.reason()));
    }

    private static String refusal(AgentCommand c, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("error", reason);
        return FeedServer.json(m);
    }

    /** The request body, or {@code null} when it is longer than {@link #MAX_BODY}. */
    private static byte[] readBody(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] b = in.readNBytes(MAX_BODY + 1);
            return b.length > MAX_BODY ? null : b;
        }
    }
}
