package io.floorview.feed.sim;

import java.util.List;

/**
 * An agent on the roster: who they are and which queues they serve (their main queue first).
 *
 * @param index  position on the roster, 0 for the first agent
 * @param id     the agent's id on the feed, e.g. {@code a1001}
 * @param skills   the queues the agent serves, 1 to 3, main queue first
 * @param partTime works 5-hour shifts instead of 8.5-hour ones, and never nights
 */
record AgentProfile(int index, String id, String name, String team, List<QueueSpec> skills, boolean partTime) {

    AgentProfile {
        skills = List.copyOf(skills);
    }

    boolean serves(QueueSpec q) {
        for (QueueSpec s : skills) {
            if (s.index() == q.index()) {
                return true;
            }
        }
        return false;
    }

    List<String> queueIds() {
        return skills.stream().map(QueueSpec::id).toList();
    }
}
