package io.floorview.feed.asterisk.ami;

import io.floorview.domain.event.FeedEvent;
import io.floorview.feed.protocol.BadLineException;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.protocol.FeedLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A feed kept on disk, so that a feed server that restarts goes on with the same feed and the next seq: AMI
 * has no history to replay, and a console that holds seq N of a feed asks for what comes after N. The file
 * is NDJSON: a {@code hello} line that names the feed, then the feed's event lines as served. An event is
 * written and forced to disk before it is served, so a console never holds a seq the file lacks. The feed's
 * name is fixed when the file is created ({@code ami:HOST:PORT:START-RANDOM}): a lost file makes a new feed, never a
 * second meaning for seqs a console already holds. Only the newest {@code keep} events are kept.
 */
final class FeedFile implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedFile.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path path;
    private final String feedId;
    private final FileChannel channel;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private long lastSeq;

    /** One event read back: the event and its line. */
    record Stored(FeedEvent event, String line) {
    }

    private FeedFile(Path path, String feedId, FileChannel channel, FileChannel lockChannel, FileLock lock,
                     long lastSeq) {
        this.path = path;
        this.feedId = feedId;
        this.channel = channel;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.lastSeq = lastSeq;
    }

    /**
     * Opens the feed kept at {@code path}, or starts a new one named {@code key:START} there. Hands every
     * event kept to {@code stored}, oldest first.
     *
     * @throws IllegalStateException when another process uses the file, or it is damaged
     */
    static FeedFile open(Path path, String key, long nowMs, int keep, EventCodec codec, Consumer<Stored> stored)
            throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        FileChannel lockChannel = FileChannel.open(path.resolveSibling(path.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = null;
        try {
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process
            }
            if (lock == null) {
                throw new IllegalStateException("another feed server is using " + path);
            }
            if (!Files.exists(path) || Files.size(path) == 0) {
                // the start, and a random part in case a lost journal is begun again within the same millisecond
                String id = String.format(Locale.ROOT, "%s:%s-%04x", key, STAMP.format(Instant.ofEpochMilli(nowMs)),
                        new SecureRandom().nextInt(0x10000));
                Files.writeString(path, codec.encodeHello(id, 0, nowMs, 1.0) + "\n", StandardCharsets.UTF_8);
                LOG.info("started feed {} in {}", id, path);
            }
            Loaded loaded = load(path, codec, keep);
            if (loaded.goodBytes < Files.size(path) || loaded.dropped > 0) {
                rewrite(path, loaded, codec);
            }
            FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            loaded.events.forEach(stored);
            LOG.info("feed {} goes on after seq {} ({} events kept in {})", loaded.feedId, loaded.lastSeq,
                    loaded.events.size(), path);
            return new FeedFile(path, loaded.feedId, ch, lockChannel, lock, loaded.lastSeq);
        } catch (IOException | RuntimeException e) {
            if (lock != null) {
                lock.release();
            }
            lockChannel.close();
            throw e;
        }
    }

    private static final class Loaded {
        String feedId;
        long createdTs;
        final Deque<Stored> events = new ArrayDeque<>();
        long lastSeq;
        long goodBytes;
        long dropped;
    }

    private static Loaded load(Path path, EventCodec codec, int keep) throws IOException {
        Loaded l = new Loaded();
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            FeedLine head = parse(codec, line, path, 1);
            if (!(head instanceof FeedLine.Hello hello)) {
                throw damaged(path, 1, "it does not start with the feed's hello line");
            }
            l.feedId = hello.feed();
            l.createdTs = hello.ts();
            l.goodBytes = line.getBytes(StandardCharsets.UTF_8).length + 1L;
            int n = 1;
            String next = r.readLine();
            while (next != null) {
                n++;
                line = next;
                next = r.readLine();
                FeedLine parsed;
                try {
                    parsed = codec.decode(line);
                } catch (BadLineException e) {
                    if (next == null) {
                        LOG.warn("{} ends with a line cut short (line {}): dropped", path, n);
                        break;
                    }
                    throw damaged(path, n, e.reason());
                }
                if (!(parsed instanceof FeedLine.Event ev) || ev.event().seq() != l.lastSeq + 1 && l.lastSeq > 0) {
                    throw damaged(path, n, "it is not the event after seq " + l.lastSeq);
                }
                l.lastSeq = ev.event().seq();
                l.goodBytes += line.getBytes(StandardCharsets.UTF_8).length + 1L;
                l.events.addLast(new Stored(ev.event(), line));
                if (l.events.size() > keep) {
                    l.events.removeFirst();
                    l.dropped++;
                }
            }
        }
        return l;
    }

    private static FeedLine parse(EventCodec codec, String line, Path path, int n) {
        if (line == null) {
            throw damaged(path, n, "it is empty");
        }
        try {
            return codec.decode(line);
        } catch (BadLineException e) {
            throw damaged(path, n, e.reason());
        }
    }

    private static IllegalStateException damaged(Path path, int line, String why) {
        return new IllegalStateException("the feed journal " + path + " is damaged at line " + line + " (" + why
                + "); move it away to start a new feed");
    }

    /** Writes the file again with the kept events only (and without a line cut short), atomically. */
    private static void rewrite(Path path, Loaded l, EventCodec codec) throws IOException {
        Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
        StringBuilder sb = new StringBuilder(codec.encodeHello(l.feedId, 0, l.createdTs, 1.0)).append('\n');
        for (Stored s : l.events) {
            sb.append(s.line()).append('\n');
        }
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    String feedId() {
        return feedId;
    }

    long lastSeq() {
        return lastSeq;
    }

    Path path() {
        return path;
    }

    /** Appends event lines (seqs following the last one) and forces them to disk. */
    void append(List<byte[]> lines, long newLastSeq) {
        try {
            int size = 0;
            for (byte[] l : lines) {
                size += l.length + 1;
            }
            ByteBuffer buf = ByteBuffer.allocate(size);
            for (byte[] l : lines) {
                buf.put(l).put((byte) '\n');
            }
            buf.flip();
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            channel.force(false);
            lastSeq = newLastSeq;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the feed journal " + path, e);
        }
    }

    @Override
    public void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            channel.close();
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.warn("closing {}: {}", path, e.getMessage());
        }
    }
}
