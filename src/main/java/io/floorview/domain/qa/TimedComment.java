package io.floorview.domain.qa;

import java.util.Objects;

/**
 * A comment at a moment of the recording: the evidence behind a score. Clicking it moves the player there.
 *
 * @param offsetMs   milliseconds from the start of the recording
 * @param questionId the question it supports, or {@code null}
 */
public record TimedComment(long offsetMs, String text, String questionId) {

    public TimedComment {
        Objects.requireNonNull(text, "text");
        if (offsetMs < 0) {
            throw new IllegalArgumentException("a comment's moment is 0 ms or later into the recording, not "
                    + offsetMs);
        }
    }

    public static TimedComment at(long offsetMs, String text) {
        return new TimedComment(offsetMs, text, null);
    }
}
