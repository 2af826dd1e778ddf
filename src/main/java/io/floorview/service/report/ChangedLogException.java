package io.floorview.service.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An import refused because the file starts with the same line as a queue_log imported before (so it names the
 * same feed, see {@code QueueLogIdentity}) but its events differ from that import's: another log that happens to
 * start alike, or a copy edited since. Floorview keeps each event of a feed once, by its number, so such a file
 * cannot be added to it without mixing the two; nothing of it is imported. (A file that only grew since imports as
 * ever: its first events are the ones held.)
 */
public final class ChangedLogException extends IOException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    private final transient Path file;
    private final String feed;
    private final long seq;
    private final String at;

    /**
     * @param seq  the number of the first event that differs
     * @param tsMs the time of that event in the file
     */
    public ChangedLogException(Path file, String feed, long seq, long tsMs, ZoneId zone) {
        this(file, feed, seq, WHEN.format(Instant.ofEpochMilli(tsMs).atZone(zone)));
    }

    private ChangedLogException(Path file, String feed, long seq, String at) {
        super(file + " starts like the queue_log imported before as " + feed + ", but from its line at " + at
                + " on its events differ from that import's (event " + seq + "): another log or a changed copy."
                + " Each event of a log is kept once, so the two cannot be mixed");
        this.file = file;
        this.feed = feed;
        this.seq = seq;
        this.at = at;
    }

    public Path file() {
        return file;
    }

    public String feed() {
        return feed;
    }

    /** The number of the first event that differs from the one held. */
    public long seq() {
        return seq;
    }

    /** The local time (center's zone) of the line where the file starts to differ, {@code 2012-07-04 07:33:23}. */
    public String at() {
        return at;
    }
}
