package io.floorview.feed.sim;

/**
 * A planned not-ready activity within a shift: a break, lunch, meeting, training or coaching.
 *
 * @param startMs    when it is planned to start; it starts later when the agent is still on a call
 * @param durationMs how long it lasts once started
 * @param reason     the not-ready reason code the agent's phone reports
 */
record Activity(long startMs, long durationMs, String reason) {

    static final String BREAK = "break";
    static final String LUNCH = "lunch";
    static final String MEETING = "meeting";
    static final String TRAINING = "training";
    static final String COACHING = "coaching";
    /** Not an activity: the pause an agent takes after letting a call ring out. */
    static final String MISSED = "missed";

    long endMs() {
        return startMs + durationMs;
    }
}
