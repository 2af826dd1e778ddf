package io.floorview.domain.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A shift as a team leader lays it out once and applies to many agents and days: a start time, a length, and
 * activities at offsets from the start. Overnight templates (22:00 for 8.5 hours) run into the next day.
 *
 * @param activities each activity's code, offset from the shift's start and length
 */
public record ShiftTemplate(String name, LocalTime start, Duration length, List<Part> activities) {

    /** An activity of a template: {@code offset} after the shift starts, for {@code length}. */
    public record Part(String code, Duration offset, Duration length) {
    }

    public ShiftTemplate {
        activities = List.copyOf(activities);
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a template's shift must last more than nothing");
        }
    }

    /** The templates a center starts with: early, day, late and night shifts with two breaks and a lunch. */
    public static List<ShiftTemplate> defaults() {
        return List.of(standard("early", LocalTime.of(7, 0)), standard("day", LocalTime.of(9, 0)),
                standard("late", LocalTime.of(13, 0)), standard("night", LocalTime.of(22, 0)),
                new ShiftTemplate("part", LocalTime.of(10, 0), Duration.ofHours(5),
                        List.of(new Part("break", Duration.ofMinutes(150), Duration.ofMinutes(15)))));
    }

    private static ShiftTemplate standard(String name, LocalTime start) {
        return new ShiftTemplate(name, start, Duration.ofMinutes(510), List.of(
                new Part("break", Duration.ofMinutes(120), Duration.ofMinutes(15)),
                new Part("lunch", Duration.ofMinutes(240), Duration.ofMinutes(30)),
                new Part("break", Duration.ofMinutes(375), Duration.ofMinutes(15))));
    }

    /** The blocks of this template for {@code agent} on {@code day}, in the center's zone. */
    public List<ScheduleItem> on(String agent, LocalDate day, ZoneId zone, Supplier<String> ids) {
        long start = day.atTime(start()).atZone(zone).toInstant().toEpochMilli();
        List<ScheduleItem> out = new ArrayList<>();
        out.add(new ScheduleItem(ids.get(), agent, "shift", start, length.toMillis()));
        for (Part p : activities) {
            out.add(new ScheduleItem(ids.get(), agent, p.code(), start + p.offset().toMillis(), p.length().toMillis()));
        }
        return out;
    }
}
