package io.floorview.store;

import java.util.Objects;

/**
 * One supervisor's action on an agent, as the log keeps it.
 *
 * @param action        {@code ready}, {@code not_ready} or {@code log_out}
 * @param reason        the not-ready reason code asked for, else {@code null}
 * @param outcome       {@code confirmed}, {@code refused}, {@code failed} or {@code timed_out}
 * @param message       why it was refused or failed, or what confirmed it
 * @param confirmingSeq the seq of the feed event that confirmed it, 0 otherwise
 * @param feed          the feed server asked, or {@code null}
 */
public record ActionLogEntry(String commandId, long requestedMs, long completedMs, String supervisor, String agent,
                             String action, String reason, String outcome, String message, long confirmingSeq,
                             String feed) {

    public ActionLogEntry {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }
}
