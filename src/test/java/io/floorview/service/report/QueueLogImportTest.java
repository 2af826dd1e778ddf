package io.floorview.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.report.Interval;
import io.floorview.domain.report.Report;
import io.floorview.domain.report.ReportSpec;
import io.floorview.feed.asterisk.queuelog.QueueLogGenerator;
import io.floorview.feed.asterisk.queuelog.QueueLogOptions;
import io.floorview.store.Database;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing queue_logs into the cache: real samples, bad lines, importing again, cancelling and resuming. */
class QueueLogImportTest {

    private static final CenterSettings UTC = CenterSettings.defaults(ZoneOffset.UTC);
    private static final long ALL_FROM = 0;
    private static final long ALL_TO = 4_102_444_800_000L; // 2100

    @TempDir
    Path dir;

    static Path sample(String name) {
        Path log = Path.of(System.getProperty("floorview.sharedData", "../shared/data")).resolve("queue_log").resolve(name);
        Assumptions.assumeTrue(Files.isReadable(log), "the shared real data (" + log + ") is not beside the checkout");
        return log;
    }

    private static ReportSpec everything() {
        return ReportSpec.of(ALL_FROM, ALL_TO, ZoneOffset.UTC, Interval.MINUTES_60).withFilters(java.util.Set.of(),
                java.util.Set.of());
    }

    @Test
    void theLabLogImportedTwiceCountsOnceAndMatchesTheReportCommand() throws Exception {
        Path log = sample("lab-pbx-2023.queue_log");
        Database db = Database.open(dir.resolve("floorview.db"));
        ReportService service = new ReportService(db, UTC);

        QueueLogImport.Result first = service.importQueueLog(log, p -> { }, () -> false);
        assertThat(first.linesRead()).isEqualTo(85);
        assertThat(first.eventsNew()).isEqualTo(first.eventsRead()).isPositive();
        assertThat(first.linesSetAside()).isZero();
        assertThat(first.ignored()).containsEntry("QUEUESTART", 18L).containsEntry("CONFIGRELOAD", 46L);
        assertThat(first.previousImportMs()).isNull();
        Report afterFirst = service.run(everything()).report();
        // the counts worked out by hand in ReportCommandTest: Support 7 offered, 2 answered, 4 abandoned, 1 timeout
        assertThat(afterFirst.totals().get("Support").calls().offered()).isEqualTo(7);
        assertThat(afterFirst.totals().get("Support").calls().answered()).isEqualTo(2);
        assertThat(afterFirst.totals().get("Support").calls().abandoned()).isEqualTo(4);
        assertThat(afterFirst.totals().get("Support").calls().overflowed()).isEqualTo(1);
        assertThat(afterFirst.abandoned()).hasSize(5); // 4 Support + 1 sales
        assertThat(afterFirst.overflowed()).hasSize(1);

        QueueLogImport.Result again = service.importQueueLog(log, p -> { }, () -> false);
        assertThat(again.eventsNew()).isZero();
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.previousImportMs()).isNotNull();
        Report afterAgain = service.run(everything()).report();
        assertThat(afterAgain.totals()).isEqualTo(afterFirst.totals());
        assertThat(afterAgain.agents()).isEqualTo(afterFirst.agents());

