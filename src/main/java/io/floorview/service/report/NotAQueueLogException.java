package io.floorview.service.report;

import io.floorview.feed.asterisk.queuelog.QueueLogSummary;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A file given as a queue_log that is none: empty, or not one of its lines a queue_log event (a README, a
 * spreadsheet, a binary file). Reported and imported files are checked with {@link #check}, so that such a file
 * gives this clear refusal instead of an all-zero report or an import of nothing. A real log whose lines are all
 * events without calls (QUEUESTART, CONFIGRELOAD) is a queue_log: it passes.
 */
public final class NotAQueueLogException extends IOException {

    /** What was wrong with the file. */
    public enum Kind {
        /** No line at all. */
        EMPTY,
        /** Only blank lines, comments and headers. */
        NO_EVENTS,
        /** Lines, none of them a queue_log event: all set aside. */
        NOT_QUEUE_LOG
    }

    private final transient Path file;
    private final Kind kind;
    private final long lines;
    private final long firstLine;
    private final String firstReason;

    public NotAQueueLogException(Path file, Kind kind, long lines, long firstLine, String firstReason) {
        super(message(file, kind, lines, firstLine, firstReason));
        this.file = file;
        this.kind = kind;
        this.lines = lines;
        this.firstLine = firstLine;
        this.firstReason = firstReason;
    }

    /** The file is empty (for a file whose first line cannot be read into an identity). */
    public static NotAQueueLogException empty(Path file) {
        return new NotAQueueLogException(file, Kind.EMPTY, 0, 0, "");
    }

    /**
     * Refuses a file whose reading {@code s} found no queue_log event: not a line mapped, ignored as an event
     * without calls, or of an event Floorview does not know.
     *
     * @throws NotAQueueLogException when the file is none
     */
    public static void check(Path file, QueueLogSummary s) throws NotAQueueLogException {
        if (s.linesMapped() > 0 || s.linesNotMapped() > 0) {
            return;
        }
        if (s.linesRead() == 0) {
            throw empty(file);
        }
        if (s.linesSetAside() == 0) {
            throw new NotAQueueLogException(file, Kind.NO_EVENTS, s.linesRead(), 0, "");
        }
        QueueLogSummary.SetAside first = s.setAside().isEmpty() ? null : s.setAside().get(0);
        throw new NotAQueueLogException(file, Kind.NOT_QUEUE_LOG, s.linesRead(), first == null ? 0 : first.lineNumber(),
                first == null ? "" : first.reason());
    }

    private static String message(Path file, Kind kind, long lines, long firstLine, String firstReason) {
        return switch (kind) {
            case EMPTY -> file + " is empty";
            case NO_EVENTS -> file + " has no queue_log event: " + (lines == 1 ? "its one line is" : "its " + lines + " lines are")
                    + " blank, a comment or a header";
            case NOT_QUEUE_LOG -> file + " is not an Asterisk queue_log: "
                    + (lines == 1 ? "its one line is not" : "none of its " + lines + " lines is")
                    + " a queue_log event" + (firstLine == 0 ? ""
                            : " (the first set aside: line " + firstLine + ", " + firstReason + ")");
        };
    }

    public Path file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    /** Lines the file has. */
    public long lines() {
        return lines;
    }

    /** The first line set aside (1-based), 0 when none. */
    public long firstLine() {
        return firstLine;
    }

    /** Why the first line was set aside, empty when none. */
    public String firstReason() {
        return firstReason;
    }
}
