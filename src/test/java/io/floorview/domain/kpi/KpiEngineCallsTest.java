package io.floorview.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Call counts and call times per queue and for all queues, from one short morning on two queues. */
class KpiEngineCallsTest {

    private Timeline t;

    /**
     * <pre>
     * 09:00:00  c1 enters sales
     * 09:00:05  c2 enters sales
     * 09:00:08  c1 rings at bob for 6 s, no answer
     * 09:00:10  c3 enters support
     * 09:00:12  c1 answered by ann in sales                (waited 12 s)
     * 09:00:20  r1 refused by sales: queue full
     * 09:00:21  r2 refused at the door: all lines busy     (no queue)
     * 09:00:25  c3 hangs up in support                      (waited 15 s, not short)
     * 09:00:30  c4 enters support
     * 09:00:35  r3 refused by support: queue closed
     * 09:00:40  c2 times out of sales, leaves the center    (waited 35 s)
     * 09:00:45  c4 answered by bob in support               (waited 15 s)
     * 09:01:00  ann transfers c1 to an outside number; c1 ends
     * 09:02:00  c5 enters sales
     * 09:02:30  c6 enters support
     * 09:03:00  snapshot
     * </pre>
     */
    @BeforeEach
    void morning() {
        t = Timeline.utc("2026-03-10").at("08:00");
        t.start();
        t.site("Milan", 10);
        t.at("09:00:00").entered("c1", "sales");
        t.at("09:00:05").entered("c2", "sales");
        t.at("09:00:08").ringNoAnswer("c1", "sales", "bob", 6_000);
        t.at("09:00:10").entered("c3", "support");
        t.at("09:00:12").answered("c1", "sales", "ann");
        t.at("09:00:20").rejected("r1", "sales", RejectReason.QUEUE_FULL);
        t.at("09:00:21").rejected("r2", null, RejectReason.LINES_FULL);
        t.at("09:00:25").abandoned("c3", "support");
        t.at("09:00:30").entered("c4", "support");
        t.at("09:00:35").rejected("r3", "support", RejectReason.QUEUE_CLOSED);
        t.at("09:00:40").overflowed("c2", "sales", OverflowReason.TIMEOUT, null);
        t.at("09:00:45").answered("c4", "support", "bob");
        t.at("09:01:00").transferred("c1", "sales", "ann", "+390212345678").ended("c1", "sales", "ann", 45_000, 3_000);
        t.at("09:02:00").entered("c5", "sales");
        t.at("09:02:30").entered("c6", "support");
    }

    @Test
    void salesCountsItsOwnCalls() {
        QueueKpis sales = t.snapshotAt("09:03:00").queue("sales").orElseThrow();
        CallFigures f = sales.today();

        // c1, c2, c5 (r1 was refused at the door: rejected, not offered)
        assertThat(f.offered()).isEqualTo(3);
        // c1
        assertThat(f.answered()).isEqualTo(1);
        assertThat(f.abandoned()).isZero();
        // c2, timeout
        assertThat(f.overflowed()).isEqualTo(1);
        assertThat(f.overflowByReason().get(OverflowReason.TIMEOUT)).isEqualTo(1);
        // r1, queue full
        assertThat(f.rejected()).isEqualTo(1);
        assertThat(f.rejectByReason().get(RejectReason.QUEUE_FULL)).isEqualTo(1);
        assertThat(f.rejectByReason().get(RejectReason.LINES_FULL)).isZero();
        // c1 to an outside number
        assertThat(f.transferred()).isEqualTo(1);
        // c1 rang at bob first
        assertThat(f.ringNoAnswer()).isEqualTo(1);
        // ASA = 12 s / 1
        assertThat(f.asaMs()).isEqualTo(12_000.0);
        // nobody abandoned: undefined, not 0
        assertThat(f.avgAbandonMs()).isNull();
        // c2 waited 35 s before it timed out, longer than c1's 12 s
        assertThat(f.maxWaitMs()).isEqualTo(35_000);
        // A≤T / (A + Ab − ShortAb) = 1 / (1 + 0 − 0); overflow does not count against by default
        assertThat(f.serviceLevel()).isEqualTo(1.0);
        // (Ab − ShortAb) / (Off − ShortAb) = 0 / 3
        assertThat(f.abandonRate()).isEqualTo(0.0);
        // c5 since 09:02:00: 60 s
        assertThat(sales.waiting()).isEqualTo(1);
        assertThat(sales.longestWaitMs()).isEqualTo(60_000);
        assertThat(sales.waitingCalls()).extracting(WaitingCall::callId).containsExactly("c5");
    }

