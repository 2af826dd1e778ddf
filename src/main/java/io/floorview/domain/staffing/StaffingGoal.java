package io.floorview.domain.staffing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an interval's staffing must achieve.
 *
 * @param targetPercent service-level target, 0–100 % of calls answered within the threshold
 * @param thresholdSec  the threshold t in seconds
 * @param maxAsaSec     the longest acceptable average speed of answer in seconds; null for none
 * @param maxOccupancy  the highest acceptable occupancy, more than 0 and at most 1; null for none
 */
public record StaffingGoal(BigDecimal targetPercent, double thresholdSec, Double maxAsaSec, BigDecimal maxOccupancy) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public StaffingGoal {
        Objects.requireNonNull(targetPercent, "targetPercent");
        if (targetPercent.signum() < 0 || targetPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("the service-level target must be 0 to 100 %, not "
                    + targetPercent.toPlainString() + " %");
        }
        Checks.threshold(thresholdSec);
        if (maxAsaSec != null && (!(maxAsaSec > 0) || maxAsaSec.isInfinite())) {
            throw new IllegalArgumentException("the average-speed-of-answer target must be more than 0 s, not "
                    + Checks.plain(maxAsaSec) + " s");
        }
        if (maxOccupancy != null && (maxOccupancy.signum() <= 0 || maxOccupancy.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("the occupancy cap must be more than 0 and at most 1, not "
                    + maxOccupancy.toPlainString());
        }
    }

    /** A service-level target alone: no ASA target, no occupancy cap. */
    public static StaffingGoal serviceLevel(double targetPercent, double thresholdSec) {
        return new StaffingGoal(BigDecimal.valueOf(targetPercent), thresholdSec, null, null);
    }

    public StaffingGoal withMaxAsa(Double seconds) {
        return new StaffingGoal(targetPercent, thresholdSec, seconds, maxOccupancy);
    }

    public StaffingGoal withMaxOccupancy(BigDecimal cap) {
        return new StaffingGoal(targetPercent, thresholdSec, maxAsaSec, cap);
    }

    /** The target as a share, 0–1. */
    public double target() {
        return targetPercent.doubleValue() / 100;
    }

    /** True when the figures meet the service-level target and the ASA target, if any (not the occupancy cap). */
    public boolean metBy(QueueFigures f) {
        return f.serviceLevel() >= target() && (maxAsaSec == null || f.asaSec() <= maxAsaSec);
    }
}
