package io.floorview.domain.qa;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers in messages as people write them: {@code 40}, {@code 33.5}, {@code 66.67}. */
final class Fmt {

    private Fmt() {
    }

    static String num(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
