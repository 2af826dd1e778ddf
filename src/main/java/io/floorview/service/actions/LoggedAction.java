package io.floorview.service.actions;

/**
 * A supervisor's action as the log keeps it: what was asked, by whom (in the outcome's action), how it ended
 * and when.
 *
 * @param requestedMs when the supervisor asked, epoch ms (this computer's clock)
 * @param completedMs when the outcome was known
 * @param feed        the feed server asked, or {@code null}
 */
public record LoggedAction(String commandId, long requestedMs, long completedMs, String feed, ActionOutcome outcome) {
}
