package io.floorview.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.report.Interval;
import io.floorview.domain.report.Report;
import io.floorview.domain.report.ReportSpec;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that names the same feed as one imported before (it starts with the same line) but holds other events
 * is refused whole: neither mixed into the feed nor taken as "already held".
 */
class QueueLogImportChangedTest {

    private static final CenterSettings UTC = CenterSettings.defaults(ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static long at(String utc) {
        return Instant.parse("2023-02-06T" + utc + "Z").getEpochSecond();
    }

    /** Two calls to "support", after the line every log of this PBX starts with. */
    private static List<String> pbx1() {
        return List.of(
                at("08:00:00") + "|NONE|NONE|NONE|CONFIGRELOAD|",
                at("09:00:00") + "|c1|support|NONE|ENTERQUEUE||5551|1",
                at("09:00:10") + "|c1|support|PJSIP/400|CONNECT|10|c1b|2",
                at("09:02:10") + "|c1|support|PJSIP/400|COMPLETECALLER|10|120|1",
                at("09:05:00") + "|c2|support|NONE|ENTERQUEUE||5552|1",
                at("09:05:30") + "|c2|support|NONE|ABANDON|1|1|30");
    }

    private Path write(String name, List<String> lines) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, lines);
        return f;
    }

    private static ReportSpec everything() {
        return ReportSpec.of(0, 4_102_444_800_000L, ZoneOffset.UTC, Interval.MINUTES_60).withFilters(Set.of(), Set.of());
    }

    private static long events(Database db, String feed) {
        try (EventCache cache = new EventCache(db)) {
            return cache.eventCount(cache.findFeed(feed).orElseThrow());
        }
    }

    @Test
    void anotherLogThatStartsWithTheSameLineIsRefusedAndNothingOfItIsStored() throws Exception {
        Database db = Database.open(dir.resolve("floorview.db"));
        ReportService service = new ReportService(db, UTC);
        QueueLogImport.Result first = service.importQueueLog(write("pbx1.log", pbx1()), p -> { }, () -> false);
        Report before = service.run(everything()).report();
        long held = events(db, first.feed());

        List<String> other = new ArrayList<>(pbx1().subList(0, 1)); // same first line, other calls
        other.add(at("10:00:00") + "|d1|sales|NONE|ENTERQUEUE||5559|1");
        other.add(at("10:00:20") + "|d1|sales|NONE|ABANDON|1|1|20");
        Path pbx2 = write("pbx2.log", other);

        assertThatThrownBy(() -> service.importQueueLog(pbx2, p -> { }, () -> false))
                .isInstanceOfSatisfying(ChangedLogException.class, e -> {
                    assertThat(e.feed()).isEqualTo(first.feed());
                    assertThat(e.at()).isEqualTo("2023-02-06 10:00:00");
                    assertThat(e.getMessage()).contains("pbx2.log").contains("another log or a changed copy");
                });
        assertThat(events(db, first.feed())).isEqualTo(held);
        Report after = service.run(everything()).report();
        assertThat(after.totals()).isEqualTo(before.totals());
        assertThat(after.queues()).containsExactly("support");
        service.close();
    }

    @Test
    void aCopyWithTwoLinesSwappedIsRefusedWhereItDiffers() throws Exception {
        Database db = Database.open(dir.resolve("floorview.db"));
        ReportService service = new ReportService(db, UTC);
        service.importQueueLog(write("pbx1.log", pbx1()), p -> { }, () -> false);

        List<String> edited = new ArrayList<>(pbx1());
        edited.set(5, at("09:05:30") + "|c2|support|NONE|EXITWITHTIMEOUT|1|1|30"); // the abandon is now a timeout
        Path copy = write("pbx1-edited.log", edited);

        assertThatThrownBy(() -> service.importQueueLog(copy, p -> { }, () -> false))
                .isInstanceOfSatisfying(ChangedLogException.class,
                        e -> assertThat(e.at()).isEqualTo("2023-02-06 09:05:30"));
        assertThat(service.run(everything()).report().totals().get("support").calls().abandoned()).isEqualTo(1);
        service.close();
    }

    @Test
    void aFileThatEndedOnAnExitAndGrewStillImports() throws Exception {
        Database db = Database.open(dir.resolve("floorview.db"));
        ReportService service = new ReportService(db, UTC);
        List<String> live = new ArrayList<>(pbx1());
        live.add(at("09:06:00") + "|c3|support|NONE|ENTERQUEUE||5553|1");
        live.add(at("09:07:00") + "|c3|support|NONE|EXITWITHTIMEOUT|1|1|60");
        service.importQueueLog(write("live.log", live), p -> { }, () -> false);

        // the caller went on to sales two seconds later: the exit now has a target it did not have before
        live.add(at("09:07:02") + "|c3|sales|NONE|ENTERQUEUE||5553|1");
        QueueLogImport.Result r = service.importQueueLog(write("live-grown.log", live), p -> { }, () -> false);
        assertThat(r.eventsNew()).isPositive();
        assertThat(service.run(everything()).report().totals().get("sales").calls().offered()).isEqualTo(1);
        service.close();
    }

    @Test
    void theSameFileAndAGrownOneStillImportAsBefore() throws Exception {
        Database db = Database.open(dir.resolve("floorview.db"));
        ReportService service = new ReportService(db, UTC);
        service.importQueueLog(write("pbx1.log", pbx1()), p -> { }, () -> false);

        assertThat(service.importQueueLog(dir.resolve("pbx1.log"), p -> { }, () -> false).alreadyImported()).isTrue();
        List<String> grown = new ArrayList<>(pbx1());
        grown.add(at("09:10:00") + "|c3|support|NONE|ENTERQUEUE||5553|1");
        QueueLogImport.Result r = service.importQueueLog(write("pbx1-grown.log", grown), p -> { }, () -> false);
        assertThat(r.eventsNew()).isPositive();
        assertThat(service.run(everything()).report().totals().get("support").calls().offered()).isEqualTo(3);
        service.close();
    }
}
