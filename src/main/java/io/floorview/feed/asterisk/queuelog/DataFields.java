package io.floorview.feed.asterisk.queuelog;

/** Reads the numbers in a queue_log line's data fields, naming the field when one is not a number. */
final class DataFields {

    private DataFields() {
    }

    /** Whole seconds in data field {@code i}, or -1 when the field is missing or empty. */
    static long seconds(QueueLogLine line, int i, String name) throws QueueLogLineException {
        return number(line, i, name, "a whole number of seconds");
    }

    /** Milliseconds in data field {@code i}, or -1 when missing or empty. */
    static long millis(QueueLogLine line, int i, String name) throws QueueLogLineException {
        return number(line, i, name, "a whole number of milliseconds");
    }

    /** A queue position in data field {@code i}, 0 when missing or empty. */
    static int position(QueueLogLine line, int i, String name) throws QueueLogLineException {
        long v = number(line, i, name, "a position in the queue");
        return v < 0 ? 0 : (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static long number(QueueLogLine line, int i, String name, String what) throws QueueLogLineException {
        String s = line.data(i);
        int n = s.length();
        if (n == 0) {
            return -1;
        }
        if (n > 12) {
            throw bad(line, i, name, s, what);
        }
        long v = 0;
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                throw bad(line, i, name, s, what);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static QueueLogLineException bad(QueueLogLine line, int i, String name, String value, String what) {
        return new QueueLogLineException(line.event() + ": " + name + " (data" + (i + 1) + ") '" + value
                + "' is not " + what);
    }

    /** The field as text, {@code null} when empty. */
    static String text(QueueLogLine line, int i) {
        String s = line.data(i);
        return s.isEmpty() ? null : s;
    }
}
