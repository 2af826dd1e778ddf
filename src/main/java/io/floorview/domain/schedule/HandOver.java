package io.floorview.domain.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Moving a block to another agent: a shift goes with the activities that start within it (its breaks, lunch,
 * meetings), all shifted by the same time; an activity or time off goes alone. The agent's time off stays theirs.
 */
public final class HandOver {

    private HandOver() {
    }

    /**
     * The changes that give {@code item} (a block of {@code schedule}) to {@code agent}, starting at {@code startMs}:
     * the block first, then what goes with it. Empty when it already is there.
     */
    public static List<ItemChange> changes(Schedule schedule, ScheduleItem item, String agent, long startMs) {
        if (item.agent().equals(agent) && item.startMs() == startMs) {
            return List.of();
        }
        long shift = startMs - item.startMs();
        List<ItemChange> out = new ArrayList<>();
        out.add(ItemChange.update(item, moved(item, agent, shift)));
        for (ScheduleItem i : goesWith(schedule, item)) {
            out.add(ItemChange.update(i, moved(i, agent, shift)));
        }
        return out;
    }

    /** The blocks that move with {@code item}: for a shift, its agent's activities that start within it. */
    public static List<ScheduleItem> goesWith(Schedule schedule, ScheduleItem item) {
        ActivityCodes codes = schedule.codes();
        if (codes.require(item.code()).layer() != Layer.SHIFT) {
            return List.of();
        }
        return schedule.items(item.agent()).stream()
                .filter(i -> !i.id().equals(item.id()) && codes.require(i.code()).layer() == Layer.ACTIVITY
                        && i.startMs() >= item.startMs() && i.startMs() < item.endMs())
                .toList();
    }

    private static ScheduleItem moved(ScheduleItem i, String agent, long byMs) {
        return new ScheduleItem(i.id(), agent, i.code(), i.startMs() + byMs, i.durationMs());
    }
}
