package io.floorview.feed.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.EventType;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedIn;
import io.floorview.domain.event.FeedEvent.AgentLoggedOut;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.CallAbandoned;
import io.floorview.domain.event.FeedEvent.CallAnswered;
import io.floorview.domain.event.FeedEvent.CallEnded;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.CallOverflowed;
import io.floorview.domain.event.FeedEvent.CallRejected;
import io.floorview.domain.event.FeedEvent.CallTransferred;
import io.floorview.domain.event.FeedEvent.QueueConfigured;
import io.floorview.domain.event.FeedEvent.RecordingAvailable;
import io.floorview.domain.event.FeedEvent.RingNoAnswer;
import io.floorview.domain.event.FeedEvent.SiteConfigured;
import io.floorview.domain.event.FeedEvent.WrapUpEnded;
import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import io.floorview.domain.event.WireEnum;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and writes feed lines (protocol v1, {@code docs/feed-protocol.md}): one JSON object per line.
 * Unknown fields are ignored so that newer feeds can add some; everything else that is wrong is reported
 * with a reason. Thread-safe.
 */
public final class EventCodec {

    public static final int PROTOCOL = 1;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** The line for {@code e}, without the newline. */
    public String encode(FeedEvent e) {
        java.io.StringWriter out = new java.io.StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("seq", e.seq());
            g.writeStringField("ts", IsoTime.format(e.ts()));
            g.writeStringField("type", e.type().wire());
            writeFields(g, e);
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    public String encodeHello(String feed, long lastSeq, long ts, double rate) {
        return control(g -> {
            g.writeStringField("type", "hello");
            g.writeStringField("feed", feed);
            g.writeNumberField("protocol", PROTOCOL);
            g.writeNumberField("lastSeq", lastSeq);
            g.writeStringField("ts", IsoTime.format(ts));
            g.writeNumberField("rate", rate);
        });
    }

    public String encodeHeartbeat(long lastSeq, long ts, double rate) {
        return control(g -> {
            g.writeStringField("type", "heartbeat");
            g.writeStringField("ts", IsoTime.format(ts));
            g.writeNumberField("lastSeq", lastSeq);
            g.writeNumberField("rate", rate);
        });
    }

    private interface FieldWriter {
        void write(JsonGenerator g) throws IOException;
    }

    private static String control(FieldWriter fields) {
        java.io.StringWriter out = new java.io.StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    private static void writeFields(JsonGenerator g, FeedEvent e) throws IOException {
        switch (e.type()) {
            case CALL_ENTERED -> {
                CallEntered c = (CallEntered) e;
                str(g, "callId", c.callId());
                str(g, "queue", c.queue());
                str(g, "caller", c.caller());
                g.writeNumberField("position", c.position());
            }
            case CALL_REJECTED -> {
                CallRejected c = (CallRejected) e;
                str(g, "callId", c.callId());
                str(g, "queue", c.queue());
                str(g, "caller", c.caller());
                str(g, "reason", c.reason().wire());
            }
            case CALL_ANSWERED -> {
                CallAnswered c = (CallAnswered) e;
                str(g, "callId", c.callId());
                str(g, "queue", c.queue());
                str(g, "agent", c.agent());
                g.writeNumberField("waitMs", c.waitMs());
            }
            case CALL_ABANDONED -> {
                CallAbandoned c = (CallAbandoned) e;
                str(g, "callId", c.callId());
                str(g, "queue", c.queue());
                g.writeNumberField("waitMs", c.waitMs());
                g.writeNumberField("position", c.position());
                g.writeNumberField("entryPosition", c.entryPosition());
            }
            case CALL_OVERFLOWED -> {
                CallOverflowed c = (CallOverflowed) e;
                str(g, "callId", c.callId());
                str(g, "queue", c.queue());
                str(g, "reason", c.reason().wire());
                g.writeNumberField("waitMs", c.waitMs());
                g.writeNumberField("position", c.position());
                str(g, "target", c.target());
            }
            case CALL_TRANSFERRED -> {
                CallTransferred c = (CallTransferred) e;
                str(g, "callId", c.callId());
                str(g, "queue", c.queue());
                str(g, "agent", c.agent());
                str(g, "target", c.target());
                g.writeBooleanField("attended", c.attended());
            }
            case CALL_ENDED -> {
                CallEnded c = (CallEnded) e;
                str(g, "callId", c.callId());
                str(g, "queue", c.queue());
                str(g, "agent", c.agent());
                g.writeNumberField("talkMs", c.talkMs());
                g.writeNumberField("holdMs", c.holdMs());
                str(g, "hungUpBy", c.hungUpBy().wire());
            }
            case WRAPUP_ENDED -> {
                WrapUpEnded c = (WrapUpEnded) e;
                str(g, "callId", c.callId());
                str(g, "queue", c.queue());
                str(g, "agent", c.agent());
                g.writeNumberField("wrapMs", c.wrapMs());
            }
            case RING_NO_ANSWER -> {
                RingNoAnswer c = (RingNoAnswer) e;
                str(g, "callId", c.callId());
                str(g, "queue", c.queue());
                str(g, "agent", c.agent());
                g.writeNumberField("ringMs", c.ringMs());
            }
            case AGENT_LOGGED_IN -> {
                AgentLoggedIn a = (AgentLoggedIn) e;
                str(g, "agent", a.agent());
                str(g, "name", a.name());
                str(g, "team", a.team());
                g.writeArrayFieldStart("queues");
                for (String q : a.queues()) {
                    g.writeString(q);
                }
                g.writeEndArray();
            }
            case AGENT_LOGGED_OUT -> {
                AgentLoggedOut a = (AgentLoggedOut) e;
                str(g, "agent", a.agent());
                str(g, "commandId", a.commandId());
            }
            case AGENT_STATE -> {
                AgentStateChanged a = (AgentStateChanged) e;
                str(g, "agent", a.agent());
                str(g, "state", a.state().wire());
                str(g, "reason", a.reason());
                str(g, "callId", a.callId());
                str(g, "commandId", a.commandId());
            }
            case RECORDING_AVAILABLE -> {
                RecordingAvailable r = (RecordingAvailable) e;
                str(g, "callId", r.callId());
                str(g, "uri", r.uri());
                g.writeNumberField("durationMs", r.durationMs());
            }
            case QUEUE_CONFIGURED -> {
                QueueConfigured q = (QueueConfigured) e;
                str(g, "queue", q.queue());
                str(g, "name", q.name());
                g.writeNumberField("slThresholdSec", q.slThresholdSec());
                g.writeNumberField("slTargetPercent", q.slTargetPercent());
            }
            case SITE_CONFIGURED -> {
                SiteConfigured s = (SiteConfigured) e;
                str(g, "site", s.site());
                g.writeNumberField("lines", s.lines());
                str(g, "timeZone", s.timeZone());
            }
            default -> throw new IllegalStateException("no encoder for " + e.type());
        }
    }

    private static void str(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    /**
     * Decodes one line (without its newline).
     *
     * @throws BadLineException with the reason when the line is not a valid v1 line
     */
    public FeedLine decode(String line) throws BadLineException {
        return decode(parseObject(line), line);
    }

    /**
     * Decodes one line given as the UTF-8 bytes {@code buf[off, off + len)} (without its newline), as it came from a
     * stream. A line of ASCII bytes only (nearly every line) is parsed from the bytes, without decoding them to
     * characters first; any other line is decoded as text first and read by {@link #decode(String)}, so that both
     * read every line the same way (Jackson's byte parser reads some malformed UTF-8, and a byte-order mark, unlike
     * the text decoder).
     *
     * @throws BadLineException with the reason when the line is not a valid v1 line
     */
    public FeedLine decode(byte[] buf, int off, int len) throws BadLineException {
        for (int i = off; i < off + len; i++) {
            if (buf[i] < 0) {
                return decode(new String(buf, off, len, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        String line = new String(buf, off, len, java.nio.charset.StandardCharsets.ISO_8859_1);
        Fields f;
        try (JsonParser p = JSON.createParser(buf, off, len)) {
            f = parseObject(p);
        } catch (BadLineException | IOException e) {
            return decode(line); // the text path says what is wrong
        }
        return decode(f, line);
    }

    private FeedLine decode(Fields f, String line) throws BadLineException {
        Object type = f.values.get("type");
        if (!(type instanceof String t)) {
            throw new BadLineException(type == null ? "missing field 'type'" : "field 'type' must be a string",
                    f.seqOrNull());
        }
        if (t.equals("hello")) {
            return new FeedLine.Hello(f.str("feed", true), (int) f.lng("protocol", true), f.lng("lastSeq", true),
                    f.time(true), f.dbl("rate", false, 1.0));
        }
        if (t.equals("heartbeat")) {
            return new FeedLine.Heartbeat(f.time(true), f.lng("lastSeq", true), f.dbl("rate", false, 1.0));
        }
        EventType et = EventType.fromWire(t);
        long seq = f.lng("seq", true);
        if (seq <= 0) {
            throw new BadLineException("field 'seq' must be positive, not " + seq, null);
        }
        if (et == null) {
            throw new BadLineException("unknown type '" + t + "'", seq);
        }
        long ts = f.time(true);
        try {
            return new FeedLine.Event(build(et, seq, ts, f), line);
        } catch (NullPointerException | IllegalArgumentException ex) {
            throw new BadLineException(et.wire() + ": " + ex.getMessage(), seq);
        }
    }

    /** Decodes a line that must be an event (as the cache stores them). */
    public FeedEvent decodeEvent(String line) throws BadLineException {
        FeedLine l = decode(line);
        if (l instanceof FeedLine.Event ev) {
            return ev.event();
        }
        throw new BadLineException("not an event line", null);
    }

    private static FeedEvent build(EventType et, long seq, long ts, Fields f) throws BadLineException {
        return switch (et) {
            case CALL_ENTERED -> new CallEntered(seq, ts, f.str("callId", true), f.str("queue", true),
                    f.str("caller", false), (int) f.lng("position", false));
            case CALL_REJECTED -> new CallRejected(seq, ts, f.str("callId", true), f.str("queue", false),
                    f.str("caller", false), f.enumOf("reason", RejectReason.class));
            case CALL_ANSWERED -> new CallAnswered(seq, ts, f.str("callId", true), f.str("queue", true),
                    f.str("agent", true), f.duration("waitMs", true));
            case CALL_ABANDONED -> new CallAbandoned(seq, ts, f.str("callId", true), f.str("queue", true),
                    f.duration("waitMs", true), (int) f.lng("position", false),
                    (int) f.lng("entryPosition", false));
            case CALL_OVERFLOWED -> new CallOverflowed(seq, ts, f.str("callId", true), f.str("queue", true),
                    f.enumOf("reason", OverflowReason.class), f.duration("waitMs", true),
                    (int) f.lng("position", false), f.str("target", false));
            case CALL_TRANSFERRED -> new CallTransferred(seq, ts, f.str("callId", true), f.str("queue", false),
                    f.str("agent", false), f.str("target", true), f.bool("attended"));
            case CALL_ENDED -> new CallEnded(seq, ts, f.str("callId", true), f.str("queue", false),
                    f.str("agent", false), f.duration("talkMs", true), f.duration("holdMs", false),
                    f.values.containsKey("hungUpBy") ? f.enumOf("hungUpBy", HangupParty.class)
                            : HangupParty.UNKNOWN);
            case WRAPUP_ENDED -> new WrapUpEnded(seq, ts, f.str("callId", false), f.str("queue", false),
                    f.str("agent", true), f.duration("wrapMs", true));
            case RING_NO_ANSWER -> new RingNoAnswer(seq, ts, f.str("callId", false), f.str("queue", false),
                    f.str("agent", true), f.duration("ringMs", false));
            case AGENT_LOGGED_IN -> new AgentLoggedIn(seq, ts, f.str("agent", true), f.str("name", false),
                    f.str("team", false), f.strings("queues"));
            case AGENT_LOGGED_OUT -> new AgentLoggedOut(seq, ts, f.str("agent", true), f.str("commandId", false));
            case AGENT_STATE -> new AgentStateChanged(seq, ts, f.str("agent", true),
                    f.enumOf("state", AgentState.class), f.str("reason", false), f.str("callId", false),
                    f.str("commandId", false));
            case RECORDING_AVAILABLE -> new RecordingAvailable(seq, ts, f.str("callId", true), f.str("uri", true),
                    f.duration("durationMs", false));
            case QUEUE_CONFIGURED -> new QueueConfigured(seq, ts, f.str("queue", true), f.str("name", false),
                    (int) f.lng("slThresholdSec", false), f.dbl("slTargetPercent", false, 0));
            case SITE_CONFIGURED -> new SiteConfigured(seq, ts, f.str("site", false), (int) f.lng("lines", false),
                    f.str("timeZone", false));
        };
    }

    private static Fields parseObject(String line) throws BadLineException {
        try (JsonParser p = JSON.createParser(line)) {
            return parseObject(p);
        } catch (IOException ex) {
            throw new BadLineException("unreadable: " + ex.getMessage(), null);
        }
    }

    private static Fields parseObject(JsonParser p) throws BadLineException {
        FieldMap values = new FieldMap();
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadLineException("not a JSON object", null);
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                values.put(name, v == JsonToken.VALUE_STRING && isName(name)
                        ? IDS.of(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) : value(p, v));
            }
            if (t != JsonToken.END_OBJECT) {
                throw new BadLineException("not a JSON object", null);
            }
            if (trailingText(p)) {
                throw new BadLineException("text after the JSON object", seqOf(values));
            }
        } catch (JsonProcessingException ex) {
            Long seq = seqOf(values);
            throw new BadLineException("not valid JSON: " + ex.getOriginalMessage(), seq);
        } catch (IOException ex) {
            throw new BadLineException("unreadable: " + ex.getMessage(), null);
        }
        return new Fields(values);
    }

    /** The short names lines repeat (not call ids, callers or times), shared across lines. */
    private static final IdTable IDS = new IdTable();

    private static boolean isName(String field) {
        switch (field) {
            case "type", "queue", "agent", "reason", "target", "state", "hungUpBy", "team":
                return true;
            default:
                return false;
        }
    }

    /** The fields of one line: a handful, so a short list beats a hash map. */
    private static final class FieldMap {
        private String[] names = new String[12];
        private Object[] values = new Object[12];
        private int size;

        void put(String name, Object value) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    values[i] = value;
                    return;
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
        }

        Object get(String name) {
            for (int i = 0; i < size; i++) {
                if (names[i] == name) { // the parser's field names are interned, as the literals asked for
                    return values[i];
                }
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return values[i];
                }
            }
            return null;
        }

        boolean containsKey(String name) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean trailingText(JsonParser p) throws IOException {
        try {
            return p.nextToken() != null;
        } catch (JsonProcessingException e) {
            return true;
        }
    }

    private static Long seqOf(FieldMap values) {
        Object s = values.get("seq");
        return s instanceof Long l && l > 0 ? l : null;
    }

    private static Object value(JsonParser p, JsonToken v) throws IOException {
        switch (v) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    return (Double) p.getDoubleValue();
                }
                return (Long) p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(value(p, t));
                }
                return list;
            }
            case START_OBJECT:
                p.skipChildren();
                return Map.of();
            default:
                throw new IOException("unexpected " + v);
        }
    }

