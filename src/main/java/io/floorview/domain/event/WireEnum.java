package io.floorview.domain.event;

import java.util.Locale;

/** An enum whose constants travel on the feed as their lower-case names. */
public interface WireEnum {

    String name();

    /** The constant's name on the wire: {@code LINES_FULL} travels as {@code lines_full}. */
    default String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} whose wire name is {@code wire}, or {@code null}. */
    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String wire) {
        if (wire == null) {
            return null;
        }
        return type.cast(Names.BY_WIRE.get(type).get(wire));
    }

    /** The wire names of each enum, worked out once per class. */
    final class Names {
        private static final ClassValue<java.util.Map<String, Object>> BY_WIRE = new ClassValue<>() {
            @Override
            protected java.util.Map<String, Object> computeValue(Class<?> type) {
                java.util.Map<String, Object> m = new java.util.HashMap<>();
                for (Object c : type.getEnumConstants()) {
                    m.put(((WireEnum) c).wire(), c);
                }
                return java.util.Map.copyOf(m);
            }
        };

        private Names() {
        }
    }
}
