package io.floorview.app.cli;

import io.floorview.app.wiring.DataDirs;
import io.floorview.feed.asterisk.ami.AmiEndpoint;
import io.floorview.feed.asterisk.ami.AmiFeed;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.server.EventJournal;
import io.floorview.feed.server.FeedClock;
import io.floorview.feed.server.FeedServer;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code floorview feed --source ami://…}: a feed server whose source is an Asterisk Manager Interface. */
final class AmiFeedServer {

    /** Events served from memory; the journal file keeps as many. */
    private static final int JOURNAL_CAPACITY = 1_000_000;

    private AmiFeedServer() {
    }

    /** Where the feed of {@code endpoint} is kept across restarts unless its URI says otherwise. */
    static Path defaultJournal(AmiEndpoint endpoint) {
        String name = "ami-" + endpoint.host().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "_") + "-"
                + endpoint.port() + ".ndjson";
        return DataDirs.defaultDataDir().resolve("feeds").resolve(name);
    }

    /** Serves the AMI feed until the process is stopped; prints one JSON line when ready. */
    static int run(AmiEndpoint endpoint, InetSocketAddress bind, String bindText, String token,
                   javax.net.ssl.SSLContext tls, PrintWriter out) throws Exception {
        Path journalFile = endpoint.journal() != null ? endpoint.journal() : defaultJournal(endpoint);
        EventJournal journal = new EventJournal(new EventCodec(), JOURNAL_CAPACITY);
        try (AmiFeed feed = new AmiFeed(endpoint, journal, journalFile)) {
            feed.start();
            var commands = new io.floorview.feed.server.QueueMemberCommandHandler(
                    new io.floorview.feed.asterisk.ami.AmiQueueMemberControl(feed), feed::stateOf);
            try (FeedServer server = new FeedServer(feed.feedId(), "asterisk-ami", journal, FeedClock.SYSTEM, bind,
                    1_000, token, commands, tls)) {
                server.start();
                Map<String, Object> ready = new LinkedHashMap<>();
                ready.put("feed", feed.feedId());
                ready.put("url", FeedAddress.url(tls != null, bind.getAddress(), bindText, server.port(),
                        FeedAddress::localHostName));
                ready.put("listen", FeedAddress.listen(bindText, server.port()));
                ready.put("source", endpoint.toString());
                ready.put("journal", journalFile.toString());
                ready.put("lastSeq", journal.lastSeq());
                out.println(Json.line(ready));
                out.flush();
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "feed-shutdown"));
                stop.await();
            }
        }
        return 0;
    }
}
