package io.floorview.domain.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The share of paid time agents are not on the phones (breaks, meetings, training, absence), as the decimal
 * the user gave. Scheduled heads are {@code ⌈N / (1 − shrinkage)⌉}, computed exactly: in binary doubles
 * {@code 21 / (1 − 0.3)} is 30.000000000000004 and rounds up to 31; the right answer is 30.
 *
 * @param fraction 0 (none) up to, not including, 1
 */
public record Shrinkage(BigDecimal fraction) {

    public static final Shrinkage NONE = new Shrinkage(BigDecimal.ZERO);

    public Shrinkage {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("shrinkage must be 0 or more and less than 1 (100 %), not "
                    + fraction.toPlainString());
        }
    }

    /** Heads to schedule so that {@code agents} are on the phones: {@code ⌈agents / (1 − shrinkage)⌉}. */
    public int scheduled(int agents) {
        Checks.agents(agents);
        return BigDecimal.valueOf(agents).divide(BigDecimal.ONE.subtract(fraction), 0, RoundingMode.CEILING)
                .intValueExact();
    }
}
