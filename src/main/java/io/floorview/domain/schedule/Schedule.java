package io.floorview.domain.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every agent's schedule blocks, with the activity codes that give them meaning. Immutable. What an agent is
 * scheduled to do at a moment follows the layers: time off over activities over the shift; within one layer
 * (which the rules warn about) the block that started last.
 */
public final class Schedule {

    private final ActivityCodes codes;
    private final Map<String, List<ScheduleItem>> byAgent = new HashMap<>();

    public Schedule(ActivityCodes codes, List<ScheduleItem> items) {
        this.codes = codes;
        for (ScheduleItem i : items) {
            codes.require(i.code());
            byAgent.computeIfAbsent(i.agent(), k -> new ArrayList<>()).add(i);
        }
        byAgent.values().forEach(l -> l.sort(Comparator.comparingLong(ScheduleItem::startMs)));
    }

    public ActivityCodes codes() {
        return codes;
    }

    /** The agent's blocks, by start. */
    public List<ScheduleItem> items(String agent) {
        return List.copyOf(byAgent.getOrDefault(agent, List.of()));
    }

    public List<ScheduleItem> items() {
        List<ScheduleItem> all = new ArrayList<>();
        byAgent.values().forEach(all::addAll);
        all.sort(Comparator.comparingLong(ScheduleItem::startMs).thenComparing(ScheduleItem::id));
        return all;
    }

    public java.util.Set<String> agents() {
        return java.util.Set.copyOf(byAgent.keySet());
    }

    /** What the agent is scheduled to do at {@code ms}: the covering block of the highest layer, if any. */
    public Optional<ScheduleItem> scheduledAt(String agent, long ms) {
        ScheduleItem best = null;
        Layer bestLayer = null;
        for (ScheduleItem i : byAgent.getOrDefault(agent, List.of())) {
            if (i.startMs() > ms) {
                break;
            }
            if (!i.covers(ms)) {
                continue;
            }
            Layer l = codes.require(i.code()).layer();
            if (best == null || l.outranks(bestLayer) || (l == bestLayer && i.startMs() >= best.startMs())) {
                best = i;
                bestLayer = l;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The agent's blocks that cover any part of {@code [fromMs, toMs)}. */
    public List<ScheduleItem> itemsBetween(String agent, long fromMs, long toMs) {
        List<ScheduleItem> out = new ArrayList<>();
        for (ScheduleItem i : byAgent.getOrDefault(agent, List.of())) {
            if (i.startMs() < toMs && i.endMs() > fromMs) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The agent's scheduled time in {@code [fromMs, toMs)} cut into stretches of one effective block each (by
     * layer precedence), in time order; gaps (nothing scheduled) are left out.
     */
    public List<Stretch> stretches(String agent, long fromMs, long toMs) {
        List<ScheduleItem> items = itemsBetween(agent, fromMs, toMs);
        java.util.TreeSet<Long> cuts = new java.util.TreeSet<>();
        cuts.add(fromMs);
        cuts.add(toMs);
        for (ScheduleItem i : items) {
            if (i.startMs() > fromMs && i.startMs() < toMs) {
                cuts.add(i.startMs());
            }
            if (i.endMs() > fromMs && i.endMs() < toMs) {
                cuts.add(i.endMs());
            }
        }
        List<Stretch> out = new ArrayList<>();
        Long prev = null;
        for (long c : cuts) {
            if (prev != null) {
                Optional<ScheduleItem> at = scheduledAt(agent, prev);
                if (at.isPresent()) {
                    ScheduleItem i = at.get();
                    if (!out.isEmpty() && out.get(out.size() - 1).item().equals(i)
                            && out.get(out.size() - 1).toMs() == prev) {
                        Stretch last = out.remove(out.size() - 1);
                        out.add(new Stretch(i, last.fromMs(), c));
                    } else {
                        out.add(new Stretch(i, prev, c));
                    }
                }
            }
            prev = c;
        }
        return out;
    }

    /** A stretch of time during which one block is what the agent is scheduled to do. */
    public record Stretch(ScheduleItem item, long fromMs, long toMs) {
        public long ms() {
            return toMs - fromMs;
        }
    }
}
