package io.floorview.feed.asterisk.queuelog;

/**
 * A queue_log line that cannot be taken in, with a reason a person can act on. It is set aside and counted;
 * reading goes on with the next line. Carries no stack trace: bad lines are data, not program errors.
 */
public final class QueueLogLineException extends Exception {

    private static final long serialVersionUID = 1L;

    public QueueLogLineException(String reason) {
        super(reason, null, false, false);
    }
}
