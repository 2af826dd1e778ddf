package io.floorview.feed.sim;

import java.util.List;

/**
 * One agent's shift on one day: as planned ({@code startMs} to {@code endMs}) and as it will go (the agent
 * logs in at {@code loginMs}, a little early or late, and out at {@code logoutMs}, or after the call in
 * progress then).
 *
 * @param activities planned breaks, lunch and other activities, in order of start
 */
record Shift(AgentProfile agent, long startMs, long endMs, long loginMs, long logoutMs, List<Activity> activities) {

    Shift {
        activities = List.copyOf(activities);
    }
}
