package io.floorview.domain.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;

/** Compares a computed value with a published one to the precision it was published with. */
final class Published {

    private Published() {
    }

    /** Passes when {@code actual} rounds to {@code published}: within half a unit of its last published digit. */
    static void assertMatches(String what, double actual, String published) {
        BigDecimal p = new BigDecimal(published);
        double halfUnit = 0.5 * Math.pow(10, -p.scale());
        assertThat(actual).as("%s, published as %s", what, published).isCloseTo(p.doubleValue(), within(halfUnit));
    }
}
