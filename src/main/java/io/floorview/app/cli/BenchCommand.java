package io.floorview.app.cli;

import io.floorview.app.bench.IngestBenchmark;
import io.floorview.app.bench.QueueLogBenchmark;
import io.floorview.feed.asterisk.queuelog.QueueLogGenerator;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code floorview bench}: the benchmarks that hold Floorview to its performance goals. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs a benchmark and prints its result as one JSON line.",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.ReportBench.class, BenchCommand.QueueLog.class,
            BenchCommand.QueueLogGen.class, BenchCommand.Ui.class})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Times the real ingest path against a plain SQLite insert.",
                "Pushes events through the real ingest path (NDJSON over loopback HTTP → parse → SQLite cache → KPI"
                    + " engine) and, in the same run, a plain batched SQLite insert of the same rows as the reference.",
                "Goal: at least 200,000 events/s and a ratio of at least 0.5."})
    static final class Ingest implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--events", defaultValue = "1000000", description = "Events to push (default ${DEFAULT-VALUE}).")
        int events;

        @Option(names = "--work-dir", paramLabel = "DIR",
                description = "Where the benchmark's databases go (default: a temporary folder, deleted after).")
        Path workDir;

        @Override
        public Integer call() throws Exception {
            if (events < 1000) {
                spec.commandLine().getErr().println("floorview bench ingest: --events must be at least 1000");
                return 2;
            }
            var result = new IngestBenchmark(events, workDir).run();
            spec.commandLine().getOut().println(Json.line(result));
            return 0;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"Times a report of a month of a large center.",
                "Fills a cache with a month of a large simulated center (events and rollups, through the store writer's"
                    + " path), then times a report of the whole month by 30-minute interval. Goal: under 1 s."})
    static final class ReportBench implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--days", defaultValue = "30", description = "Days to fill (default ${DEFAULT-VALUE}).")
        int days;

        @Option(names = "--agents", defaultValue = "200", description = "Agents of the center (default ${DEFAULT-VALUE}).")
        int agents;

        @Option(names = "--call-rate", defaultValue = "1.9",
                description = "Arrival multiplier (default ${DEFAULT-VALUE}: about 3.4 million events in 30 days for 200 agents; 24 gives about 11.7 million).")
        double callRate;

        @Option(names = "--work-dir", paramLabel = "DIR",
                description = "Keep the filled cache here and reuse it on the next run (default: a temporary folder, deleted after).")
        Path workDir;

        @Override
        public Integer call() throws Exception {
            if (days < 1 || agents < 10) {
                spec.commandLine().getErr().println("floorview bench report: --days must be at least 1 and --agents at least 10");
                return 2;
            }
            Path dir = workDir != null ? workDir : java.nio.file.Files.createTempDirectory("floorview-report-bench");
            try {
                var result = new io.floorview.app.bench.ReportBenchmark(days, agents, callRate, dir).run();
                spec.commandLine().getOut().println(Json.line(result));
                return 0;
            } finally {
                if (workDir == null) {
                    try (var walk = java.nio.file.Files.walk(dir)) {
                        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        }
    }

    @Command(name = "ui", mixinStandardHelpOptions = true,
            description = {"Times the live floor window under a steady stream of events.",
                "Drives the real live floor window headless (JavaFX on Monocle) from a feed of simulated events at the"
                    + " given rate, through the real ingest, and prints the FX thread's busy share, the longest pulse and"
                    + " the delay from an event's emission to its value on the tiles.",
                "Goals: busy share under 15 %, p99 under 500 ms."})
    static final class Ui implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--rate", defaultValue = "2000", description = "Events per second (default ${DEFAULT-VALUE}).")
        int rate;

        @Option(names = "--seconds", defaultValue = "30",
                description = "Seconds measured, after a 5 s warm-up (default ${DEFAULT-VALUE}).")
        int seconds;

        @Override
        public Integer call() throws Exception {
            if (rate < 1 || rate > 100_000 || seconds < 1 || seconds > 3600) {
                spec.commandLine().getErr().println("floorview bench ui: --rate must be 1..100000 and --seconds 1..3600");
                return 2;
            }
            io.floorview.app.bench.UiBenchmark.useHeadlessToolkit();
            spec.commandLine().getOut().println(Json.line(new io.floorview.app.bench.UiBenchmark(rate, seconds).run()));
            return 0;
        }
    }

    @Command(name = "queue-log", mixinStandardHelpOptions = true,
            description = {"Parses and maps an Asterisk queue_log in-process (from memory) and prints the lines per second.",
                "The log is generated (see queue-log-gen) unless --file is given. Goal: at least 1,000,000 lines/s."})
    static final class QueueLog implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--lines", defaultValue = "1000000", description = "Lines to generate (default ${DEFAULT-VALUE}).")
        long lines;

        @Option(names = "--file", paramLabel = "FILE", description = "A queue_log to read instead of a generated one.")
        Path file;

        @Override
        public Integer call() throws Exception {
            if (file == null && lines < 1000) {
                spec.commandLine().getErr().println("floorview bench queue-log: --lines must be at least 1000");
                return 2;
            }
            if (file != null && !Files.isReadable(file)) {
                spec.commandLine().getErr().println("floorview bench queue-log: cannot read " + file);
                return 2;
            }
            spec.commandLine().getOut().println(Json.line(new QueueLogBenchmark(lines, file).run()));
            return 0;
        }
    }

    @Command(name = "queue-log-gen", mixinStandardHelpOptions = true,
            description = {"Writes a realistic Asterisk queue_log for benchmarks.",
                "The log has the given length and comes from a seeded call center: calls, rings, abandons, timeouts"
                    + " and overflow, transfers, breaks. Same seed, same file."})
    static final class QueueLogGen implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--lines", defaultValue = "1000000", description = "Lines to write (default ${DEFAULT-VALUE}).")
        long lines;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the queue_log.")
        Path out;

        @Option(names = "--seed", defaultValue = "1", description = "The center's seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--agents", defaultValue = "60", description = "Agents (default ${DEFAULT-VALUE}).")
        int agents;

        @Option(names = "--queues", defaultValue = "6", description = "Queues (default ${DEFAULT-VALUE}).")
        int queues;

        @Override
        public Integer call() throws Exception {
            if (lines < 1 || agents < 1 || queues < 1) {
                spec.commandLine().getErr().println("floorview bench queue-log-gen: --lines, --agents and --queues must be positive");
                return 2;
            }
            QueueLogGenerator.Config d = QueueLogGenerator.Config.defaults(seed);
            long t0 = System.nanoTime();
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                new QueueLogGenerator(new QueueLogGenerator.Config(seed, queues, agents, d.startEpochSec())).write(o, lines);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", out.toString());
            result.put("lines", lines);
            result.put("bytes", Files.size(out));
            result.put("seconds", Math.round((System.nanoTime() - t0) / 1e6) / 1000.0);
            spec.commandLine().getOut().println(Json.line(result));
            return 0;
        }
    }
}
