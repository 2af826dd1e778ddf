package io.floorview.domain.alert;

/**
 * A live figure that can be given warning and critical levels. For most figures more is worse; for the service
 * level less is worse.
 */
public enum Metric {
    /** Callers waiting now. */
    WAITING(true),
    /** Age of the oldest waiting call, seconds. */
    LONGEST_WAIT(true),
    /** Service level, percent. */
    SERVICE_LEVEL(false),
    /** Abandon rate, percent. */
    ABANDON_RATE(true),
    /** Average speed of answer, seconds. */
    ASA(true),
    /** Occupancy, percent. */
    OCCUPANCY(true),
    /** Phone lines in use, percent of capacity (the whole center only). */
    LINES(true);

    private final boolean higherIsWorse;

    Metric(boolean higherIsWorse) {
        this.higherIsWorse = higherIsWorse;
    }

    public boolean higherIsWorse() {
        return higherIsWorse;
    }
}