    /** The fields of one line, with typed access that names the field in every complaint. */
    private static final class Fields {
        final FieldMap values;

        Fields(FieldMap values) {
            this.values = values;
        }

        Long seqOrNull() {
            return seqOf(values);
        }

        String str(String name, boolean required) throws BadLineException {
            Object v = values.get(name);
            if (v == null) {
                if (required) {
                    throw missing(name);
                }
                return null;
            }
            if (!(v instanceof String s)) {
                throw wrong(name, "a string");
            }
            if (required && s.isBlank()) {
                throw new BadLineException("field '" + name + "' must not be empty", seqOrNull());
            }
            return s;
        }

        long lng(String name, boolean required) throws BadLineException {
            Object v = values.get(name);
            if (v == null) {
                if (required) {
                    throw missing(name);
                }
                return 0;
            }
            if (v instanceof Long l) {
                return l;
            }
            if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9e15) {
                return d.longValue();
            }
            throw wrong(name, "a whole number");
        }

        long duration(String name, boolean required) throws BadLineException {
            long v = lng(name, required);
            if (v < 0) {
                throw new BadLineException("field '" + name + "' must not be negative, not " + v, seqOrNull());
            }
            return v;
        }

        double dbl(String name, boolean required, double absent) throws BadLineException {
            Object v = values.get(name);
            if (v == null) {
                if (required) {
                    throw missing(name);
                }
                return absent;
            }
            if (v instanceof Number n) {
                return n.doubleValue();
            }
            throw wrong(name, "a number");
        }

