package io.floorview.ui.live;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.schedule.DayRoster;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Today's roster as the agent board last had it: who is scheduled, in the roster's order. FX thread. */
final class BoardRoster {

    private List<DayRoster.Entry> entries = List.of();
    private Map<String, DayRoster.Entry> byAgent = Map.of();

    /** Takes in the roster worked out last; whether it differs from the one before. */
    boolean take(List<DayRoster.Entry> today) {
        if (today.equals(entries)) {
            return false;
        }
        Map<String, DayRoster.Entry> m = new LinkedHashMap<>();
        today.forEach(e -> m.put(e.agent(), e));
        entries = today;
        byAgent = m;
        return true;
    }

    DayRoster.Entry get(String agent) {
        return byAgent.get(agent);
    }

    Collection<DayRoster.Entry> entries() {
        return byAgent.values();
    }

    /**
     * The roster entry of an agent the board speaks of by their shift: one the feed does not know, or one logged
     * out since before their shift began (not there yet, or a no-show); {@code null} for anyone else.
     */
    DayRoster.Entry notLoggedInForShift(AgentRow row) {
        DayRoster.Entry e = byAgent.get(row.id());
        return e == null || row.onFloor() && (!e.hasShift() || row.stateProperty().get() != AgentState.LOGGED_OUT
                || row.stateSinceMs() >= e.shiftStartMs()) ? null : e;
    }
}