    @Test
    void supportCountsItsOwnCalls() {
        QueueKpis support = t.snapshotAt("09:03:00").queue("support").orElseThrow();
        CallFigures f = support.today();

        // c3, c4, c6
        assertThat(f.offered()).isEqualTo(3);
        // c4
        assertThat(f.answered()).isEqualTo(1);
        // c3 after 15 s: not short (15 ≥ 5)
        assertThat(f.abandoned()).isEqualTo(1);
        assertThat(f.shortAbandoned()).isZero();
        assertThat(f.overflowed()).isZero();
        // r3, queue closed
        assertThat(f.rejected()).isEqualTo(1);
        assertThat(f.rejectByReason().get(RejectReason.QUEUE_CLOSED)).isEqualTo(1);
        assertThat(f.transferred()).isZero();
        assertThat(f.ringNoAnswer()).isZero();
        // 15 s / 1 each
        assertThat(f.asaMs()).isEqualTo(15_000.0);
        assertThat(f.avgAbandonMs()).isEqualTo(15_000.0);
        assertThat(f.maxWaitMs()).isEqualTo(15_000);
        // 1 / (1 + 1 − 0)
        assertThat(f.serviceLevel()).isEqualTo(0.5);
        // (1 − 0) / (3 − 0)
        assertThat(f.abandonRate()).isCloseTo(1.0 / 3, within(1e-12));
        // c6 since 09:02:30: 30 s
        assertThat(support.waiting()).isEqualTo(1);
        assertThat(support.longestWaitMs()).isEqualTo(30_000);
    }

    @Test
    void allQueuesAddsTheQueuesUpAndCountsRefusalsWithoutAQueue() {
        FloorSnapshot s = t.snapshotAt("09:03:00");
        QueueKpis all = s.center();
        CallFigures f = all.today();

        assertThat(all.isAllQueues()).isTrue();
        assertThat(s.queue(FloorSnapshot.ALL_QUEUES)).containsSame(all);
        // 3 + 3; no call crossed queues
        assertThat(f.offered()).isEqualTo(6);
        assertThat(f.answered()).isEqualTo(2);
        assertThat(f.abandoned()).isEqualTo(1);
        // c2 left the center's queues
        assertThat(f.overflowed()).isEqualTo(1);
        // r1, r3 and r2, which reached no queue
        assertThat(f.rejected()).isEqualTo(3);
        assertThat(f.rejectByReason().get(RejectReason.QUEUE_FULL)).isEqualTo(1);
        assertThat(f.rejectByReason().get(RejectReason.LINES_FULL)).isEqualTo(1);
        assertThat(f.rejectByReason().get(RejectReason.QUEUE_CLOSED)).isEqualTo(1);
        assertThat(f.rejectByReason().get(RejectReason.JOIN_EMPTY)).isZero();
        assertThat(f.transferred()).isEqualTo(1);
        assertThat(f.ringNoAnswer()).isEqualTo(1);
        // (12 + 15) / 2 = 13.5 s
        assertThat(f.asaMs()).isEqualTo(13_500.0);
        assertThat(f.maxWaitMs()).isEqualTo(35_000);
        // both answers within 20 s: 2 / (2 + 1 − 0)
        assertThat(f.serviceLevel()).isCloseTo(2.0 / 3, within(1e-12));
        // 1 / 6
        assertThat(f.abandonRate()).isCloseTo(1.0 / 6, within(1e-12));
        // c5 (09:02:00) before c6 (09:02:30), the oldest first
        assertThat(all.waiting()).isEqualTo(2);
        assertThat(all.waitingCalls()).extracting(WaitingCall::callId).containsExactly("c5", "c6");
        assertThat(all.longestWaitMs()).isEqualTo(60_000);
    }

    @Test
    void linesInUseAreTheCallsHoldingALineNow() {
        FloorSnapshot s = t.snapshotAt("09:03:00");

        // c4 talking to bob, c5 and c6 waiting; c1 ended, c2 left, c3 hung up, r1-r3 never got a line
        assertThat(s.linesInUse()).isEqualTo(3);
        assertThat(s.lineCapacity()).isEqualTo(10);
        assertThat(s.site()).isEqualTo("Milan");
    }

    @Test
    void agentsCountTheirAnswersAndMissedRings() {
        FloorSnapshot s = t.snapshotAt("09:03:00");

        AgentView ann = agent(s, "ann");
        AgentView bob = agent(s, "bob");
        assertThat(ann.answeredToday()).isEqualTo(1);
        assertThat(ann.missedToday()).isZero();
        assertThat(bob.answeredToday()).isEqualTo(1);
        assertThat(bob.missedToday()).isEqualTo(1);
    }

    @Test
    void theSnapshotSaysWhatItWasBuiltFrom() {
        FloorSnapshot s = t.snapshotAt("09:03:00");

        // site.configured + 16 call events, numbered 1..17 by the timeline
        assertThat(s.eventsApplied()).isEqualTo(17);
        assertThat(s.lastSeq()).isEqualTo(17);
        assertThat(s.asOfMs()).isEqualTo(t.ms("09:03:00"));
        assertThat(s.day()).hasToString("2026-03-10");
        assertThat(s.queues()).extracting(QueueKpis::queue).containsExactly("sales", "support");
    }

    @Test
    void aFreshEngineHasNoFiguresRatherThanPerfectOnes() {
        Timeline empty = Timeline.utc("2026-03-10").at("08:00");
        empty.start();
        QueueKpis all = empty.snapshotAt("09:00").center();
        CallFigures f = all.today();

        assertThat(f.offered()).isZero();
        assertThat(f.serviceLevel()).isNull();
        assertThat(f.abandonRate()).isNull();
        assertThat(f.asaMs()).isNull();
        assertThat(f.avgAbandonMs()).isNull();
        assertThat(f.ahtMs()).isNull();
        assertThat(all.occupancy()).isNull();
        assertThat(all.longestWaitMs()).isZero();
    }

    static AgentView agent(FloorSnapshot s, String id) {
        return s.agents().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
