package io.floorview.domain.schedule;

import io.floorview.domain.schedule.RuleWarning.Kind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rule checks run while a schedule is edited; each finding is a {@link RuleWarning} on the block concerned.
 *
 * <ul>
 *   <li>Overlap: two blocks of one layer of one agent overlap (a warning on each).</li>
 *   <li>Outside its shift: an off-queue activity (break, lunch, meeting, ...) not wholly within the agent's
 *       shifts. On-queue activities (overtime) may lie outside.</li>
 *   <li>Short rest: between the end of a shift and the start of the agent's next shift less than the minimum
 *       (on the later shift). Shifts that touch or overlap are one stretch of work and are not checked.</li>
 *   <li>Daily hours: the working time of a day over the limit (on every shift of that day). A shift belongs to
 *       the day it starts on, in the center's time zone, so a night shift counts whole for its first day.</li>
 *   <li>Weekly hours: the working time of a week (Monday to Sunday, by days as above) over the limit, on the
 *       shift with which the running total passes it.</li>
 * </ul>
 * Working time of a day: the time covered by its shifts and on-queue activities, less the time within it
 * covered by unpaid activities (lunch) and by time off.
 */
public final class ScheduleRules {

    private final RuleLimits limits;
    private final ZoneId zone;

    public ScheduleRules(RuleLimits limits, ZoneId zone) {
        this.limits = limits;
        this.zone = zone;
    }

    /** Every warning of {@code agent}'s blocks in {@code schedule}. */
    public List<RuleWarning> check(Schedule schedule, String agent) {
        ActivityCodes codes = schedule.codes();
        List<ScheduleItem> items = schedule.items(agent);
        List<RuleWarning> out = new ArrayList<>();
        overlaps(codes, items, out);
        List<ScheduleItem> shifts = items.stream().filter(i -> layer(codes, i) == Layer.SHIFT).toList();
        outsideShift(codes, items, shifts, out);
        rest(shifts, out);
        hours(codes, items, shifts, out);
        return out;
    }

    /** Every warning of every agent of {@code schedule}. */
    public List<RuleWarning> checkAll(Schedule schedule) {
        List<RuleWarning> out = new ArrayList<>();
        schedule.agents().stream().sorted().forEach(a -> out.addAll(check(schedule, a)));
        return out;
    }

    private static Layer layer(ActivityCodes codes, ScheduleItem i) {
        return codes.require(i.code()).layer();
    }

    private void overlaps(ActivityCodes codes, List<ScheduleItem> items, List<RuleWarning> out) {
        for (int a = 0; a < items.size(); a++) {
            ScheduleItem x = items.get(a);
            for (int b = a + 1; b < items.size() && items.get(b).startMs() < x.endMs(); b++) {
                ScheduleItem y = items.get(b);
                if (layer(codes, x) == layer(codes, y) && x.overlaps(y)) {
                    long ms = Math.min(x.endMs(), y.endMs()) - Math.max(x.startMs(), y.startMs());
                    out.add(new RuleWarning(x.agent(), x.id(), Kind.OVERLAP, y.id(), ms, 0, day(x.startMs())));
                    out.add(new RuleWarning(y.agent(), y.id(), Kind.OVERLAP, x.id(), ms, 0, day(y.startMs())));
                }
            }
        }
    }

    private void outsideShift(ActivityCodes codes, List<ScheduleItem> items, List<ScheduleItem> shifts,
                              List<RuleWarning> out) {
        List<long[]> cover = Intervals.union(shifts.stream().map(s -> new long[] {s.startMs(), s.endMs()}).toList());
        for (ScheduleItem i : items) {
            ActivityCode c = codes.require(i.code());
            if (c.layer() != Layer.ACTIVITY || c.onQueue()) {
                continue;
            }
            if (Intervals.overlapMs(cover, i.startMs(), i.endMs()) < i.durationMs()) {
                out.add(new RuleWarning(i.agent(), i.id(), Kind.OUTSIDE_SHIFT, null, 0, 0, day(i.startMs())));
            }
        }
    }

    private void rest(List<ScheduleItem> shifts, List<RuleWarning> out) {
        long min = limits.minRest().toMillis();
        ScheduleItem previous = null;
        for (ScheduleItem s : shifts) {
            if (previous != null) {
                long rest = s.startMs() - previous.endMs();
                if (rest > 0 && rest < min) {
                    out.add(new RuleWarning(s.agent(), s.id(), Kind.SHORT_REST, previous.id(), rest, min,
                            day(s.startMs())));
                }
            }
            if (previous == null || s.endMs() > previous.endMs()) {
                previous = s;
            }
        }
    }

    private void hours(ActivityCodes codes, List<ScheduleItem> items, List<ScheduleItem> shifts,
                       List<RuleWarning> out) {
        Map<LocalDate, List<ScheduleItem>> work = new TreeMap<>();
        List<long[]> unpaid = new ArrayList<>();
        for (ScheduleItem i : items) {
            ActivityCode c = codes.require(i.code());
            if (c.layer() == Layer.SHIFT || (c.layer() == Layer.ACTIVITY && c.onQueue())) {
                work.computeIfAbsent(day(i.startMs()), d -> new ArrayList<>()).add(i);
            } else if (c.layer() == Layer.TIME_OFF || !c.paid()) {
                unpaid.add(new long[] {i.startMs(), i.endMs()});
            }
        }
        List<long[]> away = Intervals.union(unpaid);
        long maxDay = limits.maxDaily().toMillis();
        long maxWeek = limits.maxWeekly().toMillis();
        Map<LocalDate, Long> weekTotal = new TreeMap<>();
        for (Map.Entry<LocalDate, List<ScheduleItem>> e : work.entrySet()) {
            List<long[]> covered = Intervals.union(e.getValue().stream()
                    .map(i -> new long[] {i.startMs(), i.endMs()}).toList());
            long ms = Intervals.length(covered) - Intervals.overlapMs(covered, away);
            List<ScheduleItem> dayShifts = shifts.stream().filter(s -> day(s.startMs()).equals(e.getKey()))
                    .sorted(Comparator.comparingLong(ScheduleItem::startMs)).toList();
            if (ms > maxDay) {
                for (ScheduleItem s : dayShifts) {
                    out.add(new RuleWarning(s.agent(), s.id(), Kind.DAILY_HOURS, null, ms, maxDay, e.getKey()));
                }
            }
            LocalDate monday = e.getKey().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long before = weekTotal.getOrDefault(monday, 0L);
            long after = before + ms;
            weekTotal.put(monday, after);
            if (before <= maxWeek && after > maxWeek && !dayShifts.isEmpty()) {
                ScheduleItem s = dayShifts.get(dayShifts.size() - 1);
                out.add(new RuleWarning(s.agent(), s.id(), Kind.WEEKLY_HOURS, null, after, maxWeek, monday));
            }
        }
    }

    private LocalDate day(long ms) {
        return Instant.ofEpochMilli(ms).atZone(zone).toLocalDate();
    }
}
