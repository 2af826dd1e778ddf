package io.floorview.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.OverflowReason;
import org.junit.jupiter.api.Test;

/** The last 15/30/60 minutes, today's volume per 15 minutes, and the calls behind the numbers. */
class KpiEngineWindowsTest {

    /**
     * <pre>
     * 09:05:00  c1 enters sales, answered after 10 s
     * 09:40:00  c2 enters sales, hangs up after 30 s
     * 09:50:00  c3 enters sales, answered after 40 s
     * 09:58:00  c4 enters sales, times out after 60 s and leaves
     * 10:00:30  snapshot
     * </pre>
     * Windows end at the current minute (10:00) and reach back 15, 30 and 60 minutes including it:
     * last 15 min = 09:46–10:00 → c3, c4 entered; last 30 min = 09:31–10:00 → c2, c3, c4; last 60 min =
     * 09:01–10:00 → all four.
     */
    @Test
    void windowsCountTheCallsThatEnteredInThem() {
        Timeline t = Timeline.utc("2026-03-10").at("08:00");
        t.start();
        t.at("09:05").entered("c1", "sales").at("09:05:10").answered("c1", "sales", "ann");
        t.at("09:40").entered("c2", "sales").at("09:40:30").abandoned("c2", "sales");
        t.at("09:50").entered("c3", "sales").at("09:50:40").answered("c3", "sales", "ann");
        t.at("09:58").entered("c4", "sales").at("09:59").overflowed("c4", "sales", OverflowReason.TIMEOUT, null);
        QueueKpis sales = t.snapshotAt("10:00:30").queue("sales").orElseThrow();

        assertThat(sales.figures(15).offered()).isEqualTo(2);
        assertThat(sales.figures(15).answered()).isEqualTo(1);
        assertThat(sales.figures(15).overflowed()).isEqualTo(1);
        // c3 waited 40 s: not within 20 s; SL = 0 / (1 + 0 − 0)
        assertThat(sales.figures(15).serviceLevel()).isEqualTo(0.0);
        assertThat(sales.figures(30).offered()).isEqualTo(3);
        assertThat(sales.figures(30).abandoned()).isEqualTo(1);
        // 0 within 20 s of answered 1 + abandoned 1
        assertThat(sales.figures(30).serviceLevel()).isEqualTo(0.0);
        assertThat(sales.figures(60).offered()).isEqualTo(4);
        // c1 within 20 s: 1 / (2 + 1)
        assertThat(sales.figures(60).serviceLevel()).isEqualTo(1.0 / 3);
        assertThat(sales.figures(0)).as("any other length: today").isEqualTo(sales.today());

        // an hour later nothing is left in the windows, the day keeps its four calls
        QueueKpis later = t.snapshotAt("11:30").queue("sales").orElseThrow();
        assertThat(later.figures(60).offered()).isZero();
        assertThat(later.figures(60).serviceLevel()).isNull();
        assertThat(later.today().offered()).isEqualTo(4);
    }

    @Test
    void todaysVolumePerQuarterHourAndTheListsBehindTheNumbers() {
        Timeline t = Timeline.utc("2026-03-10").at("08:00");
        t.start();
        t.at("09:00").entered("c1", "sales").at("09:00:10").answered("c1", "sales", "ann");
        t.at("09:05").entered("c2", "sales", 3).at("09:05:30").abandoned("c2", "sales");
        t.at("09:20").entered("c3", "sales").at("09:21").overflowed("c3", "sales", OverflowReason.KEY, null);
        QueueKpis sales = t.snapshotAt("09:30").queue("sales").orElseThrow();

        assertThat(sales.intervals()).extracting(IntervalVolume::offered, IntervalVolume::answered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 1L), org.assertj.core.groups.Tuple.tuple(1L, 0L));
        assertThat(sales.intervals().get(0).startMs()).isEqualTo(t.ms("09:00"));
        assertThat(sales.abandoned()).singleElement().satisfies(c -> {
            assertThat(c.callId()).isEqualTo("c2");
            assertThat(c.waitMs()).isEqualTo(30_000);
            assertThat(c.enteredMs()).isEqualTo(t.ms("09:05"));
            assertThat(c.abandonedMs()).isEqualTo(t.ms("09:05:30"));
        });
        assertThat(sales.overflowed()).singleElement().satisfies(c -> assertThat(c.reason()).isEqualTo(OverflowReason.KEY));
        FloorSnapshot s = t.snapshotAt("09:30");
        assertThat(s.center().abandoned()).extracting(AbandonedCall::callId).containsExactly("c2");
    }
}
