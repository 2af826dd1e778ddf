package io.floorview.domain.schedule;

import io.floorview.domain.event.AgentState;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The center's activity codes, by code. */
public final class ActivityCodes {

    private static final Set<AgentState> WORKING = Set.of(AgentState.READY, AgentState.ON_CALL, AgentState.WRAP_UP);
    private static final Set<AgentState> AWAY = Set.of(AgentState.NOT_READY);
    private static final Set<AgentState> OFF = Set.of(AgentState.LOGGED_OUT);

    private final Map<String, ActivityCode> byCode = new LinkedHashMap<>();

    public ActivityCodes(Collection<ActivityCode> codes) {
        for (ActivityCode c : codes) {
            if (byCode.put(c.code(), c) != null) {
                throw new IllegalArgumentException("activity code " + c.code() + " is defined twice");
            }
        }
    }

    /** The codes a center starts with (product brief §4); every one can be edited. */
    public static ActivityCodes defaults() {
        return new ActivityCodes(List.of(
                new ActivityCode("shift", "Shift", Layer.SHIFT, "#4caf50", true, true, false, 5, WORKING, Set.of()),
                new ActivityCode("overtime", "Overtime", Layer.ACTIVITY, "#2e7d32", true, true, false, 5, WORKING,
                        Set.of()),
                new ActivityCode("break", "Break", Layer.ACTIVITY, "#ffb300", true, false, true, 3, AWAY,
                        Set.of("break")),
                new ActivityCode("lunch", "Lunch", Layer.ACTIVITY, "#fb8c00", false, false, true, 5, AWAY,
                        Set.of("lunch")),
                new ActivityCode("meeting", "Meeting", Layer.ACTIVITY, "#8e24aa", true, false, true, 5, AWAY,
                        Set.of("meeting")),
                new ActivityCode("training", "Training", Layer.ACTIVITY, "#3949ab", true, false, true, 5, AWAY,
                        Set.of("training")),
                new ActivityCode("coaching", "Coaching", Layer.ACTIVITY, "#00897b", true, false, true, 5, AWAY,
                        Set.of("coaching")),
                new ActivityCode("vacation", "Vacation", Layer.TIME_OFF, "#90a4ae", true, false, true, 0, OFF, Set.of()),
                new ActivityCode("sick", "Sick", Layer.TIME_OFF, "#e57373", true, false, true, 0, OFF, Set.of()),
                new ActivityCode("late", "Late", Layer.TIME_OFF, "#ef6c00", false, false, true, 0, OFF, Set.of()),
                new ActivityCode("early_leave", "Early leave", Layer.TIME_OFF, "#d84315", false, false, true, 0, OFF,
                        Set.of()),
                new ActivityCode("no_show", "No-show", Layer.TIME_OFF, "#b71c1c", false, false, true, 0, OFF, Set.of()),
                new ActivityCode("day_off", "Day off", Layer.TIME_OFF, "#cfd8dc", false, false, false, 0, OFF, Set.of())));
    }

    public Optional<ActivityCode> get(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The code, or an error naming it when the center has no such code. */
    public ActivityCode require(String code) {
        ActivityCode c = byCode.get(code);
        if (c == null) {
            throw new IllegalArgumentException("no activity code '" + code + "'");
        }
        return c;
    }

    public Collection<ActivityCode> all() {
        return byCode.values();
    }
}
