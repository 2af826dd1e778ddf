package io.floorview.domain.schedule;

import java.util.List;
import java.util.Objects;

/**
 * An agent that can be scheduled: the id the feed knows them by, a name, a team (may be empty) and the queues
 * they serve, main queue first.
 */
public record Agent(String id, String name, String team, List<String> queues) {

    public Agent {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an agent needs an id");
        }
        name = name == null || name.isBlank() ? id : name;
        team = team == null ? "" : team;
        queues = queues == null ? List.of() : List.copyOf(queues);
    }
}
