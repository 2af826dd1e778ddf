package io.floorview.ui.live;

import java.util.Comparator;

/**
 * An agent's live adherence as the board shows it: how it stands, since when the agent has been off the schedule
 * (for the out and within-grace cases), and the words. Sorted worst first: out of adherence the longest first,
 * then within grace, excused, in adherence, not scheduled.
 */
public record AdherenceCell(Status status, long sinceMs, String text) implements Comparable<AdherenceCell> {

    /** How an agent stands against the published schedule now. */
    public enum Status {
        /** Off the schedule for longer than the activity's grace. */
        OUT,
        /** Off the schedule, still within the activity's grace. */
        GRACE,
        /** Out of adherence, excused by a supervisor. */
        EXCUSED,
        /** Doing what is scheduled. */
        IN,
        /** Nothing scheduled now. */
        NOT_SCHEDULED
    }

    private static final Comparator<AdherenceCell> ORDER = Comparator.comparing(AdherenceCell::status)
            .thenComparingLong(AdherenceCell::sinceMs);

    @Override
    public int compareTo(AdherenceCell o) {
        return ORDER.compare(this, o);
    }
}
