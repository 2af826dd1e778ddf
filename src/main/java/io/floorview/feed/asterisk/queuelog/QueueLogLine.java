package io.floorview.feed.asterisk.queuelog;

/**
 * One line of an Asterisk queue_log, in either form (the pipe file or a database export), as read.
 *
 * <p>{@code callId}, {@code queue} and {@code agent} are {@code null} where the line says {@code NONE} or
 * nothing; other special call ids ({@code REALTIME}, {@code MANAGER}, {@code CLI}) are kept as written.
 * {@code data} holds the event's data fields in order, without trailing empty ones.
 *
 * @param lineNumber 1 for the first line of the file
 * @param ts         when the line was written, epoch milliseconds UTC
 */
public record QueueLogLine(long lineNumber, long ts, String callId, String queue, String agent, String event,
                           String[] data) {

    private static final String[] NO_DATA = new String[0];

    public QueueLogLine {
        data = data == null ? NO_DATA : data;
    }

    /** The {@code i}-th data field (0 for data1), or the empty string when the line has fewer. */
    public String data(int i) {
        return i < data.length ? data[i] : "";
    }

    /** How many data fields the line has, not counting trailing empty ones. */
    public int dataCount() {
        return data.length;
    }
}
