package io.floorview.feed.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * A kind of shift the center plans: when it starts (local time) and how long it lasts. Full-time shifts last
 * 8.5 hours (a 30-minute lunch and two 15-minute breaks), part-time shifts 5 hours (one 15-minute break).
 */
record ShiftPattern(int startMin, int minutes, boolean partTime) {

    static final int FULL_MINUTES = 510;
    static final int PART_MINUTES = 300;
    static final ShiftPattern NIGHT = new ShiftPattern(22 * 60, FULL_MINUTES, false);
    /** Full-time day shifts, from 06:30 to 14:30 every half hour. */
    static final List<ShiftPattern> FULL_DAY = range(6 * 60 + 30, 14 * 60 + 30, FULL_MINUTES, false);
    /** Part-time shifts, from 07:00 to 17:30 every half hour: they cover the peaks and the evening. */
    static final List<ShiftPattern> PART_DAY = range(7 * 60, 17 * 60 + 30, PART_MINUTES, true);

    private static List<ShiftPattern> range(int fromMin, int toMin, int minutes, boolean partTime) {
        List<ShiftPattern> list = new ArrayList<>();
        for (int m = fromMin; m <= toMin; m += 30) {
            list.add(new ShiftPattern(m, minutes, partTime));
        }
        return List.copyOf(list);
    }

    long lengthMs() {
        return minutes * 60_000L;
    }

    /** Its length in quarter hours. */
    int slots() {
        return minutes / 15;
    }

    /**
     * How much of quarter hour {@code slot} (0 for the first) the agent is expected on the phones: less around
     * the planned breaks and lunch, which {@link ShiftDrafts} staggers over neighbouring quarter hours.
     */
    double presence(int slot) {
        if (partTime) {
            return around(slot, 10, 1);
        }
        return around(slot, 8, 1) * around(slot, 16, 2) * around(slot, 25, 1);
    }

    /** Presence near an absence of {@code length} quarter hours planned at {@code at}, spread over its neighbours. */
    private static double around(int slot, int at, int length) {
        int d = slot - at;
        if (length == 1) {
            return d == 0 ? 0.5 : Math.abs(d) == 1 ? 0.75 : 1;
        }
        return d == 0 || d == 1 ? 0.33 : d == -2 || d == -1 || d == 2 || d == 3 ? 0.83 : 1;
    }
}
