package io.floorview.feed.asterisk.queuelog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The feed a queue_log maps to: {@code queue_log:} and a short hash of the file's first line.
 *
 * <p>The first line of a queue_log is written once, when the file starts, and never changes while the file
 * grows; it carries the time it was written to the second. So the same file, a copy of it, and the same file
 * after it grew all name the same feed, and since the mapping numbers events in the order of the lines, they
 * give the same seqs: importing again never counts anything twice (the console keeps events by feed and
 * seq). A rotated or truncated file starts with another line: it is another feed, numbered from 1 again.
 * Neither the path nor the host is part of it: they change when a file is copied, not what it holds.
 */
public final class QueueLogIdentity {

    public static final String PREFIX = "queue_log:";
    /** Only the first bytes of an absurdly long first line are hashed. */
    static final int HASHED_BYTES = LineSplitter.HEAD_KEPT;

    private QueueLogIdentity() {
    }

    /** The feed id of a file whose first line (without its newline) is {@code b[off, off + len)}. */
    public static String feedId(byte[] b, int off, int len) {
        int n = Math.min(len, HASHED_BYTES);
        while (n > 0 && b[off + n - 1] == '\r') {
            n--;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(b, off, n);
            return PREFIX + HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public static String feedId(String firstLine) {
        byte[] b = firstLine.getBytes(StandardCharsets.UTF_8);
        return feedId(b, 0, b.length);
    }

    /** The feed id of {@code file}, empty while the file is empty. */
    public static Optional<String> of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HASHED_BYTES + 1);
            if (head.length == 0) {
                return Optional.empty();
            }
            int n = 0;
            while (n < head.length && head[n] != '\n') {
                n++;
            }
            return Optional.of(feedId(head, 0, n));
        }
    }
}
