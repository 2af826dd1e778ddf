package io.floorview.domain.staffing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The work offered in one interval, kept as the decimals the user gave so that comparisons against
 * decimal limits (the occupancy cap) are exact.
 *
 * @param calls     calls offered in the interval (a forecast may be fractional)
 * @param periodSec the interval's length in seconds
 * @param ahtSec    average handle time in seconds (talk + hold + wrap-up)
 */
public record Load(BigDecimal calls, BigDecimal periodSec, BigDecimal ahtSec) {

    public Load {
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(periodSec, "periodSec");
        Objects.requireNonNull(ahtSec, "ahtSec");
        if (calls.signum() < 0) {
            throw new IllegalArgumentException("calls must be 0 or more, not " + calls.toPlainString());
        }
        if (periodSec.signum() <= 0) {
            throw new IllegalArgumentException("the interval must be longer than 0 s, not " + periodSec.toPlainString() + " s");
        }
        if (ahtSec.signum() <= 0) {
            throw new IllegalArgumentException("average handle time must be more than 0 s, not " + ahtSec.toPlainString() + " s");
        }
        BigDecimal erlangs = calls.multiply(ahtSec).divide(periodSec, MathContext.DECIMAL64);
        if (erlangs.compareTo(BigDecimal.valueOf(Checks.MAX_TRAFFIC)) > 0) {
            throw new IllegalArgumentException("calls × AHT / interval is " + erlangs.toPlainString()
                    + " Erlangs; the staffing maths stops at " + (long) Checks.MAX_TRAFFIC);
        }
    }

    /** Offered traffic in Erlangs: calls × AHT / interval. */
    public double traffic() {
        return calls.multiply(ahtSec).divide(periodSec, MathContext.DECIMAL128).doubleValue();
    }

    public double ahtSeconds() {
        return ahtSec.doubleValue();
    }

    /**
     * The fewest agents whose occupancy A/N stays at or under {@code cap}: {@code ⌈calls·AHT / (cap·interval)⌉},
     * exactly (in doubles 2.1 Erlangs over 3 agents comes out above 0.7, and would ask for a fourth agent).
     */
    public long agentsForOccupancy(BigDecimal cap) {
        if (cap.signum() <= 0) {
            throw new IllegalArgumentException("the occupancy cap must be more than 0, not " + cap.toPlainString());
        }
        return calls.multiply(ahtSec).divide(cap.multiply(periodSec), 0, RoundingMode.CEILING).longValueExact();
    }
}
