package io.floorview.service.qa.format;

import io.floorview.domain.qa.Criticality;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The names enums take in QA files: lower case ({@code yes_no}, {@code submitted}); criticality is
 * {@code none}, {@code section} or {@code form}.
 */
final class Wire {

    private Wire() {
    }

    static String name(Enum<?> e) {
        if (e instanceof Criticality c) {
            return switch (c) {
                case NONE -> "none";
                case FAIL_SECTION -> "section";
                case FAIL_ALL -> "form";
            };
        }
        return e.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Wire::name).toList();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String wire) {
        for (E e : type.getEnumConstants()) {
            if (name(e).equals(wire)) {
                return e;
            }
        }
        return null;
    }
}
