package io.floorview.feed.asterisk.queuelog;

import io.floorview.domain.event.FeedEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One reading of a queue_log, line by line: parses, maps, and keeps the account of what it read (the
 * {@link QueueLogSummary}). A bad line is set aside with its number and reason and never stops the reading.
 * Shared by the bulk reader and the live follower; not thread-safe.
 */
final class QueueLogSession implements LineSplitter.Handler {

    /** Distinct unknown event names counted by name; past this, they count under {@code (other)}. */
    static final int NAMES_KEPT = 500;
    static final int TEXT_KEPT = 200;

    /** Told of every set-aside line as it happens (the live follower logs them). */
    interface SetAsideListener {
        void setAside(QueueLogSummary.SetAside line);
    }

    private final QueueLogOptions options;
    private final QueueLogParser parser;
    private final QueueLogMapper mapper;
    private final SetAsideListener listener;
    private final List<QueueLogSummary.SetAside> setAside = new ArrayList<>();
    private final Map<String, Long> ignored = new HashMap<>();
    private final Map<String, Long> unknown = new HashMap<>();
    private String feedId;
    private long lines;
    private long mapped;
    private long skipped;
    private long setAsideCount;
    private long produced;
    private long firstTs = Long.MAX_VALUE;
    private long lastTs = Long.MIN_VALUE;

    QueueLogSession(QueueLogOptions options, Consumer<FeedEvent> events, SetAsideListener listener) {
        this.options = options;
        this.parser = new QueueLogParser(options.zone());
        this.mapper = new QueueLogMapper(options, e -> {
            produced++;
            events.accept(e);
        });
        this.listener = listener;
    }

    String feedId() {
        return feedId;
    }

    QueueLogMapper mapper() {
        return mapper;
    }

    @Override
    public void line(byte[] b, int off, int len, long lineNumber) {
        lines++;
        if (feedId == null && lineNumber == 1) {
            feedId = QueueLogIdentity.feedId(b, off, len);
        }
        try {
            QueueLogLine l = parser.parse(b, off, len, lineNumber);
            if (l == null) {
                skipped++;
                return;
            }
            QueueLogMapper.Outcome o = mapper.map(l);
            switch (o) {
                case MAPPED -> mapped++;
                case IGNORED -> ignored.merge(l.event(), 1L, Long::sum);
                case UNKNOWN -> unknown.merge(unknown.size() < NAMES_KEPT || unknown.containsKey(l.event())
                        ? l.event() : "(other)", 1L, Long::sum);
                default -> throw new IllegalStateException(o.name());
            }
            firstTs = Math.min(firstTs, l.ts());
            lastTs = Math.max(lastTs, l.ts());
        } catch (QueueLogLineException e) {
            setAside(lineNumber, e.getMessage(), b, off, len);
        } catch (RuntimeException e) {
            // a fault of Floorview's, not of the line: one line lost is better than the whole reading
            setAside(lineNumber, "Floorview could not map this line (" + e + "); please report it", b, off, len);
        }
    }

    @Override
    public void overlong(long lineNumber, long length, byte[] head, int headLen) {
        lines++;
        if (feedId == null && lineNumber == 1) {
            feedId = QueueLogIdentity.feedId(head, 0, headLen);
        }
        setAside(lineNumber, "a line of " + length + " bytes, longer than any queue_log line: binary data?", head, 0,
                headLen);
    }

    private void setAside(long lineNumber, String reason, byte[] b, int off, int len) {
        setAsideCount++;
        QueueLogSummary.SetAside s = new QueueLogSummary.SetAside(lineNumber, reason, readable(b, off, len));
        if (setAside.size() < options.setAsideKept()) {
            setAside.add(s);
        }
        if (listener != null) {
            listener.setAside(s);
        }
    }

    /** The line as a person can read it: cut short, control bytes shown as {@code \xNN}. */
    static String readable(byte[] b, int off, int len) {
        int n = Math.min(len, TEXT_KEPT * 2);
        String s = new String(b, off, n, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(Math.min(s.length(), TEXT_KEPT) + 8);
        for (int i = 0; i < s.length() && out.length() < TEXT_KEPT; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() >= TEXT_KEPT || n < len) {
            out.append('…');
        }
        return out.toString();
    }

    void tick(long nowMs) {
        mapper.tick(nowMs);
    }

    void finish() {
        mapper.finish();
    }

    long linesRead() {
        return lines;
    }

    long setAsideCount() {
        return setAsideCount;
    }

    QueueLogSummary summary(long bytesRead) {
        return new QueueLogSummary(feedId, bytesRead, lines, mapped, produced, mapper.lastSeq(), skipped,
                setAsideCount, setAside, ignored, unknown, parser.latin1Lines(),
                lastTs == Long.MIN_VALUE ? null : firstTs, lastTs == Long.MIN_VALUE ? null : lastTs);
    }
}
