package io.floorview.domain.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Intraday reforecast: when the day so far runs above or below its forecast, the rest of the day is scaled by
 * the same percentage. Intervals already past keep their forecast (they are history now); handle times stay.
 */
public final class Reforecast {

    private Reforecast() {
    }

    /**
     * How far the day so far ran from its forecast, in percent: {@code (actual / forecast − 1) × 100}.
     * Zero when nothing was forecast so far (there is nothing to compare with).
     */
    public static double observedPercent(double forecastSoFar, double actualSoFar) {
        if (forecastSoFar < 0 || actualSoFar < 0) {
            throw new IllegalArgumentException("calls so far must be 0 or more, not " + forecastSoFar
                    + " forecast and " + actualSoFar + " actual");
        }
        return forecastSoFar == 0 ? 0 : (actualSoFar / forecastSoFar - 1) * 100;
    }

    /**
     * The day's forecasts with intervals {@code from} onward scaled by {@code 1 + percent/100}.
     *
     * @param day     the day's interval forecasts, in order
     * @param from    index of the first interval to change (the first not yet started)
     * @param percent change in percent, such as +12 or −8; at least −100
     */
    public static List<IntervalForecast> byPercent(List<IntervalForecast> day, int from, double percent) {
        if (!(percent >= -100) || Double.isInfinite(percent)) {
            throw new IllegalArgumentException("a reforecast changes calls by −100 % or more, not " + percent + " %");
        }
        if (from < 0 || from > day.size()) {
            throw new IllegalArgumentException("the first interval to reforecast must be 0 to " + day.size()
                    + ", not " + from);
        }
        double factor = 1 + percent / 100;
        List<IntervalForecast> out = new ArrayList<>(day.size());
        for (int i = 0; i < day.size(); i++) {
            out.add(i < from ? day.get(i) : day.get(i).scaled(factor));
        }
        return List.copyOf(out);
    }
}
