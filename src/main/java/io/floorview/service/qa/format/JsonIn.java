package io.floorview.service.qa.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A JSON value being read, with its path, so that every complaint says where it is. */
final class JsonIn {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    final JsonNode node;
    final String path;

    JsonIn(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static String key(String parent, String name) {
        return PLAIN_KEY.matcher(name).matches() ? parent + "." + name
                : parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    QaFormatException error(String reason) {
        return new QaFormatException(path, reason);
    }

    JsonIn field(String name) {
        JsonNode child = node == null ? null : node.get(name);
        return new JsonIn(child, key(path, name));
    }

    boolean present() {
        return node != null && !node.isNull();
    }

    /** This value as an object whose fields are all among {@code allowed}. */
    JsonIn object(Set<String> allowed) throws QaFormatException {
        if (!present()) {
            throw error("missing; an object is expected");
        }
        if (!node.isObject()) {
            throw error("an object is expected, not " + kind(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw new QaFormatException(key(path, n), "unknown field; expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return this;
    }

    /** This value as an object with any fields (a map by id). */
    JsonIn anyObject() throws QaFormatException {
        if (!node.isObject()) {
            throw error("an object is expected, not " + kind(node));
        }
        return this;
    }

    /** The elements of this array; an absent value is an empty array when {@code optional}. */
    List<JsonIn> array(boolean optional) throws QaFormatException {
        if (!present()) {
            if (optional) {
                return List.of();
            }
            throw error("missing; an array is expected");
        }
        if (!node.isArray()) {
            throw error("an array is expected, not " + kind(node));
        }
        List<JsonIn> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(new JsonIn(node.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    String string(String name) throws QaFormatException {
        JsonIn f = field(name);
        if (!f.present()) {
            throw f.error("missing; a string is expected");
        }
        return f.asString();
    }

    String string(String name, String orElse) throws QaFormatException {
        JsonIn f = field(name);
        return f.present() ? f.asString() : orElse;
    }

    String asString() throws QaFormatException {
        if (!node.isTextual()) {
            throw error("a string is expected, not " + kind(node));
        }
        return node.asText();
    }

    double number(String name) throws QaFormatException {
        JsonIn f = field(name);
        if (!f.present()) {
            throw f.error("missing; a number is expected");
        }
        if (!f.node.isNumber()) {
            throw f.error("a number is expected, not " + kind(f.node));
        }
        return f.node.asDouble();
    }

    int integer(String name) throws QaFormatException {
        JsonIn f = field(name);
        if (!f.present()) {
            throw f.error("missing; a whole number is expected");
        }
        if (!f.node.isIntegralNumber() || !f.node.canConvertToInt()) {
            throw f.error("a whole number is expected, not " + kind(f.node));
        }
        return f.node.asInt();
    }

    long longInteger(String name) throws QaFormatException {
        JsonIn f = field(name);
        if (!f.present()) {
            throw f.error("missing; a whole number is expected");
        }
        if (!f.node.isIntegralNumber() || !f.node.canConvertToLong()) {
            throw f.error("a whole number is expected, not " + kind(f.node));
        }
        return f.node.asLong();
    }

    boolean bool(String name, boolean orElse) throws QaFormatException {
        JsonIn f = field(name);
        if (!f.present()) {
            return orElse;
        }
        if (!f.node.isBoolean()) {
            throw f.error("true or false is expected, not " + kind(f.node));
        }
        return f.node.asBoolean();
    }

    Instant instant(String name) throws QaFormatException {
        JsonIn f = field(name);
        if (!f.present()) {
            throw f.error("missing; a time such as 2026-11-23T09:15:02Z is expected");
        }
        return f.asInstant();
    }

    Instant instantOrNull(String name) throws QaFormatException {
        JsonIn f = field(name);
        return f.present() ? f.asInstant() : null;
    }

    private Instant asInstant() throws QaFormatException {
        String s = asString();
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                throw error("'" + s + "' is not an ISO-8601 time such as 2026-11-23T09:15:02Z");
            }
        }
    }

    /** The constant whose wire name (lower case) is this field's string, listing the choices otherwise. */
    <E extends Enum<E>> E choice(String name, Class<E> type, E orElse) throws QaFormatException {
        JsonIn f = field(name);
        if (!f.present()) {
            if (orElse != null) {
                return orElse;
            }
            throw f.error("missing; one of " + String.join(", ", Wire.names(type)) + " is expected");
        }
        String s = f.asString();
        E e = Wire.parse(type, s);
        if (e == null) {
            throw f.error("'" + s + "' is not one of " + String.join(", ", Wire.names(type)));
        }
        return e;
    }

    static String kind(JsonNode n) {
        if (n.isTextual()) {
            String t = n.asText();
            return "the string \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
        }
        if (n.isNumber()) {
            return "the number " + n.asText();
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isObject()) {
            return "an object";
        }
        return "null";
    }
}
