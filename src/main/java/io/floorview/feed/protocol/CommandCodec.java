package io.floorview.feed.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads and writes the JSON body of {@code POST /v1/commands} ({@code docs/feed-protocol.md}):
 * <pre>{"id":"…","type":"agent.set_not_ready","agent":"a1001","reason":"coaching","by":"maria"}</pre>
 * Unknown fields are ignored, as in event lines. Thread-safe.
 */
public final class CommandCodec {

    /** The longest id, agent, reason or name a command may carry. */
    public static final int MAX_FIELD = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    public String encode(AgentCommand c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", c.id());
        n.put("type", c.type().wire());
        n.put("agent", c.agent());
        if (c.reason() != null) {
            n.put("reason", c.reason());
        }
        n.put("by", c.by());
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws BadCommandException with the reason when the body is not a command this protocol knows
     */
    public AgentCommand decode(byte[] body) throws BadCommandException {
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (IOException e) {
            throw malformed("the body is not valid JSON");
        }
        if (n == null || !n.isObject()) {
            throw malformed("the body must be a JSON object");
        }
        String id = text(n, "id");
        String typeName = text(n, "type");
        String agent = text(n, "agent");
        String by = text(n, "by");
        String reason = n.hasNonNull("reason") ? text(n, "reason") : null;
        CommandType type = CommandType.fromWire(typeName);
        if (type == null) {
            throw new BadCommandException(BadCommandException.Kind.UNKNOWN_TYPE, "unknown command type '" + typeName
                    + "' (the protocol has " + String.join(", ", CommandType.wireNames()) + ")");
        }
        if (type == CommandType.SET_NOT_READY && reason == null) {
            throw malformed(type.wire() + " needs a 'reason' (a not-ready reason code such as break or coaching)");
        }
        return new AgentCommand(id, type, agent, reason, by);
    }

    private static String text(JsonNode n, String field) throws BadCommandException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw malformed("missing field '" + field + "'");
        }
        if (!v.isTextual()) {
            throw malformed("field '" + field + "' must be a string");
        }
        String s = v.asText().strip();
        if (s.isEmpty()) {
            throw malformed("field '" + field + "' must not be empty");
        }
        if (s.length() > MAX_FIELD) {
            throw malformed("field '" + field + "' is longer than " + MAX_FIELD + " characters");
        }
        return s;
    }

    private static BadCommandException malformed(String reason) {
        return new BadCommandException(BadCommandException.Kind.MALFORMED, reason);
    }
}
