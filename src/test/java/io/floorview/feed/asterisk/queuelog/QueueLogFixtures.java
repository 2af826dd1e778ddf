package io.floorview.feed.asterisk.queuelog;

import io.floorview.domain.event.FeedEvent;
import io.floorview.feed.protocol.EventCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reading the project's queue_log fixtures (src/test/resources/queue_log) and texts in tests. */
final class QueueLogFixtures {

    static final QueueLogOptions UTC = QueueLogOptions.defaults().withZone(ZoneOffset.UTC);

    private QueueLogFixtures() {
    }

    record Read(List<FeedEvent> events, QueueLogSummary summary) {
        List<String> json() {
            EventCodec codec = new EventCodec();
            return events.stream().map(codec::encode).toList();
        }
    }

    static Path resource(String name) {
        try {
            return Path.of(QueueLogFixtures.class.getResource("/queue_log/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture " + name, e);
        }
    }

    static Read read(String fixture) {
        return read(resource(fixture), UTC);
    }

    static Read read(Path file, QueueLogOptions options) {
        List<FeedEvent> events = new ArrayList<>();
        try {
            QueueLogSummary s = new QueueLogReader(options).read(file, events::add, QueueLogReader.Progress.NONE);
            return new Read(events, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Maps lines given as text (one per line). */
    static Read text(String lines, QueueLogOptions options) {
        List<FeedEvent> events = new ArrayList<>();
        byte[] b = lines.getBytes(StandardCharsets.UTF_8);
        try {
            QueueLogSummary s = new QueueLogReader(options).read(new ByteArrayInputStream(b), b.length, events::add,
                    QueueLogReader.Progress.NONE);
            return new Read(events, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Read text(String lines) {
        return text(lines, UTC);
    }

    /** Epoch seconds as the feed's epoch milliseconds. */
    static long ms(long epochSec) {
        return epochSec * 1000;
    }
}
