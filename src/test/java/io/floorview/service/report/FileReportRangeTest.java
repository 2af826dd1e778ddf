package io.floorview.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.kpi.AbandonRateFormula;
import io.floorview.domain.kpi.CallFigures;
import io.floorview.domain.kpi.ServiceLevelFormula;
import io.floorview.domain.report.Interval;
import io.floorview.domain.report.Report;
import io.floorview.domain.report.ReportSpec;
import io.floorview.feed.asterisk.queuelog.QueueLogOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report's range may start and end anywhere, not only on the 15-minute buckets the rollups keep: every call that
 * entered at or after the start and before the end counts, and no other.
 */
class FileReportRangeTest {

    @TempDir
    Path dir;

    private static long at(String utc) {
        return Instant.parse("2023-02-06T" + utc + "Z").getEpochSecond();
    }

    /** Calls entering at 22:00:30, 22:02:03, 22:02:47 and 22:20:00 (UTC). */
    private Path log() throws IOException {
        String q = "|support|";
        List<String> lines = List.of(
                at("22:00:30") + "|c1" + q + "NONE|ENTERQUEUE||5551|1",
                at("22:00:50") + "|c1" + q + "NONE|ABANDON|1|1|20",
                at("22:02:03") + "|c2" + q + "PJSIP/400|ENTERQUEUE||5552|1",
                at("22:02:10") + "|c2" + q + "PJSIP/400|CONNECT|7|c2b|3",
                at("22:02:47") + "|c3" + q + "NONE|ENTERQUEUE||5553|1",
                at("22:03:00") + "|c3" + q + "NONE|ABANDON|1|1|13",
                at("22:03:10") + "|c2" + q + "PJSIP/400|COMPLETECALLER|7|60|1",
                at("22:20:00") + "|c4" + q + "NONE|ENTERQUEUE||5554|1",
                at("22:20:05") + "|c4" + q + "PJSIP/400|CONNECT|5|c4b|2",
                at("22:25:05") + "|c4" + q + "PJSIP/400|COMPLETEAGENT|5|300|1");
        Path f = dir.resolve("queue_log");
        Files.write(f, lines);
        return f;
    }

    private static ReportSpec spec(String from, String to) {
        return new ReportSpec(Instant.parse(from).toEpochMilli(), Instant.parse(to).toEpochMilli(), ZoneOffset.UTC,
                Interval.MINUTES_15, Set.of(), Set.of(), List.of(20), 5, ServiceLevelFormula.SHORT_ABANDONS_EXCLUDED,
                AbandonRateFormula.SHORT_ABANDONS_EXCLUDED);
    }

    private Report run(String from, String to) throws IOException {
        return FileReport.run(log(), QueueLogOptions.defaults().withZone(ZoneOffset.UTC), spec(from, to)).report();
    }

    @Test
    void aStartInsideABucketCountsTheCallsAfterItAndNoneBefore() throws IOException {
        Report r = run("2023-02-06T22:01:00Z", "2023-02-06T23:00:00Z");

        CallFigures support = r.totals().get("support").calls();
        assertThat(support.offered()).isEqualTo(3); // c2, c3, c4; not c1 (22:00:30)
        assertThat(support.answered()).isEqualTo(2);
        assertThat(support.abandoned()).isEqualTo(1);
        assertThat(r.rows()).extracting(Report.Row::label).containsOnly("2023-02-06 22:00", "2023-02-06 22:15");
    }

    @Test
    void anEndInsideABucketStopsThere() throws IOException {
        CallFigures support = run("2023-02-06T22:01:00Z", "2023-02-06T22:02:30Z").totals().get("support").calls();

        assertThat(support.offered()).isEqualTo(1); // c2 only
        assertThat(support.answered()).isEqualTo(1);
    }

    @Test
    void aStartToTheSecondOfAnEntryCountsThatCall() throws IOException {
        CallFigures support = run("2023-02-06T22:02:47Z", "2023-02-06T22:10:00Z").totals().get("support").calls();

        assertThat(support.offered()).isEqualTo(1); // c3
        assertThat(support.abandoned()).isEqualTo(1);
    }

    @Test
    void bucketAlignedRangesAreUnchanged() throws IOException {
        CallFigures support = run("2023-02-06T22:00:00Z", "2023-02-06T23:00:00Z").totals().get("support").calls();

        assertThat(support.offered()).isEqualTo(4);
        assertThat(support.abandoned()).isEqualTo(2);
    }
}
