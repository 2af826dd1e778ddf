package io.floorview.feed.asterisk.ami;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.asteriskjava.manager.event.ManagerEvent;

/**
 * Turns asterisk-java's typed events back into {@link AmiMessage}s. asterisk-java fills an event's setters
 * from the AMI fields whose lower-cased names match, so the event's getters give those fields back under the
 * same names (with Asterisk 11's {@code Location} already read as {@code Interface}). This is the one class
 * that knows asterisk-java's event classes.
 */
final class ManagerEvents {

    private static final Set<String> SKIPPED = Set.of("class", "source", "datereceived", "channelvariables");

    /** The value getters of each event class, by lower-case field name. */
    private static final ClassValue<List<Getter>> GETTERS = new ClassValue<>() {
        @Override
        protected List<Getter> computeValue(Class<?> type) {
            Map<String, List<Method>> byName = new LinkedHashMap<>();
            for (Method m : type.getMethods()) {
                String field = fieldName(m);
                if (field != null && !SKIPPED.contains(field) && isValueType(m.getReturnType())) {
                    byName.computeIfAbsent(field, f -> new ArrayList<>()).add(m);
                }
            }
            List<Getter> getters = new ArrayList<>();
            byName.forEach((field, methods) -> getters.add(new Getter(field, List.copyOf(methods))));
            return List.copyOf(getters);
        }
    };

    /**
     * The getters of one field: several when asterisk-java has two spellings of it (such as
     * {@code getPausedReason} and {@code getPausedreason}), of which only one was filled.
     */
    private record Getter(String field, List<Method> methods) {
    }

    private ManagerEvents() {
    }

    /** The message for {@code event}, received at {@code receivedMs} unless the event says when it was received. */
    static AmiMessage toMessage(ManagerEvent event, long receivedMs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Getter g : GETTERS.get(event.getClass())) {
            for (Method m : g.methods()) {
                Object v = read(m, event);
                if (v != null) {
                    fields.put(g.field(), String.valueOf(v));
                    break;
                }
            }
        }
        long received = event.getDateReceived() == null ? receivedMs : event.getDateReceived().getTime();
        return new AmiMessage(eventName(event.getClass()), fields, received);
    }

    private static Object read(Method m, ManagerEvent event) {
        try {
            return m.invoke(event);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return null; // a getter that cannot be read says nothing Floorview needs
        }
    }

    /** {@code QueueCallerJoinEvent} → {@code QueueCallerJoin}. */
    static String eventName(Class<?> type) {
        String n = type.getSimpleName();
        return n.endsWith("Event") ? n.substring(0, n.length() - "Event".length()) : n;
    }

    private static String fieldName(Method m) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
            return null;
        }
        String n = m.getName();
        String rest;
        if (n.startsWith("get") && n.length() > 3) {
            rest = n.substring(3);
        } else if (n.startsWith("is") && n.length() > 2) {
            rest = n.substring(2);
        } else {
            return null;
        }
        return rest.toLowerCase(Locale.ROOT);
    }

    private static boolean isValueType(Class<?> t) {
        return t == String.class || Number.class.isAssignableFrom(t) || t == Boolean.class
                || (t.isPrimitive() && t != void.class);
    }
}
