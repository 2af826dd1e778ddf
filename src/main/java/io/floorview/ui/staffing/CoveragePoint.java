package io.floorview.ui.staffing;

/**
 * One interval of the coverage chart.
 *
 * @param label     the interval's start, as shown (09:30)
 * @param required  heads required on the queues (after shrinkage); null when the interval has no number
 * @param scheduled agents the published schedule has on the queues; null when there is no schedule
 */
public record CoveragePoint(String label, Integer required, Double scheduled) {

    /** How the schedule meets the requirement. */
    public enum Status { UNDER, MET, OVER, UNKNOWN }

    public Status status() {
        if (required == null || scheduled == null) {
            return Status.UNKNOWN;
        }
        double d = scheduled - required;
        return d < -1e-9 ? Status.UNDER : d > 1e-9 ? Status.OVER : Status.MET;
    }
}
