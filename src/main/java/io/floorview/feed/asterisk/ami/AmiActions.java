package io.floorview.feed.asterisk.ami;

/**
 * What a supervisor can ask Asterisk to do with an agent, through the feed's own AMI connection. An agent is
 * named by the feed's agent id (the queue member's name) or by its interface ({@code PJSIP/400}). Each call
 * waits for Asterisk's answer (a few seconds at most) and says whether it was done and, if not, why in
 * Asterisk's words: nothing is ever silently skipped. Call it off the FX thread.
 */
public interface AmiActions {

    /**
     * Pauses the agent in {@code queue}, or in every queue it serves when {@code queue} is {@code null}, with
     * {@code reason} (the not-ready reason the feed will show; may be {@code null}).
     */
    ActionResult pause(String agent, String queue, String reason);

    /** Ends the agent's pause in {@code queue}, or in every queue when {@code queue} is {@code null}. */
    ActionResult unpause(String agent, String queue);

    /** Removes the agent from {@code queue} (Asterisk removes dynamic members only). */
    ActionResult remove(String agent, String queue);

    /** What became of an action. */
    record ActionResult(boolean done, String message) {

        public static ActionResult done(String message) {
            return new ActionResult(true, message);
        }

        public static ActionResult failed(String why) {
            return new ActionResult(false, why);
        }
    }
}
