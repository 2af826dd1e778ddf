package io.floorview.feed.asterisk.queuelog;

import io.floorview.feed.server.EventJournal;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a live queue_log like {@code tail -F} and publishes its events into a feed's journal, on a thread
 * of its own ({@code queue-log-reader}).
 *
 * <p>It reads the file from its start (so the feed has the day's history), then every poll interval the
 * complete lines appended since; a last line without its newline waits for it. When the file at the path
 * is another one (rotation: renamed and created anew, seen by its file key or its first line) it finishes
 * the old file and goes on with the new one from its start; when the file shrinks or its first line changes
 * in place (copytruncate) it starts over at 0. Polling, not a watch service: watch services miss changes on
 * network and some container file systems. A file that does not exist yet is waited for. Events are numbered
 * on across rotations (one feed for the follower's life), and the feed is named after the first line of the
 * file it started on ({@link QueueLogIdentity}), like an import of that file.
 */
public final class QueueLogFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueueLogFollower.class);
    private static final int CHUNK = 1 << 20;
    private static final int SET_ASIDE_LOGGED = 50;

    /** Where the follower stands, for logs and tests. */
    public record Status(long linesRead, long eventsPublished, long setAside, long files, long truncations,
                         boolean waitingForFile) {
    }

    private final Path path;
    private final EventJournal journal;
    private final long pollMs;
    private final LongSupplier wallClock;
    private final QueueLogSession session;
    private final LineSplitter lines = new LineSplitter(QueueLogReader.MAX_LINE);
    private final CompletableFuture<String> feedId = new CompletableFuture<>();
    private final ByteBuffer buf = ByteBuffer.allocate(CHUNK);
    private final Thread thread;
    private volatile boolean running;
    private volatile boolean closed;

    // reader-thread state
    private FileChannel channel;
    private Object fileKey;
    private byte[] firstLine;
    private long position;
    private long lastSize = -1;
    private boolean saidWaiting;
    private volatile long files;
    private volatile long truncations;
    private volatile long published;
    private volatile boolean waiting;

    /**
     * @param pollMs    how often to look for new lines (a few hundred ms is plenty)
     * @param wallClock the time now, epoch ms: ends an overflow or a wrap-up still open when the file is quiet
     */
    public QueueLogFollower(Path path, QueueLogOptions options, EventJournal journal, long pollMs,
                            LongSupplier wallClock) {
        this.path = Objects.requireNonNull(path, "path");
        this.journal = journal;
        this.pollMs = pollMs;
        this.wallClock = wallClock;
        this.session = new QueueLogSession(options, e -> {
            journal.append(e);
            published++;
        }, this::setAside);
        this.thread = new Thread(this::run, "queue-log-reader");
        thread.setDaemon(true);
    }

    public void start() {
        running = true;
        thread.start();
    }

    /** The feed's id, known once the file has its first line. */
    public CompletableFuture<String> feedId() {
        return feedId;
    }

    public Path path() {
        return path;
    }

    public Status status() {
        return new Status(session.linesRead(), published, session.setAsideCount(), files, truncations, waiting);
    }

    private void run() {
        LOG.info("following {}", path);
        while (running) {
            try {
                if (!poll()) {
                    idle();
                    Thread.sleep(pollMs);
                }
            } catch (InterruptedException e) {
                break;
            } catch (IOException e) {
                if (!running) {
                    break;
                }
                LOG.warn("cannot read {}: {}; trying again", path, e.toString());
                closeChannel();
                sleepQuietly();
            } catch (RuntimeException e) {
                LOG.error("following {} failed", path, e);
                sleepQuietly();
            }
        }
        closeChannel();
    }

    /** One look at the file; true when it read something or changed file (look again at once). */
    boolean poll() throws IOException {
        if (channel == null && !open()) {
            return false;
        }
        BasicFileAttributes now = attributes();
        boolean replaced = now == null || (fileKey != null && !fileKey.equals(now.fileKey()));
        long size = channel.size();
        if (size < position || (!replaced && size != lastSize && firstLineChanged())) {
            LOG.info("{} was truncated: reading it again from its start", path);
            truncations++;
            position = 0;
            firstLine = null;
            lines.reset();
        }
        lastSize = size;
        if (size > position) {
            read(size);
            return true;
        }
        if (replaced) {
            lines.finish(session);
            closeChannel();
            LOG.info("{} was rotated: going on with the new file", path);
            return true;
        }
        return false;
    }

    /** The file is quiet: overflows and wrap-ups due by the wall clock end now. */
    void idle() {
        session.tick(wallClock.getAsLong());
    }

    private boolean open() throws IOException {
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            waiting = true;
            if (!saidWaiting) {
                LOG.info("waiting for {} to appear", path);
                saidWaiting = true;
            }
            return false;
        }
        BasicFileAttributes a = attributes();
        fileKey = a == null ? null : a.fileKey();
        position = 0;
        lastSize = -1;
        firstLine = null;
        lines.reset();
        files++;
        waiting = false;
        saidWaiting = false;
        return true;
    }

    private void read(long upTo) throws IOException {
        while (position < upTo && !closed) {
            buf.clear();
            buf.limit((int) Math.min(CHUNK, upTo - position));
            int n = channel.read(buf, position);
            if (n <= 0) {
                return;
            }
            if (firstLine == null) {
                rememberFirstLine(n);
            }
            lines.accept(buf.array(), 0, n, session);
            position += n;
            if (!feedId.isDone() && session.feedId() != null) {
                feedId.complete(session.feedId());
            }
        }
    }

    /** Keeps the file's first line (once whole) to recognise the file after a copytruncate. */
    private void rememberFirstLine(int n) {
        if (position != 0) {
            return;
        }
        byte[] b = buf.array();
        for (int i = 0; i < Math.min(n, QueueLogIdentity.HASHED_BYTES); i++) {
            if (b[i] == '\n') {
                firstLine = Arrays.copyOf(b, i);
                return;
            }
        }
    }

    private boolean firstLineChanged() throws IOException {
        if (firstLine == null) {
            return false;
        }
        ByteBuffer head = ByteBuffer.allocate(firstLine.length + 1);
        while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
            // read the first line and its newline again
        }
        byte[] h = head.array();
        return head.position() < h.length || h[firstLine.length] != '\n'
                || !Arrays.equals(h, 0, firstLine.length, firstLine, 0, firstLine.length);
    }

    private BasicFileAttributes attributes() {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private void setAside(QueueLogSummary.SetAside line) {
        long n = session.setAsideCount();
        if (n <= SET_ASIDE_LOGGED) {
            LOG.warn("{} line {} set aside: {} [{}]", path, line.lineNumber(), line.reason(), line.text());
        } else if (n % 1000 == 0) {
            LOG.warn("{}: {} lines set aside so far", path, n);
        }
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("closing {}: {}", path, e.toString());
            }
            channel = null;
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(Math.max(pollMs, 1000));
        } catch (InterruptedException e) {
            running = false;
        }
    }

    /** Stops following; the journal is closed too (no more events will come). */
    @Override
    public void close() {
        closed = true;
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        journal.close();
        if (!feedId.isDone()) {
            feedId.cancel(false);
        }
    }
}