        // the same engine over the file itself (the report command's pipeline) gives the same figures
        Report fromFile = FileReport.run(log, QueueLogOptions.defaults().withZone(ZoneOffset.UTC), everything()).report();
        assertThat(afterAgain.totals()).isEqualTo(fromFile.totals());
        assertThat(afterAgain.rows()).isEqualTo(fromFile.rows());
        service.close();
    }

    @Test
    void badLinesAndUnknownEventsAreSetAsideWithTheirLineNumbers() throws Exception {
        Path log = dir.resolve("bad.queue_log");
        Files.writeString(log, String.join("\n",
                "1700000000|NONE|NONE|NONE|QUEUESTART|",
                "1700000010|c1|sales|NONE|ENTERQUEUE||+39111|1",
                "this is not a queue_log line",
                "1700000020|c1|sales|NONE|ABANDON|1|1|10",
                "1700000030|c2|sales|NONE|OUTBOUNDCALL|x",
                "") , StandardCharsets.UTF_8);
        Database db = Database.open(dir.resolve("floorview.db"));
        QueueLogImport.Result r = new QueueLogImport(db, UTC).run(log, p -> { }, () -> false);
        assertThat(r.linesRead()).isEqualTo(5);
        assertThat(r.linesSetAside()).isEqualTo(1);
        assertThat(r.setAside().get(0).lineNumber()).isEqualTo(3);
        assertThat(r.unknown()).containsKey("OUTBOUNDCALL");
        Report report = new ReportService(db, UTC).run(everything()).report();
        assertThat(report.totals().get("sales").calls().offered()).isEqualTo(1);
        assertThat(report.totals().get("sales").calls().abandoned()).isEqualTo(1);
    }

    @Test
    void aFileThatGrewSinceItsImportAddsOnlyItsNewLinesAndTheRollupsStillAgreeWithTheEvents() throws Exception {
        Path full = dir.resolve("full.queue_log");
        try (OutputStream out = Files.newOutputStream(full)) {
            new QueueLogGenerator(QueueLogGenerator.Config.defaults(11)).write(out, 40_000);
        }
        List<String> lines = Files.readAllLines(full, StandardCharsets.ISO_8859_1);
        Path growing = dir.resolve("queue_log");
        Files.write(growing, lines.subList(0, lines.size() / 2), StandardCharsets.ISO_8859_1);
        Database db = Database.open(dir.resolve("floorview.db"));
        QueueLogImport.Result half = new QueueLogImport(db, UTC).run(growing, p -> { }, () -> false);
        Files.write(growing, lines, StandardCharsets.ISO_8859_1); // Asterisk went on writing
        QueueLogImport.Result grown = new QueueLogImport(db, UTC).run(growing, p -> { }, () -> false);
        assertThat(grown.eventsNew()).isPositive();
        assertThat(half.eventsNew() + grown.eventsNew()).isEqualTo(grown.eventsRead());

        Database once = Database.open(dir.resolve("once.db"));
        new QueueLogImport(once, UTC).run(full, p -> { }, () -> false);
        Report twice = new ReportService(db, UTC).run(everything()).report();
        Report straight = new ReportService(once, UTC).run(everything()).report();
        assertThat(twice.totals()).isEqualTo(straight.totals());
        assertThat(twice.agents()).isEqualTo(straight.agents());
        assertThat(twice.rows()).isEqualTo(straight.rows());

        // the rollups kept import by import equal those rebuilt from the stored events
        RollupCheck.Result check = new RollupCheck(new io.floorview.store.EventCache(db), UTC)
                .run(dir.resolve("rebuilt.db"), p -> { });
        assertThat(check.agree()).as(check.tables().toString()).isTrue();
    }

    @Test
    void aCancelledImportKeepsNoRollupsAndImportingAgainCountsTheFileOnce() throws Exception {
        Path log = dir.resolve("big.queue_log");
        try (OutputStream out = Files.newOutputStream(log)) {
            new QueueLogGenerator(QueueLogGenerator.Config.defaults(7)).write(out, 60_000);
        }
        Database db = Database.open(dir.resolve("floorview.db"));
        AtomicBoolean cancel = new AtomicBoolean();
        List<Double> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        QueueLogImport.Result part = new QueueLogImport(db, UTC).run(log, p -> {
            progress.add(p);
            cancel.set(true);
        }, cancel::get);
        assertThat(part.cancelled()).isTrue();
        assertThat(progress).isNotEmpty();

        QueueLogImport.Result rest = new QueueLogImport(db, UTC).run(log, p -> { }, () -> false);
        assertThat(rest.cancelled()).isFalse();
        assertThat(part.eventsNew() + rest.eventsNew()).isEqualTo(rest.eventsRead());
        QueueLogImport.Result third = new QueueLogImport(db, UTC).run(log, p -> { }, () -> false);
        assertThat(third.eventsNew()).isZero();

        // one import without a stop gives the same
        Database once = Database.open(dir.resolve("once.db"));
        new QueueLogImport(once, UTC).run(log, p -> { }, () -> false);
        Report resumed = new ReportService(db, UTC).run(everything()).report();
        Report straight = new ReportService(once, UTC).run(everything()).report();
        assertThat(resumed.totals()).isEqualTo(straight.totals());
        assertThat(resumed.agents()).isEqualTo(straight.agents());
        assertThat(resumed.rows()).isEqualTo(straight.rows());

        // a month of a busy center lists a million calls: the screen's lists stop at a limit and say how many
        ReportService.Result cut = new ReportService(db, UTC, 100).run(everything());
        assertThat(cut.report().abandoned()).hasSize(100);
        assertThat(cut.abandonedTotal()).isEqualTo(resumed.totals().get("sales").calls().abandoned()
                + resumed.queues().stream().filter(q -> !q.equals("sales"))
                        .mapToLong(q -> resumed.totals().get(q).calls().abandoned()).sum());
        assertThat(cut.listsCut()).isTrue();
        assertThat(cut.report().abandoned()).isSortedAccordingTo(
                java.util.Comparator.comparingLong(io.floorview.domain.kpi.AbandonedCall::enteredMs));
        ReportService.Result all = new ReportService(db, UTC, 1_000_000).run(everything());
        assertThat(all.report().abandoned()).hasSize((int) all.abandonedTotal());
        assertThat(all.report().overflowed()).hasSize((int) all.overflowedTotal());
        assertThat(cut.report().abandoned()).isEqualTo(all.report().abandoned().subList(0, 100));
        ReportService.Result sales = new ReportService(db, UTC, 50).run(everything().withFilters(
                java.util.Set.of("sales"), java.util.Set.of()));
        assertThat(sales.report().abandoned()).hasSize(50).allSatisfy(c -> assertThat(c.queue()).isEqualTo("sales"));

    }
}
