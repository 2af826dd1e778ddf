package io.floorview.app.cli;

import io.floorview.feed.asterisk.queuelog.QueueLogOptions;
import io.floorview.feed.asterisk.queuelog.QueueLogReader;
import io.floorview.service.report.NotAQueueLogException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/** What the commands that read a file ({@code report}, {@code import}, {@code feed}) tell a user who named a file they cannot read. */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * Why {@code file} cannot be read as a queue_log, or {@code null} when it is a readable file: it does not
     * exist (and neither does its folder), it is a folder, it cannot be read, or it is no regular file.
     */
    static String whyUnreadable(Path file) {
        if (Files.isDirectory(file)) {
            return file + " is a folder, not a queue_log file";
        }
        if (!Files.exists(file)) {
            Path parent = file.toAbsolutePath().getParent();
            return parent != null && !Files.isDirectory(parent)
                    ? file + " does not exist: neither does the folder " + parent
                    : file + " does not exist";
        }
        if (!Files.isRegularFile(file)) {
            return file + " is not a regular file";
        }
        if (!Files.isReadable(file)) {
            return unreadable(file);
        }
        return null;
    }

    /** How much of a file to follow is read first to see that it is a queue_log. */
    static final int HEAD_CHECKED = 64 * 1024;

    /**
     * Why the file that {@code feed} is to follow is no queue_log — not one of its first lines (up to 64 KiB) is a
     * queue_log event: a binary file, a README — or {@code null} when it may be one (no whole line yet, events,
     * or only blank lines and headers so far, which a growing log may still follow).
     */
    static String notAQueueLog(Path file, ZoneId zone) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_CHECKED);
        }
        int end = head.length;
        if (end == HEAD_CHECKED) {
            while (end > 0 && head[end - 1] != '\n') {
                end--; // whole lines only: the cut one is read in full when followed
            }
        }
        if (end == 0) {
            return null;
        }
        var summary = new QueueLogReader(QueueLogOptions.defaults().withZone(zone))
                .read(new ByteArrayInputStream(head, 0, end), end, e -> { }, QueueLogReader.Progress.NONE);
        try {
            NotAQueueLogException.check(file, summary);
            return null;
        } catch (NotAQueueLogException e) {
            return e.kind() == NotAQueueLogException.Kind.NOT_QUEUE_LOG ? e.getMessage() : null;
        }
    }

    /** The message for a file that exists but that this user may not read. */
    static String unreadable(Path file) {
        return "cannot read " + file + ": permission denied (Asterisk's logs are often readable by the asterisk"
                + " group only)";
    }
}
