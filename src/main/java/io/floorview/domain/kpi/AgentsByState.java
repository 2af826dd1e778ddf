package io.floorview.domain.kpi;

import java.util.Map;
import java.util.TreeMap;

/** How many agents are in each state; not-ready agents also by reason code. */
public record AgentsByState(int ready, int onCall, int wrapUp, int notReady, int loggedOut,
                            Map<String, Integer> notReadyByReason) {

    public AgentsByState {
        notReadyByReason = Map.copyOf(notReadyByReason);
    }

    public static final AgentsByState NONE = new AgentsByState(0, 0, 0, 0, 0, Map.of());

    public int loggedIn() {
        return ready + onCall + wrapUp + notReady;
    }

    /** Not-ready reasons sorted by name, for stable display. */
    public Map<String, Integer> notReadyByReasonSorted() {
        return new TreeMap<>(notReadyByReason);
    }
}
