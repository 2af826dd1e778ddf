package io.floorview.feed.sim;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * How many calls the center receives at each moment: a time-of-day curve on the center's local clock
 * (quiet but never silent at night, a ramp from seven, a morning peak, a lunch dip, an afternoon peak and an
 * evening decline) times a day-of-week factor, scaled to the roster's full-time equivalents and the
 * configured call rate.
 */
final class ArrivalCurve {

    /**
     * Relative call volume at the middle of each local hour (00:30, 01:30 …), joined by straight lines.
     * Shaped after a real bank's day: a peak around ten, a dip over lunch, a second peak around three.
     */
    private static final double[] HOURLY = {
        0.040, 0.030, 0.025, 0.020, 0.020, 0.030, 0.080, 0.300, 0.650, 0.950, 1.000, 0.900,
        0.700, 0.720, 0.850, 0.920, 0.850, 0.650, 0.450, 0.320, 0.250, 0.180, 0.110, 0.070,
    };
    /** Monday … Sunday: Mondays are busiest, weekends quiet. */
    private static final double[] DAY_FACTOR = {1.08, 1.02, 1.00, 0.97, 0.93, 0.50, 0.35};
    /**
     * Calls a day (day factor 1.0, call rate 1.0) per full-time agent on the roster: what the default roster
     * answers mostly near its targets with its breaks and lunches, with dips at the peaks.
     */
    static final double CALLS_PER_FTE = 64;

    private static final double HOURLY_SUM;
    private static final double HOURLY_MAX;
    private static final double DAY_FACTOR_MAX;

    static {
        double sum = 0;
        double max = 0;
        for (double v : HOURLY) {
            sum += v;
            max = Math.max(max, v);
        }
        HOURLY_SUM = sum;
        HOURLY_MAX = max;
        double dayMax = 0;
        for (double v : DAY_FACTOR) {
            dayMax = Math.max(dayMax, v);
        }
        DAY_FACTOR_MAX = dayMax;
    }

    private final ZoneRules rules;
    /** Expected calls on a day with factor 1.0, all queues. */
    private final double dailyCalls;

    ArrivalCurve(SimulatorConfig config, List<AgentProfile> roster) {
        this(config.zone(), config.callRate() * Roster.fullTimeEquivalents(roster) * CALLS_PER_FTE);
    }

    ArrivalCurve(ZoneId zone, double dailyCalls) {
        this.rules = zone.getRules();
        this.dailyCalls = dailyCalls;
    }

    /** The day-of-week factor of call volume (and of weekend staffing). */
    static double dayFactor(DayOfWeek day) {
        return DAY_FACTOR[day.ordinal()];
    }

    /** Expected calls per hour, all queues, on {@code day} at {@code hourOfDay} (0 ≤ h < 24, local). */
    double callsPerHour(DayOfWeek day, double hourOfDay) {
        return dailyCalls * dayFactor(day) * shape(hourOfDay) / HOURLY_SUM;
    }

    /** Expected calls per hour, all queues, at {@code epochMs}. */
    double callsPerHour(long epochMs) {
        long localMs = localMs(epochMs);
        long epochDay = Math.floorDiv(localMs, 86_400_000L);
        double hour = Math.floorMod(localMs, 86_400_000L) / 3_600_000.0;
        DayOfWeek dow = DayOfWeek.of((int) Math.floorMod(epochDay + 3, 7L) + 1); // 1970-01-01 was a Thursday
        return callsPerHour(dow, hour);
    }

    /** The local calendar day of {@code epochMs}, as an epoch day. */
    long localEpochDay(long epochMs) {
        return Math.floorDiv(localMs(epochMs), 86_400_000L);
    }

    private long localMs(long epochMs) {
        return epochMs + 1000L * rules.getOffset(Instant.ofEpochMilli(epochMs)).getTotalSeconds();
    }

    /** The relative volume at local {@code hourOfDay}, 1.0 at the busiest hour. */
    static double relativeVolume(double hourOfDay) {
        return shape(hourOfDay) / HOURLY_MAX;
    }

    /** An upper bound of {@link #callsPerHour(long)} at any time. */
    double maxCallsPerHour() {
        return dailyCalls * DAY_FACTOR_MAX * HOURLY_MAX / HOURLY_SUM;
    }

    /** The relative volume at {@code hourOfDay}: straight lines between the hourly points, round the clock. */
    private static double shape(double hourOfDay) {
        double x = hourOfDay - 0.5;
        int i = (int) Math.floor(x);
        double f = x - i;
        double a = HOURLY[Math.floorMod(i, 24)];
        double b = HOURLY[Math.floorMod(i + 1, 24)];
        return a + (b - a) * f;
    }
}
