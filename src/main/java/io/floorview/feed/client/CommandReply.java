package io.floorview.feed.client;

import java.util.Objects;

/**
 * How a feed server answered a supervisor's command.
 *
 * @param httpStatus the server's status code, 0 when no answer came
 * @param message    why it was refused or failed, in the server's words where it gave some; {@code null} when
 *                   accepted
 * @param lastSeq    for an accepted command, the feed's last seq before the source carried it out: the event that
 *                   shows its result comes after it; else -1
 */
public record CommandReply(Kind kind, int httpStatus, String message, long lastSeq) {

    public enum Kind {
        /** The source carried it out or is doing so (202); the resulting event follows on the feed. */
        ACCEPTED,
        /** The source said no (409 not now, 422 never), with the reason. */
        REFUSED,
        /** The server's source takes no commands (404 on {@code /v1/commands}). */
        NO_COMMANDS,
        /** The server wants an access token the console does not have or got wrong (401). */
        UNAUTHORIZED,
        /** The server or its source failed, or answered what this console cannot read (5xx, 400, …). */
        ERROR,
        /** No answer: the server cannot be reached or did not answer in time. */
        UNREACHABLE
    }

    public CommandReply {
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isAccepted() {
        return kind == Kind.ACCEPTED;
    }
}