        boolean bool(String name) throws BadLineException {
            Object v = values.get(name);
            if (v == null) {
                return false;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            throw wrong(name, "true or false");
        }

        long time(boolean required) throws BadLineException {
            String s = str("ts", required);
            try {
                return IsoTime.parse(s);
            } catch (IllegalArgumentException ex) {
                throw new BadLineException("field 'ts': " + ex.getMessage(), seqOrNull());
            }
        }

        List<String> strings(String name) throws BadLineException {
            Object v = values.get(name);
            if (v == null) {
                return List.of();
            }
            if (v instanceof List<?> list && list.stream().allMatch(x -> x instanceof String)) {
                List<String> out = new ArrayList<>(list.size());
                for (Object o : list) {
                    out.add((String) o);
                }
                return out;
            }
            throw wrong(name, "a list of strings");
        }

        <E extends Enum<E> & WireEnum> E enumOf(String name, Class<E> type) throws BadLineException {
            String s = str(name, true);
            E e = WireEnum.parse(type, s);
            if (e == null) {
                String allowed = Arrays.stream(type.getEnumConstants()).map(WireEnum::wire)
                        .collect(Collectors.joining(", "));
                throw new BadLineException("field '" + name + "' must be one of " + allowed + ", not '" + s + "'",
                        seqOrNull());
            }
            return e;
        }

        private BadLineException missing(String name) {
            return new BadLineException("missing field '" + name + "'", seqOrNull());
        }

        private BadLineException wrong(String name, String kind) {
            return new BadLineException("field '" + name + "' must be " + kind, seqOrNull());
        }
    }
}
