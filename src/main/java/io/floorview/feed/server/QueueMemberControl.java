package io.floorview.feed.server;

import java.util.Objects;

/**
 * What a phone system offers to act on an agent as a queue member: pause with a reason, unpause, remove from
 * every queue. For Asterisk these are the AMI actions {@code QueuePause} (Paused true/false, Reason) and
 * {@code QueueRemove}; an AMI source implements this over its manager connection. Calls block until the phone
 * system answers (or a timeout) and may come from several threads.
 */
public interface QueueMemberControl {

    Outcome pause(String agent, String reason);

    Outcome unpause(String agent);

    Outcome remove(String agent);

    /** How the phone system answered. */
    record Outcome(Kind kind, String message) {

        public enum Kind {
            /** The phone system did it ({@code Response: Success}). */
            DONE,
            /** The phone system said no, in its own words ({@code Response: Error}, {@code Message: …}). */
            REFUSED,
            /** The phone system could not be asked or did not answer. */
            UNREACHABLE
        }

        public Outcome {
            Objects.requireNonNull(kind, "kind");
        }

        public static Outcome done() {
            return new Outcome(Kind.DONE, null);
        }

        public static Outcome refused(String phoneSystemSays) {
            return new Outcome(Kind.REFUSED, phoneSystemSays);
        }

        public static Outcome unreachable(String why) {
            return new Outcome(Kind.UNREACHABLE, why);
        }
    }
}
