package io.floorview.domain.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Who is scheduled on a business day, and when their shift runs: the agents with a block starting in
 * {@code [fromMs, toMs)} of the schedule. A shift runs from the first working block (shift or activity) to the end
 * of the last; an agent whose only blocks that day are time off (vacation, day off) is on the roster with no shift.
 * Blocks belong to the day they start on, so a night shift is on the roster of the day it begins.
 */
public final class DayRoster {

    private DayRoster() {
    }

    /**
     * One scheduled agent: the id the feed knows them by, their name, team and queues from the roster (the id, no
     * team, no queue when the roster does not know them), and the shift; {@code shiftStartMs == shiftEndMs == 0}
     * when they have none that day.
     */
    public record Entry(String agent, String name, String team, List<String> queues, long shiftStartMs,
                        long shiftEndMs) {

        public Entry {
            Objects.requireNonNull(agent, "agent");
            name = name == null || name.isBlank() ? agent : name;
            team = team == null ? "" : team;
            queues = queues == null ? List.of() : List.copyOf(queues);
        }

        /** Whether the agent works that day (has a shift or activity block, not only time off). */
        public boolean hasShift() {
            return shiftEndMs > shiftStartMs;
        }

        /** Whether the shift has begun and not yet ended at {@code ms}. */
        public boolean onShiftAt(long ms) {
            return hasShift() && ms >= shiftStartMs && ms < shiftEndMs;
        }
    }

    /**
     * The roster of the day {@code [fromMs, toMs)}: every agent of {@code schedule} with a block starting in it, by
     * shift start (agents with no shift last), then by name. {@code agents} gives the names, teams and queues.
     */
    public static List<Entry> of(Schedule schedule, Map<String, Agent> agents, long fromMs, long toMs) {
        Map<String, long[]> shifts = new TreeMap<>();
        for (ScheduleItem i : schedule.items()) {
            if (i.startMs() < fromMs || i.startMs() >= toMs) {
                continue;
            }
            long[] shift = shifts.computeIfAbsent(i.agent(), k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            if (schedule.codes().require(i.code()).layer() != Layer.TIME_OFF) {
                shift[0] = Math.min(shift[0], i.startMs());
                shift[1] = Math.max(shift[1], i.endMs());
            }
        }
        List<Entry> out = new ArrayList<>();
        shifts.forEach((id, shift) -> {
            Agent a = agents.get(id);
            boolean works = shift[1] > shift[0];
            out.add(new Entry(id, a == null ? id : a.name(), a == null ? "" : a.team(),
                    a == null ? List.of() : a.queues(), works ? shift[0] : 0, works ? shift[1] : 0));
        });
        out.sort(Comparator.comparing((Entry e) -> !e.hasShift()).thenComparingLong(Entry::shiftStartMs)
                .thenComparing(Entry::name).thenComparing(Entry::agent));
        return List.copyOf(out);
    }
}
