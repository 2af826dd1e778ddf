package io.floorview.service.staffing;

/**
 * What a day's forecast rests on, so the screen can say so when it is less than the method asks for.
 *
 * @param method        how the history was picked
 * @param periodsUsed   weeks (same weekday) or days (recent days) of the look-back that the cache covers
 * @param periodsWanted the look-back, N
 * @param cacheStartMs  the start of the earliest rollup in the cache; null when the cache holds none
 */
public record HistoryBasis(Method method, int periodsUsed, int periodsWanted, Long cacheStartMs) {

    public enum Method {
        /** The same weekday and interval over the last N weeks: the documented method. */
        SAME_WEEKDAY,
        /** The cache holds no earlier same weekday: the same interval over the last N days, any weekday. */
        RECENT_DAYS,
        /** The cache holds nothing before the day: no forecast from history. */
        NONE
    }

    /** True when the forecast rests on all the weeks the method asks for. */
    public boolean complete() {
        return method == Method.SAME_WEEKDAY && periodsUsed >= periodsWanted;
    }
}
