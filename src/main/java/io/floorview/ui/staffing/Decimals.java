package io.floorview.ui.staffing;

import java.math.BigDecimal;

/** Reads the decimals users type: {@code 12}, {@code 12.5}, {@code 12,5}; null when it is not one. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace(',', '.');
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return null;
        }
        return new BigDecimal(t);
    }
}
