package io.floorview.store.qa;

import io.floorview.domain.qa.Criticality;
import java.util.Locale;

/** Enums as the QA tables keep them: lower-case names, as in the QA file format ({@code none/section/form}). */
final class Codes {

    private Codes() {
    }

    static String of(Enum<?> e) {
        if (e instanceof Criticality c) {
            return switch (c) {
                case NONE -> "none";
                case FAIL_SECTION -> "section";
                case FAIL_ALL -> "form";
            };
        }
        return e.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (of(e).equals(code)) {
                return e;
            }
        }
        throw new IllegalStateException("the database holds an unknown " + type.getSimpleName() + " '" + code + "'");
    }
}
