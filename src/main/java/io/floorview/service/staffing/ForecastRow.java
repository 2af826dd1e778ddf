package io.floorview.service.staffing;

import io.floorview.domain.forecast.IntervalForecast;
import java.math.BigDecimal;

/**
 * One interval of a day's forecast.
 *
 * @param slot          its index from the business day's start
 * @param history       the forecast from history; null when no week (or day) looked at has data for it
 * @param historyCalls  the history's calls rounded to 0.1 call, as shown and as staffed; null without history
 * @param historyAht    the history's AHT rounded to whole seconds; null when no call was handled
 * @param savedCalls    the calls saved by a user for this interval; null: the history's
 * @param savedAht      the AHT saved by a user; null: the history's
 * @param actualOffered calls offered so far in the interval on the day itself; null when the cache has none
 */
public record ForecastRow(int slot, long startMs, long endMs, IntervalForecast history, BigDecimal historyCalls,
                          BigDecimal historyAht, BigDecimal savedCalls, BigDecimal savedAht, Long actualOffered) {

    /** The calls the forecast uses: the saved edit, else the history's. */
    public BigDecimal calls() {
        return savedCalls != null ? savedCalls : historyCalls;
    }

    /** The AHT the forecast uses: the saved edit, else the history's. */
    public BigDecimal ahtSec() {
        return savedAht != null ? savedAht : historyAht;
    }
}
