package io.floorview.ui.qa;

import java.math.BigDecimal;

/** Numbers as the QA forms show and read them: points and weights, a comma or a dot for decimals. */
final class Numbers {

    private Numbers() {
    }

    /** The number typed, or NaN when it is not one (the validator then says so where it is). */
    static double parse(String text) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        if (t.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** 20 rather than 20.0; 12.5 as it is. */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
