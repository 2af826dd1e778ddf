package io.floorview.domain.forecast;

import java.util.List;

/**
 * Forecast offered calls and average handle time for one interval.
 *
 * @param offered     calls expected (fractional: it is an expectation)
 * @param ahtSec      average handle time in seconds; null when none of the weeks used handled a call
 * @param weeksUsed   past weeks the forecast rests on
 * @param outlierWeeks weeks set aside as outliers (weeks ago), oldest last
 */
public record IntervalForecast(double offered, Double ahtSec, int weeksUsed, List<Integer> outlierWeeks) {

    public IntervalForecast {
        if (!(offered >= 0) || Double.isInfinite(offered)) {
            throw new IllegalArgumentException("forecast calls must be 0 or more, not " + offered);
        }
        outlierWeeks = List.copyOf(outlierWeeks);
    }

    /** The same forecast with its calls multiplied by {@code factor}; the handle time stays. */
    public IntervalForecast scaled(double factor) {
        return new IntervalForecast(offered * factor, ahtSec, weeksUsed, outlierWeeks);
    }
}
