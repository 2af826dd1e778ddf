package io.floorview.app.bench;

import io.floorview.feed.asterisk.queuelog.QueueLogGenerator;
import io.floorview.feed.asterisk.queuelog.QueueLogOptions;
import io.floorview.feed.asterisk.queuelog.QueueLogReader;
import io.floorview.feed.asterisk.queuelog.QueueLogSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The queue_log benchmark: parse and map a whole queue_log in-process, from memory (the file's bytes are
 * read before timing, so the disk is not measured). The log is the generator's unless a file is given.
 * After two warm-up passes over a fifth of it, three rounds run; the median is reported, with each round's
 * seconds, the reading thread's CPU seconds and the process's (the collector's threads included): the machines
 * are shared, and CPU time shows what wall time hides when other work takes the cores.
 */
public final class QueueLogBenchmark {

    private static final int ROUNDS = 3;

    private final long lines;
    private final Path file;

    /** @param file a queue_log to read instead of a generated one, or {@code null} */
    public QueueLogBenchmark(long lines, Path file) {
        this.lines = lines;
        this.file = file;
    }

    public Map<String, Object> run() throws IOException {
        byte[] log = file != null ? Files.readAllBytes(file) : generate(lines);
        QueueLogReader reader = new QueueLogReader(QueueLogOptions.defaults().withZone(ZoneOffset.UTC));
        byte[] warm = Arrays.copyOf(log, log.length / 5);
        for (int i = 0; i < 2; i++) {
            pass(reader, warm);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] seconds = new double[ROUNDS];
        double[] cpu = new double[ROUNDS];
        double[] processCpu = new double[ROUNDS];
        QueueLogSummary summary = null;
        for (int r = 0; r < ROUNDS; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long p0 = processCpuNanos();
            long t0 = System.nanoTime();
            summary = pass(reader, log);
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            processCpu[r] = (processCpuNanos() - p0) / 1e9;
        }
        double median = median(seconds);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("linesPerSecond", Math.round(summary.linesRead() / median));
        out.put("eventsPerSecond", Math.round(summary.eventsProduced() / median));
        out.put("linesPerCpuSecond", Math.round(summary.linesRead() / median(cpu)));
        out.put("linesPerProcessCpuSecond", Math.round(summary.linesRead() / median(processCpu)));
        out.put("lines", summary.linesRead());
        out.put("events", summary.eventsProduced());
        out.put("bytes", log.length);
        out.put("setAside", summary.linesSetAside());
        out.put("rounds", ROUNDS);
        out.put("roundSeconds", Arrays.stream(seconds).map(QueueLogBenchmark::round3).boxed().toList());
        out.put("roundCpuSeconds", Arrays.stream(cpu).map(QueueLogBenchmark::round3).boxed().toList());
        out.put("roundProcessCpuSeconds", Arrays.stream(processCpu).map(QueueLogBenchmark::round3).boxed().toList());
        out.put("source", file != null ? file.toString() : "generated");
        out.put("java", System.getProperty("java.version"));
        out.put("cores", Runtime.getRuntime().availableProcessors());
        return out;
    }

    /** CPU time of the whole process (every thread, the collector's too), ns; -1 where the JVM cannot say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static QueueLogSummary pass(QueueLogReader reader, byte[] log) throws IOException {
        long[] sink = new long[1];
        QueueLogSummary s = reader.read(new ByteArrayInputStream(log), log.length, e -> sink[0] += e.seq(),
                QueueLogReader.Progress.NONE);
        if (sink[0] == 0 && s.eventsProduced() > 0) {
            throw new IllegalStateException("events were lost");
        }
        return s;
    }

    private static byte[] generate(long lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, lines * 72));
        new QueueLogGenerator(QueueLogGenerator.Config.defaults(1)).write(out, lines);
        return out.toByteArray();
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
