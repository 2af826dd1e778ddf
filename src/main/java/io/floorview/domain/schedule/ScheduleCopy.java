package io.floorview.domain.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Bulk edits as one batch of changes: copying a day or a week of agents' blocks to another, and applying shift
 * templates on a weekly pattern. The blocks the agents already have on the target days (those that start on
 * them) are replaced. Days are the center's, so a copy keeps wall-clock times across a daylight-saving change.
 */
public final class ScheduleCopy {

    private ScheduleCopy() {
    }

    /**
     * Copies the blocks of {@code agents} that start in the {@code days} days from {@code from} to the same
     * days from {@code to}.
     */
    public static List<ItemChange> copyDays(Schedule draft, Collection<String> agents, LocalDate from, LocalDate to,
                                            int days, ZoneId zone, Supplier<String> ids) {
        List<ItemChange> out = new ArrayList<>();
        long shift = ChronoUnit.DAYS.between(from, to);
        for (String agent : agents) {
            out.addAll(clear(draft, agent, to, days, zone));
            for (ScheduleItem i : startingIn(draft, agent, from, days, zone)) {
                ZonedDateTime start = Instant.ofEpochMilli(i.startMs()).atZone(zone).plusDays(shift);
                ZonedDateTime end = Instant.ofEpochMilli(i.endMs()).atZone(zone).plusDays(shift);
                long s = start.toInstant().toEpochMilli();
                out.add(ItemChange.insert(new ScheduleItem(ids.get(), agent, i.code(), s,
                        end.toInstant().toEpochMilli() - s)));
            }
        }
        return out;
    }

    /**
     * Applies {@code template} to {@code agents} on the days of the week starting {@code monday} that are in
     * {@code weekdays}, replacing what they had on those days.
     */
    public static List<ItemChange> applyPattern(Schedule draft, Collection<String> agents, ShiftTemplate template,
                                                LocalDate monday, Set<DayOfWeek> weekdays, ZoneId zone,
                                                Supplier<String> ids) {
        List<ItemChange> out = new ArrayList<>();
        for (String agent : agents) {
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                if (!weekdays.contains(day.getDayOfWeek())) {
                    continue;
                }
                out.addAll(clear(draft, agent, day, 1, zone));
                template.on(agent, day, zone, ids).forEach(i -> out.add(ItemChange.insert(i)));
            }
        }
        return out;
    }

    private static List<ItemChange> clear(Schedule draft, String agent, LocalDate from, int days, ZoneId zone) {
        return startingIn(draft, agent, from, days, zone).stream().map(ItemChange::delete).toList();
    }

    /** The agent's blocks that start within {@code days} days from {@code from}. */
    public static List<ScheduleItem> startingIn(Schedule draft, String agent, LocalDate from, int days, ZoneId zone) {
        long a = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long b = from.plusDays(days).atStartOfDay(zone).toInstant().toEpochMilli();
        return draft.items(agent).stream().filter(i -> i.startMs() >= a && i.startMs() < b).toList();
    }
}
