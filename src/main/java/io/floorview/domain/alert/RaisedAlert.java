package io.floorview.domain.alert;

import java.util.Objects;

/**
 * An alert as today's list keeps it: the figure's rise and the level it reached then (the levels may change
 * later; what the alert said does not).
 *
 * @param limit the level crossed, in the metric's unit: the warning or critical level of {@code crossing.to()}
 */
public record RaisedAlert(Crossing crossing, double limit) {

    public RaisedAlert {
        Objects.requireNonNull(crossing, "crossing");
    }

    /** {@code c} with the level it crossed under {@code thresholds}. */
    public static RaisedAlert of(Crossing c, Thresholds thresholds) {
        return new RaisedAlert(c, thresholds.of(c.queue(), c.metric()).at(c.to()));
    }
}
