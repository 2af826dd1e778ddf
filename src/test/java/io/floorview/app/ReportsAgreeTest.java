package io.floorview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CallFigures;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.KpiEngine;
import io.floorview.domain.kpi.QueueKpis;
import io.floorview.domain.report.Interval;
import io.floorview.domain.report.ReportFigures;
import io.floorview.feed.asterisk.queuelog.QueueLogGenerator;
import io.floorview.feed.asterisk.queuelog.QueueLogOptions;
import io.floorview.feed.asterisk.queuelog.QueueLogReader;
import io.floorview.service.report.ReportService;
import io.floorview.store.Database;
import io.floorview.testing.CommandRun;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import io.floorview.ui.reports.ReportsViewModel;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One day of a call center, three ways: the live tiles (the KPI engine's snapshot of today), the Reports screen
 * (its view model over the cache, after importing the day's queue_log) and the {@code report} command on the
 * same file. All three must give the same figures, queue by queue and for the whole center.
 */
class ReportsAgreeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        CommandRun r = CommandRun.of(args);
        assertThat(r.code()).as(r.err()).isZero();
        return new String[] {r.out(), r.err()};
    }

    @Test
    void tilesReportsScreenAndReportCommandAgreeOnToday() throws Exception {
        Path log = dir.resolve("today.queue_log");
        try (OutputStream out = Files.newOutputStream(log)) {
            new QueueLogGenerator(QueueLogGenerator.Config.defaults(11)).write(out, 8_000);
        }
        // the live tiles: the KPI engine fed the day's events, as the console applies them
        List<FeedEvent> events = new ArrayList<>();
        new QueueLogReader(QueueLogOptions.defaults().withZone(ZoneOffset.UTC)).read(log, events::add,
                QueueLogReader.Progress.NONE);
        long last = events.get(events.size() - 1).ts();
        assertThat(java.time.Instant.ofEpochMilli(last).atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(DAY);
        KpiEngine engine = new KpiEngine(CenterSettings.defaults(ZoneOffset.UTC), events.get(0).ts());
        events.forEach(engine::apply);
        FloorSnapshot tiles = engine.snapshot(last);

        // the Reports screen, over the cache the import filled
        String imported = run("import", "--queue-log", log.toString(), "--data-dir", dir.resolve("data").toString(),
                "--tz", "UTC")[0];
        JsonNode imp = new ObjectMapper().readTree(imported);
        assertThat(imp.path("eventsNew").asLong()).isEqualTo(events.size());
        assertThat(imp.path("setAside").asLong()).isZero();
        Database db = Database.open(dir.resolve("data").resolve("floorview.db"));
        ReportService service = new ReportService(db, CenterSettings.defaults(ZoneOffset.UTC));
        ReportsViewModel screen = new ReportsViewModel(service, UiExecutor.sameThread(), Runnable::run,
                new Messages(Locale.ENGLISH), DAY);
        screen.thresholdsProperty().set("20");
        screen.intervalProperty().set(Interval.MINUTES_30);
        screen.run();
        assertThat(screen.errorProperty().get()).isEmpty();
        var report = screen.resultProperty().get().report();

        // the report command on the file
        JsonNode cmd = new ObjectMapper().readTree(run("report", "--queue-log", log.toString(), "--from",
                DAY.toString(), "--to", DAY.toString(), "--tz", "UTC", "--sl", "20", "--interval", "30m")[0]);

        List<String> queues = new ArrayList<>(report.queues());
        assertThat(queues).isNotEmpty();
        assertThat(tiles.queues().stream().map(QueueKpis::queue).sorted().toList()).isEqualTo(queues);
        queues.add(FloorSnapshot.ALL_QUEUES);
        for (String q : queues) {
            CallFigures live = tiles.queue(q).orElseThrow().today();
            ReportFigures onScreen = report.totals().get(q);
            JsonNode fromCmd = FloorSnapshot.ALL_QUEUES.equals(q) ? cmd.path("allQueues") : cmd.path("queues").path(q);
            CallFigures s = onScreen.calls();
            assertThat(s.offered()).as(q + " offered").isEqualTo(live.offered()).isEqualTo(fromCmd.path("offered").asLong())
                    .isPositive();
            assertThat(s.answered()).as(q + " answered").isEqualTo(live.answered())
                    .isEqualTo(fromCmd.path("answered").asLong());
            assertThat(s.abandoned()).as(q + " abandoned").isEqualTo(live.abandoned())
                    .isEqualTo(fromCmd.path("abandoned").asLong());
            assertThat(s.shortAbandoned()).as(q).isEqualTo(live.shortAbandoned())
                    .isEqualTo(fromCmd.path("shortAbandoned").asLong());
            assertThat(s.overflowed()).as(q + " overflowed").isEqualTo(live.overflowed())
                    .isEqualTo(fromCmd.path("overflowed").asLong());
            assertThat(s.transferred()).as(q + " transferred").isEqualTo(live.transferred())
                    .isEqualTo(fromCmd.path("transferred").asLong());
            assertThat(s.serviceLevel()).as(q + " SL").isEqualTo(live.serviceLevel());
            assertThat(onScreen.serviceLevels().get(20)).isCloseTo(fromCmd.path("serviceLevel").path("20").asDouble(),
                    within(0.0001));
            assertThat(s.asaMs()).as(q + " ASA").isEqualTo(live.asaMs());
            assertThat(s.asaMs() / 1000).isCloseTo(fromCmd.path("asa").asDouble(), within(0.01));
            assertThat(s.maxWaitMs()).as(q + " max wait").isEqualTo(live.maxWaitMs());
            assertThat(s.maxWaitMs() / 1000.0).isCloseTo(fromCmd.path("maxWait").asDouble(), within(0.001));
            assertThat(s.abandonRate()).as(q + " abandon rate").isEqualTo(live.abandonRate());
        }
        service.close();
    }
}
