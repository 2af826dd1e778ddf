package io.floorview.feed.server;

import java.util.Objects;

/**
 * What a source made of a supervisor's command. Anything but {@link Kind#ACCEPTED} carries the reason, in words
 * a supervisor can act on ("agent a1001 is on a call"), and is passed on to the console as it is.
 */
public record CommandResult(Kind kind, String reason) {

    public enum Kind {
        /** Carried out, or under way: the resulting event will follow on the feed (HTTP 202). */
        ACCEPTED,
        /** Not now: the agent's state does not allow it (on a call, already so, logged out) (HTTP 409). */
        CONFLICT,
        /** Never: unknown agent, or something this source cannot do (HTTP 422). */
        INVALID,
        /** The source could not carry it out: the phone system did not answer or failed (HTTP 502). */
        FAILED
    }

    public CommandResult {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.ACCEPTED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a command that is not accepted needs a reason");
        }
    }

    private static final CommandResult ACCEPTED_RESULT = new CommandResult(Kind.ACCEPTED, null);

    public static CommandResult accepted() {
        return ACCEPTED_RESULT;
    }

    public static CommandResult conflict(String reason) {
        return new CommandResult(Kind.CONFLICT, reason);
    }

    public static CommandResult invalid(String reason) {
        return new CommandResult(Kind.INVALID, reason);
    }

    public static CommandResult failed(String reason) {
        return new CommandResult(Kind.FAILED, reason);
    }

    public boolean isAccepted() {
        return kind == Kind.ACCEPTED;
    }
}
