package io.floorview.app.cli;

import io.floorview.domain.kpi.CenterSettings;
import io.floorview.feed.asterisk.queuelog.QueueLogFollower;
import io.floorview.feed.asterisk.queuelog.QueueLogOptions;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.server.EventJournal;
import io.floorview.feed.server.FeedClock;
import io.floorview.feed.server.FeedServer;
import io.floorview.feed.sim.SimulatorFeed;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code floorview feed}: runs a feed server on its own, with the simulated center, an Asterisk Manager
 * Interface or a live Asterisk queue_log as its source; the simulator and AMI take supervisors' commands.
 */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = {"Runs a feed server (protocol v1) that consoles connect to with --feed.",
            "Its source is the built-in simulated center (the default), an Asterisk queue_log followed as it grows"
                + " (--source queue-log:PATH) or an Asterisk Manager Interface (--source ami://…).",
            "Prints one JSON line with its address when it is ready, then serves until stopped."})
final class FeedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "7411", description = "Port to listen on, 1 to 65535, or 0 for any free one (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}, this computer only).")
    String bind;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Access token consoles must send; required when --bind is not a loopback address (or set FLOORVIEW_TOKEN).")
    String token;

    @Option(names = "--zone", paramLabel = "ZONE", converter = Converters.Zone.class,
            description = "The simulated center's time zone, or the zone of a queue_log's date-times (database form); default: this computer's.")
    ZoneId zone;

    @Option(names = "--day-start", paramLabel = "HH:MM", defaultValue = "00:00", converter = Converters.Time.class,
            description = "Start of the simulated day (default ${DEFAULT-VALUE}).")
    LocalTime dayStart;

    @Mixin
    SimulatorOptions simulator;

    @Option(names = "--source", paramLabel = "SOURCE", defaultValue = "simulator", converter = FeedSource.Converter.class,
            description = {"Where the events come from (default simulator):",
                "simulator: the built-in simulated center (see the --sim-… options).",
                "queue-log:PATH: an Asterisk queue_log followed like tail -F: read from its start, then each new line,"
                    + " through rotation and truncation.",
                "ami://USER:SECRET@HOST:5038: an Asterisk Manager Interface. The secret may be left out and given in"
                    + " FLOORVIEW_AMI_SECRET. Add ?wrapup=SECONDS (or QUEUE:SECONDS,…) and &journal=FILE if needed.",
                "If a queue_log does not exist yet, the server waits for it; a folder, a missing folder or an"
                + " unreadable file is an error (exit code 2)."})
    FeedSource source;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "Serve HTTPS with the certificate and key in this PKCS#12 keystore (password in FLOORVIEW_TLS_PASSWORD or --tls-password).")
    Path tlsKeystore;

    @Option(names = "--tls-password", paramLabel = "PASSWORD", description = "The keystore's password (or set FLOORVIEW_TLS_PASSWORD).")
    String tlsPassword;

    @Option(names = "--wrap-up", paramLabel = "SECONDS", defaultValue = "0",
            description = "queue-log: after-call work after each call, as queues.conf's wrapuptime (default ${DEFAULT-VALUE}: queue_log has no wrap-up event).")
    long wrapUpSec;

    private javax.net.ssl.SSLContext tls;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            spec.commandLine().getErr().println("floorview feed: --port " + port
                    + " is not a port; give 1 to 65535 (or 0 for any free port)");
            return 2;
        }
        ZoneId z = zone == null ? ZoneId.systemDefault() : zone;
        String accessToken = token != null ? token : System.getenv("FLOORVIEW_TOKEN");
        InetAddress address = InetAddress.getByName(bind);
        if (!address.isLoopbackAddress() && (accessToken == null || accessToken.isBlank())) {
            spec.commandLine().getErr().println("floorview feed: refusing to listen on " + bind
                    + " without an access token; give --token (or FLOORVIEW_TOKEN), or bind to 127.0.0.1");
            return 2;
        }
        javax.net.ssl.SSLContext tls = null;
        if (tlsKeystore != null) {
            String pw = tlsPassword != null ? tlsPassword : System.getenv("FLOORVIEW_TLS_PASSWORD");
            try {
                tls = io.floorview.feed.server.Tls.server(tlsKeystore, pw == null ? new char[0] : pw.toCharArray());
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("floorview feed: " + e.getMessage());
                return 2;
            }
        }
        this.tls = tls;
        try {
            return serve(z, address, accessToken);
        } catch (java.net.BindException e) {
            spec.commandLine().getErr().println("floorview feed: "
                    + FeedAddress.cannotListen(FeedAddress.listen(bind, port), e));
            return 1;
        }
    }

    private Integer serve(ZoneId z, InetAddress address, String accessToken) throws Exception {
        if (source instanceof FeedSource.Ami ami) {
            return AmiFeedServer.run(ami.endpoint(), new InetSocketAddress(address, port), bind, accessToken,
                    tls, spec.commandLine().getOut());
        }
        if (source instanceof FeedSource.QueueLog log) {
            return queueLog(log.path(), z, address, accessToken);
        }
        CenterSettings settings = new CenterSettings(z, dayStart, 5, CenterSettings.defaults(z).defaults(), Map.of());
        long now = System.currentTimeMillis();
        EventJournal journal = new EventJournal(new EventCodec(), 5_000_000);
        try (SimulatorFeed sim = new SimulatorFeed(simulator.config(z), settings.dayStartMs(settings.businessDay(now)),
                simulator.speed(), journal, System::currentTimeMillis)) {
            sim.start();
            try (FeedServer server = new FeedServer(sim.feedId(), "simulator", journal, sim,
                    new InetSocketAddress(address, port), 1_000, accessToken, sim, tls)) {
                server.start();
                Map<String, Object> ready = new LinkedHashMap<>();
                ready.put("feed", sim.feedId());
                ready.put("url", url(address, server.port()));
                ready.put("listen", FeedAddress.listen(bind, server.port()));
                ready.put("source", "simulator");
                ready.put("lastSeq", journal.lastSeq());
                spec.commandLine().getOut().println(Json.line(ready));
                spec.commandLine().getOut().flush();
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "feed-shutdown"));
                stop.await();
            }
        }
        return 0;
    }

    private Integer queueLog(Path path, ZoneId zone, InetAddress address, String accessToken) throws Exception {
        var err = spec.commandLine().getErr();
        String problem = queueLogProblem(path);
        if (problem != null) {
            err.println("floorview feed: " + problem);
            return 2;
        }
        if (wrapUpSec < 0) {
            err.println("floorview feed: --wrap-up cannot be negative");
            return 2;
        }
        if (!Files.exists(path)) {
            err.println("floorview feed: waiting for " + path + " to appear");
            err.flush();
        } else {
            String notALog = InputFiles.notAQueueLog(path, zone);
            if (notALog != null) {
                err.println("floorview feed: " + notALog + "; not followed");
                return 2;
            }
        }
        QueueLogOptions options = QueueLogOptions.defaults().withZone(zone).withWrapUpMs(wrapUpSec * 1000);
        EventJournal journal = new EventJournal(new EventCodec(), 5_000_000);
        try (QueueLogFollower follower = new QueueLogFollower(path, options, journal, 250, System::currentTimeMillis)) {
            follower.start();
            String feedId = follower.feedId().get();
            try (FeedServer server = new FeedServer(feedId, "queue_log", journal, FeedClock.SYSTEM,
                    new InetSocketAddress(address, port), 1_000, accessToken, null, tls)) {
                server.start();
                Map<String, Object> ready = new LinkedHashMap<>();
                ready.put("feed", feedId);
                ready.put("url", url(address, server.port()));
                ready.put("listen", FeedAddress.listen(bind, server.port()));
                ready.put("source", "queue_log");
                ready.put("file", path.toString());
                ready.put("lastSeq", journal.lastSeq());
                spec.commandLine().getOut().println(Json.line(ready));
                spec.commandLine().getOut().flush();
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "feed-shutdown"));
                stop.await();
            }
        }
        return 0;
    }

    /** The URL consoles give as {@code --feed}: this computer's name when listening on all addresses. */
    private String url(InetAddress address, int actualPort) {
        return FeedAddress.url(tls != null, address, bind, actualPort, FeedAddress::localHostName);
    }

    /** Why {@code path} cannot be followed, or {@code null}; a file that does not exist yet is fine. */
    static String queueLogProblem(Path path) {
        if (Files.isDirectory(path)) {
            return InputFiles.whyUnreadable(path);
        }
        Path parent = path.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return "the folder " + parent + " does not exist: is the path to the queue_log right?";
        }
        if (Files.exists(path) && !Files.isReadable(path)) {
            return InputFiles.unreadable(path);
        }
        return null;
    }
}
