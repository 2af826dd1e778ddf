package io.floorview.feed.asterisk.ami;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One AMI event as Floorview reads it: its name and its {@code Key: Value} fields, keys in lower case. The
 * mapping works on this rather than on a library's classes, so that it can be tested on captured text and
 * so that the differences between Asterisk versions are read in one place (a field is looked up under each
 * of the names it has had).
 *
 * @param name     the event name, e.g. {@code QueueCallerJoin}; Asterisk 11 names are kept as they came
 * @param fields   the fields by lower-case key
 * @param received when Floorview received it, epoch ms
 */
public record AmiMessage(String name, Map<String, String> fields, long received) {

    public AmiMessage {
        Objects.requireNonNull(name, "name");
        Map<String, String> m = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (k != null && v != null) {
                m.put(k.toLowerCase(Locale.ROOT), v);
            }
        });
        fields = Collections.unmodifiableMap(m);
    }

    /** Whether this is the event {@code eventName} (case-insensitive). */
    public boolean is(String eventName) {
        return name.equalsIgnoreCase(eventName);
    }

    /** The first non-blank value among {@code keys}, trimmed, or {@code null}. */
    public String get(String... keys) {
        for (String k : keys) {
            String v = fields.get(k.toLowerCase(Locale.ROOT));
            if (v != null && !v.isBlank() && !"null".equals(v) && !"<unknown>".equals(v)) {
                return v.trim();
            }
        }
        return null;
    }

    /** The first whole number among {@code keys}, or {@code fallback}. */
    public long number(long fallback, String... keys) {
        String v = get(keys);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            try {
                return (long) Double.parseDouble(v);
            } catch (NumberFormatException e2) {
                return fallback;
            }
        }
    }

    /** A yes/no field: {@code 1}, {@code true}, {@code yes} and {@code on} are yes; absent is {@code fallback}. */
    public boolean flag(boolean fallback, String... keys) {
        String v = get(keys);
        if (v == null) {
            return fallback;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            default -> false;
        };
    }

    /**
     * When it happened, epoch ms: the event's own {@code Timestamp} (sent when manager.conf has
     * {@code timestampevents = yes}), else when it was received.
     */
    public long ts() {
        String t = get("timestamp");
        if (t != null) {
            try {
                return Math.round(Double.parseDouble(t) * 1000);
            } catch (NumberFormatException e) {
                // fall back to the time of receipt
            }
        }
        return received;
    }

    /** The caller's channel id: {@code Uniqueid} (the feed's call id). */
    public String uniqueId() {
        return get("uniqueid", "uniqueid1");
    }

    /**
     * The queue member's id as the feed names agents: its member name (what queue_log calls the agent, e.g.
     * {@code Agent/1001} or {@code SIP/777}), else its interface.
     */
    public String member() {
        return get("membername", "name", "agentname", "member", "interface", "location", "agentcalled");
    }

    /** The member's interface ({@code Location} in Asterisk 11), which actions address. */
    public String memberInterface() {
        return get("interface", "location", "member", "agentcalled");
    }
}
