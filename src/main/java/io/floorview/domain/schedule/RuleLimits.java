package io.floorview.domain.schedule;

import java.time.Duration;

/**
 * The working-time limits the rule checks warn about (defaults after the EU working-time directive: 11 hours'
 * rest between shifts, at most 48 hours a week; at most 10 hours a day).
 */
public record RuleLimits(Duration maxDaily, Duration maxWeekly, Duration minRest) {

    public static final RuleLimits DEFAULT = new RuleLimits(Duration.ofHours(10), Duration.ofHours(48),
            Duration.ofHours(11));

    public RuleLimits {
        if (maxDaily.isNegative() || maxDaily.isZero() || maxWeekly.isNegative() || maxWeekly.isZero()
                || minRest.isNegative()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
