package io.floorview.feed.asterisk.queuelog;

import io.floorview.domain.event.FeedEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a whole queue_log (either form) in one go, for importers and reports: its events go to a consumer in
 * seq order, and what was read comes back as a {@link QueueLogSummary}. Streams the file in constant memory;
 * bad lines are set aside, never an abort. The events' feed is {@link QueueLogIdentity#of(Path)}.
 */
public final class QueueLogReader {

    /** No line of a queue_log comes near this; a longer one is binary data. */
    static final int MAX_LINE = 64 * 1024;
    private static final int BUFFER = 1 << 20;

    /** How far the reading is, after each chunk of the file. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (read, total) -> {
        };

        /** @param totalBytes the size of the input, or -1 when unknown */
        void bytesRead(long bytesRead, long totalBytes);
    }

    private final QueueLogOptions options;

    public QueueLogReader(QueueLogOptions options) {
        this.options = options;
    }

    public QueueLogSummary read(Path file, Consumer<FeedEvent> events, Progress progress) throws IOException {
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, size, events, progress);
        }
    }

    public QueueLogSummary read(InputStream in, long totalBytes, Consumer<FeedEvent> events, Progress progress)
            throws IOException {
        QueueLogSession session = new QueueLogSession(options, events, null);
        LineSplitter lines = new LineSplitter(MAX_LINE);
        byte[] buf = new byte[BUFFER];
        long read = 0;
        int n;
        while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
            lines.accept(buf, 0, n, session);
            read += n;
            progress.bytesRead(read, totalBytes);
        }
        lines.finish(session);
        session.finish();
        return session.summary(read);
    }
}
