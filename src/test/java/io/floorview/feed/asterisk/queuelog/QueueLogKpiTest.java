package io.floorview.feed.asterisk.queuelog;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.kpi.CallFigures;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.KpiEngine;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the console's own engine makes of mapped queue_log: the figures a supervisor would see. */
class QueueLogKpiTest {

    static FloorSnapshot floor(List<FeedEvent> events) {
        KpiEngine engine = new KpiEngine(CenterSettings.defaults(ZoneOffset.UTC), events.get(0).ts());
        events.forEach(engine::apply);
        return engine.snapshot(events.get(events.size() - 1).ts() + 1000);
    }

    @Test
    void timeoutsAreOverflowNeverAbandonsAndACallThatMovesQueuesCountsOnceForTheCenter() {
        // abandon-and-exits.queue_log (2023-11-14 UTC): Asterisk's own "abandoned" counter would say 3 here
        // (ABANDON, EXITWITHTIMEOUT, EXITEMPTY); Floorview says 1 abandoned and counts the exits as overflow.
        var r = QueueLogFixtures.read("abandon-and-exits.queue_log");
        FloorSnapshot f = floor(r.events());
        CallFigures all = f.center().today();
        // five callers; .11 timed out of sales but was answered in support: for the center it is answered
        assertThat(all.offered()).isEqualTo(5);
        assertThat(all.answered()).isEqualTo(1);
        assertThat(all.abandoned()).isEqualTo(1);
        assertThat(all.overflowed()).isEqualTo(3);
        assertThat(all.overflowByReason().get(OverflowReason.TIMEOUT)).isZero();
        CallFigures sales = f.queue("sales").orElseThrow().today();
        assertThat(sales.offered()).isEqualTo(2);
        assertThat(sales.abandoned()).isEqualTo(1);
        assertThat(sales.overflowByReason().get(OverflowReason.TIMEOUT)).isEqualTo(1);
        CallFigures support = f.queue("support").orElseThrow().today();
        assertThat(support.offered()).isEqualTo(1);
        assertThat(support.answered()).isEqualTo(1);
        assertThat(support.asaMs()).isEqualTo(10_000.0);
        CallFigures billing = f.queue("billing").orElseThrow().today();
        assertThat(billing.overflowByReason().get(OverflowReason.EMPTY)).isEqualTo(1);
        assertThat(billing.overflowByReason().get(OverflowReason.KEY)).isEqualTo(1);
        assertThat(billing.overflowByReason().get(OverflowReason.TRANSFERRED)).isEqualTo(1);
        assertThat(f.center().waiting()).as("nobody is left waiting").isZero();
        assertThat(f.linesInUse()).isZero();
    }

    @Test
    void theAgentBoardFollowsTheLog() {
        var r = QueueLogFixtures.read("one-answered-call.queue_log");
        FloorSnapshot f = floor(r.events());
        assertThat(f.agents()).extracting(a -> a.id() + " " + a.state() + " " + a.reason()).containsExactly(
                "PJSIP/201 NOT_READY Auto-Pause", "PJSIP/202 READY null");
        CallFigures sales = f.queue("sales").orElseThrow().today();
        assertThat(sales.handled()).isEqualTo(1);
        assertThat(sales.avgTalkMs()).isEqualTo(212_000.0);
        assertThat(sales.ringNoAnswer()).isEqualTo(1);
    }
}
