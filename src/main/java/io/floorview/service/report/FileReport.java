package io.floorview.service.report;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CallAccounting;
import io.floorview.domain.report.Report;
import io.floorview.domain.report.ReportEngine;
import io.floorview.domain.report.ReportSpec;
import io.floorview.domain.report.Rollups;
import io.floorview.feed.asterisk.queuelog.QueueLogOptions;
import io.floorview.feed.asterisk.queuelog.QueueLogReader;
import io.floorview.feed.asterisk.queuelog.QueueLogSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reports a queue_log file straight from its lines: each event goes through the accounting that counts for the
 * live floor and the cache's rollups, into rollups of the report's range, and the report is built from them by
 * the same engine as the Reports screen. Reading and mapping run on one thread ({@code queue-log-reader}),
 * counting on the caller's, so a large file keeps both cores busy.
 */
public final class FileReport {

    /** The report and what reading the file gave (lines, events, lines set aside). */
    public record Result(Report report, QueueLogSummary summary) {
    }

    private static final int BATCH = 4096;
    private static final FeedEvent[] END = new FeedEvent[0];

    private FileReport() {
    }

    public static Result run(Path file, QueueLogOptions options, ReportSpec spec) throws IOException {
        Rollups rollups = Rollups.forOneReport(spec.fromMs(), spec.toMs());
        CallAccounting accounting = new CallAccounting(rollups);
        BlockingQueue<FeedEvent[]> batches = new ArrayBlockingQueue<>(16);
        FutureTask<QueueLogSummary> reading = new FutureTask<>(() -> {
            FeedEvent[][] batch = {new FeedEvent[BATCH]};
            int[] n = {0};
            try {
                QueueLogSummary summary = new QueueLogReader(options).read(file, e -> {
                    batch[0][n[0]++] = e;
                    if (n[0] == BATCH) {
                        put(batches, batch[0]);
                        batch[0] = new FeedEvent[BATCH];
                        n[0] = 0;
                    }
                }, QueueLogReader.Progress.NONE);
                put(batches, java.util.Arrays.copyOf(batch[0], n[0]));
                return summary;
            } finally {
                put(batches, END);
            }
        });
        Thread reader = new Thread(reading, "queue-log-reader");
        reader.setDaemon(true);
        reader.start();
        long lastTs = Long.MIN_VALUE;
        try {
            for (FeedEvent[] b = batches.take(); b != END; b = batches.take()) {
                for (FeedEvent e : b) {
                    accounting.apply(e);
                    if (e.ts() > lastTs) {
                        lastTs = e.ts();
                    }
                }
            }
            QueueLogSummary summary = reading.get();
            if (lastTs != Long.MIN_VALUE) {
                accounting.countTimeUpTo(lastTs);
            }
            return new Result(ReportEngine.run(spec, rollups), summary);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reader.interrupt();
            throw new IOException("the report was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IOException("cannot read " + file + ": " + cause, cause);
        }
    }

    private static void put(BlockingQueue<FeedEvent[]> q, FeedEvent[] batch) {
        try {
            q.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
