package io.floorview.domain.alert;

/**
 * The warning and critical levels of one figure. For a figure where more is worse a value at or above a level
 * has reached it; where less is worse (service level), a value below it.
 */
public record Threshold(double warning, double critical) {

    public Threshold {
        if (!Double.isFinite(warning) || !Double.isFinite(critical)) {
            throw new IllegalArgumentException("levels must be numbers");
        }
    }

    /** Checks the order of the levels for {@code metric}: the critical level lies beyond the warning level. */
    public Threshold checkedFor(Metric metric) {
        if (metric.higherIsWorse() ? critical < warning : critical > warning) {
            throw new IllegalArgumentException(metric.higherIsWorse()
                    ? "the critical level must not be below the warning level"
                    : "the critical level must not be above the warning level");
        }
        if (warning < 0 || critical < 0) {
            throw new IllegalArgumentException("levels cannot be negative");
        }
        return this;
    }

    /** The level {@code value} reaches, without hysteresis. */
    public AlertLevel levelOf(Metric metric, double value) {
        if (reached(metric, value, critical)) {
            return AlertLevel.CRITICAL;
        }
        return reached(metric, value, warning) ? AlertLevel.WARNING : AlertLevel.OK;
    }

    static boolean reached(Metric metric, double value, double level) {
        return metric.higherIsWorse() ? value >= level : value < level;
    }

    /** The value of {@code level}. */
    public double at(AlertLevel level) {
        return level == AlertLevel.CRITICAL ? critical : warning;
    }
}
