package io.floorview.domain.forecast;

/**
 * One interval's history on one past week, on the same weekday and at the same time of day as the interval
 * being forecast.
 *
 * @param weeksAgo      1 for last week, 2 for the week before, …
 * @param offered       calls offered in the interval
 * @param handled       calls handled (whose wrap-up ended) in the interval
 * @param handleSeconds their talk + hold + wrap-up, in seconds
 */
public record WeekCounts(int weeksAgo, long offered, long handled, double handleSeconds) {

    public WeekCounts {
        if (weeksAgo < 1) {
            throw new IllegalArgumentException("weeksAgo must be 1 (last week) or more, not " + weeksAgo);
        }
        if (offered < 0 || handled < 0) {
            throw new IllegalArgumentException("call counts must be 0 or more, not " + offered + " offered and "
                    + handled + " handled");
        }
        if (!(handleSeconds >= 0) || Double.isInfinite(handleSeconds) || (handled == 0 && handleSeconds > 0)) {
            throw new IllegalArgumentException("handle time must be 0 s or more, and 0 s with no call handled, not "
                    + handleSeconds + " s for " + handled + " calls");
        }
    }
}
