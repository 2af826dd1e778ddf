package io.floorview.app.cli;

import io.floorview.app.wiring.ConsoleContext;
import io.floorview.service.ingest.FeedStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code floorview ingest}: keeps the local cache in sync with the feed, without a window. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Takes the feed into the local cache without opening the console.",
            "With --until-seq it stops once that event is stored and prints one JSON line of what it holds."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConsoleOptions options;

    @Option(names = "--until-seq", paramLabel = "SEQ", description = "Stop once the event with this seq is stored.")
    Long untilSeq;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "Give up after this many seconds (0: never).")
    long timeoutSec;

    @Override
    public Integer call() throws Exception {
        try (ConsoleContext context = ConsoleContext.open(options.config())) {
            context.start();
            long deadline = timeoutSec <= 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeoutSec * 1000;
            while (true) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    spec.commandLine().getErr().println("floorview ingest: gave up after " + timeoutSec
                            + " s at seq " + context.ingest().status().lastSeq() + " ("
                            + context.ingest().status().state() + ")");
                    return 1;
                }
                long target = untilSeq == null ? Long.MAX_VALUE : untilSeq;
                if (context.ingest().awaitStored(target, Math.min(left, 1_000))) {
                    break;
                }
                FeedStatus s = context.ingest().status();
                if (s.state() == FeedStatus.State.OFFLINE && s.detail() != null && s.detail().startsWith("cannot write")) {
                    spec.commandLine().getErr().println("floorview ingest: " + s.detail());
                    return 1;
                }
            }
            FeedStatus s = context.ingest().status();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("feed", s.feed());
            out.put("lastSeq", s.lastSeq());
            out.put("eventsStored", s.eventsStored());
            out.put("setAside", s.setAside());
            out.put("dataDir", context.dataDir().toString());
            spec.commandLine().getOut().println(Json.line(out));
            return 0;
        }
    }
}
