package io.floorview.domain.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Forecasts an interval from the same interval on the same weekday over the last N weeks.
 *
 * <ul>
 *   <li><b>Weights.</b> Week k ago (k = 1…N) weighs {@code N + 1 − k}: with N = 6, last week 6, the week before
 *       5, … six weeks ago 1. Older history is ignored.</li>
 *   <li><b>Missing weeks</b> (no data, the center closed, a feed outage) are left out and the remaining weights
 *       renormalized: a missing week is not a week of zero calls.</li>
 *   <li><b>Outliers.</b> With at least {@value #MIN_WEEKS_FOR_OUTLIERS} weeks present, a week whose offered calls
 *       are further from the median than {@code 3 × max(1.4826 × MAD, √median, 1)} is set aside like a missing
 *       week (MAD: median absolute deviation; 1.4826 × MAD estimates the standard deviation without letting the
 *       outlier inflate it; √median is the Poisson noise of a count, so ordinary noise is never called an
 *       outlier). Fewer weeks are too few to tell an outlier from a trend, and are all kept.</li>
 *   <li><b>Offered calls</b> are the weighted mean of the kept weeks' offered calls.</li>
 *   <li><b>AHT</b> is the kept weeks' weighted handle time over their weighted handled calls, so a busy week's
 *       handle time counts for its calls, not as one number among equals.</li>
 * </ul>
 */
public final class WeeklyForecaster {

    public static final int DEFAULT_WEEKS = 6;
    static final int MIN_WEEKS_FOR_OUTLIERS = 4;

    private final int weeks;

    /** @param weeks N, how many past weeks to look at (1–52) */
    public WeeklyForecaster(int weeks) {
        if (weeks < 1 || weeks > 52) {
            throw new IllegalArgumentException("look back 1 to 52 weeks, not " + weeks);
        }
        this.weeks = weeks;
    }

    public int weeks() {
        return weeks;
    }

    /** The interval's forecast, or empty when none of the last N weeks has data for it. */
    public Optional<IntervalForecast> forecast(List<WeekCounts> history) {
        List<WeekCounts> recent = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (WeekCounts w : history) {
            if (!seen.add(w.weeksAgo())) {
                throw new IllegalArgumentException("week " + w.weeksAgo() + " ago is given twice");
            }
            if (w.weeksAgo() <= weeks) {
                recent.add(w);
            }
        }
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> outliers = outliers(recent);
        double weightSum = 0;
        double offered = 0;
        double handled = 0;
        double handleSeconds = 0;
        for (WeekCounts w : recent) {
            if (outliers.contains(w.weeksAgo())) {
                continue;
            }
            double weight = weeks + 1 - w.weeksAgo();
            weightSum += weight;
            offered += weight * w.offered();
            handled += weight * w.handled();
            handleSeconds += weight * w.handleSeconds();
        }
        Double aht = handled > 0 ? handleSeconds / handled : null;
        return Optional.of(new IntervalForecast(offered / weightSum, aht, recent.size() - outliers.size(), outliers));
    }

    /** Forecasts for every interval of a day, in order; an interval with no history at all is empty. */
    public List<Optional<IntervalForecast>> forecastDay(List<List<WeekCounts>> historyPerInterval) {
        return historyPerInterval.stream().map(this::forecast).toList();
    }

    private static List<Integer> outliers(List<WeekCounts> recent) {
        if (recent.size() < MIN_WEEKS_FOR_OUTLIERS) {
            return List.of();
        }
        double[] offered = recent.stream().mapToDouble(WeekCounts::offered).toArray();
        double median = median(offered);
        double[] deviations = Arrays.stream(offered).map(v -> Math.abs(v - median)).toArray();
        double spread = Math.max(1.4826 * median(deviations), Math.max(Math.sqrt(median), 1));
        return recent.stream()
                .filter(w -> Math.abs(w.offered() - median) > 3 * spread)
                .map(WeekCounts::weeksAgo)
                .sorted()
                .toList();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }
}
