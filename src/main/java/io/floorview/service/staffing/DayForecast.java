package io.floorview.service.staffing;

import java.time.LocalDate;
import java.util.List;

/**
 * A business day's forecast, interval by interval.
 *
 * @param firstOpenSlot   the first interval not yet started (feed time); 0 for a day to come, the number of
 *                        intervals for a day gone
 * @param observedPercent how far the day's finished intervals ran from their forecast, {@code (actual / forecast
 *                        − 1) × 100}; null when no finished interval has both
 */
public record DayForecast(LocalDate day, QueueSelection queues, int intervalMinutes, List<ForecastRow> rows,
                          HistoryBasis basis, int firstOpenSlot, Double observedPercent) {

    public DayForecast {
        rows = List.copyOf(rows);
    }
}
