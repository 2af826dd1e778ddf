package io.floorview.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import org.junit.jupiter.api.Test;

/**
 * A call that crosses queues counts once for all queues: offered at its first entry, its wait measured
 * from then, overflowed only when it leaves the center's queues.
 */
class KpiEngineCrossingQueuesTest {

    private static Timeline start() {
        Timeline t = Timeline.utc("2026-03-10").at("08:00");
        t.start();
        return t;
    }

    /** 09:00:00 c1 enters A; 09:00:30 times out of A into B; 09:00:45 answered in B by ann. */
    private static Timeline overflowThenAnswered() {
        Timeline t = start();
        t.at("09:00:00").entered("c1", "A");
        t.at("09:00:30").overflowed("c1", "A", OverflowReason.TIMEOUT, "B").entered("c1", "B");
        t.at("09:00:45").answered("c1", "B", "ann");
        return t;
    }

    @Test
    void overflowedFromAAndAnsweredInB() {
        FloorSnapshot s = overflowThenAnswered().snapshotAt("09:01:00");

        CallFigures a = s.queue("A").orElseThrow().today();
        // A offered it, and it overflowed from A after 30 s
        assertThat(a.offered()).isEqualTo(1);
        assertThat(a.answered()).isZero();
        assertThat(a.overflowed()).isEqualTo(1);
        assertThat(a.overflowByReason().get(OverflowReason.TIMEOUT)).isEqualTo(1);
        assertThat(a.maxWaitMs()).isEqualTo(30_000);
        // default formula, nothing answered or abandoned in A: 0 / 0 → undefined
        assertThat(a.serviceLevel()).isNull();

        CallFigures b = s.queue("B").orElseThrow().today();
        // B offered it too and answered it after 15 s in B (09:00:30 → 09:00:45)
        assertThat(b.offered()).isEqualTo(1);
        assertThat(b.answered()).isEqualTo(1);
        assertThat(b.overflowed()).isZero();
        assertThat(b.asaMs()).isEqualTo(15_000.0);
        // 15 s ≤ 20 s: 1 / 1
        assertThat(b.serviceLevel()).isEqualTo(1.0);

        CallFigures all = s.center().today();
        // one call, offered once, answered once, never overflowed out of the center
        assertThat(all.offered()).isEqualTo(1);
        assertThat(all.answered()).isEqualTo(1);
        assertThat(all.overflowed()).isZero();
        // the caller waited 45 s from the first entry (09:00:00 → 09:00:45), not B's 15 s
        assertThat(all.asaMs()).isEqualTo(45_000.0);
        assertThat(all.maxWaitMs()).isEqualTo(45_000);
        // 45 s > 20 s: 0 / 1
        assertThat(all.serviceLevel()).isEqualTo(0.0);
    }

    @Test
    void whileWaitingInBTheCallersWaitForAllQueuesRunsFromTheFirstEntry() {
        Timeline t = start();
        t.at("09:00:00").entered("c1", "A");
        t.at("09:00:30").overflowed("c1", "A", OverflowReason.TIMEOUT, "B").entered("c1", "B");
        t.at("09:00:35").entered("c2", "B");

        FloorSnapshot s = t.snapshotAt("09:00:40");

        // in B, c1 has waited 10 s (since 09:00:30)
        QueueKpis b = s.queue("B").orElseThrow();
        assertThat(b.waitingCalls()).extracting(WaitingCall::callId).containsExactly("c1", "c2");
        assertThat(b.longestWaitMs()).isEqualTo(10_000);
        // A has nobody any more
        assertThat(s.queue("A").orElseThrow().waiting()).isZero();
        // for all queues the caller has waited 40 s (since 09:00:00), and is listed once
        QueueKpis all = s.center();
        assertThat(all.waiting()).isEqualTo(2);
        assertThat(all.waitingCalls()).extracting(WaitingCall::callId).containsExactly("c1", "c2");
        assertThat(all.longestWaitMs()).isEqualTo(40_000);
        assertThat(all.waitingCalls().get(0).waitMs(s.asOfMs())).isEqualTo(40_000);
        // one line per caller, however many queues it crossed
        assertThat(s.linesInUse()).isEqualTo(2);
    }

    @Test
    void allQueuesOrdersWaitingCallsByTheirFirstEntry() {
        Timeline t = start();
        // c1 enters A at 09:00:00; c2 enters B at 09:00:10; c1 moves to B at 09:00:30
        t.at("09:00:00").entered("c1", "A");
        t.at("09:00:10").entered("c2", "B");
        t.at("09:00:30").overflowed("c1", "A", OverflowReason.TIMEOUT, "B").entered("c1", "B");

        QueueKpis all = t.snapshotAt("09:01:00").center();

        // c1's caller has waited since 09:00:00 (60 s), c2's since 09:00:10 (50 s): c1 is the oldest
        assertThat(all.waitingCalls()).extracting(WaitingCall::callId).containsExactly("c1", "c2");
        assertThat(all.longestWaitMs()).isEqualTo(60_000);
    }

    @Test
    void aCallOverflowingOutOfTheCenterCountsAsOverflowedForAllQueues() {
        Timeline t = start();
        // c2 enters A at 09:02:00 and A is full at 09:02:10; the call goes to voicemail (no target)
        t.at("09:02:00").entered("c2", "A");
        t.at("09:02:10").overflowed("c2", "A", OverflowReason.FULL, null);

        FloorSnapshot s = t.snapshotAt("09:03:00");

        CallFigures all = s.center().today();
        assertThat(all.offered()).isEqualTo(1);
        assertThat(all.overflowed()).isEqualTo(1);
        assertThat(all.overflowByReason().get(OverflowReason.FULL)).isEqualTo(1);
        assertThat(all.maxWaitMs()).isEqualTo(10_000);
        assertThat(s.queue("A").orElseThrow().today().overflowed()).isEqualTo(1);
        // it left the lines
        assertThat(s.linesInUse()).isZero();
    }

    @Test
    void aCallAbandoningInBIsShortForBButNotForTheCenter() {
        Timeline t = start();
        // c3 enters A at 09:03:00, A empties at 09:03:05 and sends it to B, where the caller hangs up at 09:03:08
        t.at("09:03:00").entered("c3", "A");
        t.at("09:03:05").overflowed("c3", "A", OverflowReason.EMPTY, "B").entered("c3", "B");
        t.at("09:03:08").abandoned("c3", "B");

        FloorSnapshot s = t.snapshotAt("09:04:00");

        CallFigures b = s.queue("B").orElseThrow().today();
        // 3 s in B: short (3 < 5)
        assertThat(b.abandoned()).isEqualTo(1);
        assertThat(b.shortAbandoned()).isEqualTo(1);
        assertThat(b.avgAbandonMs()).isEqualTo(3_000.0);
        CallFigures all = s.center().today();
        // 8 s since the first entry: not short
        assertThat(all.offered()).isEqualTo(1);
        assertThat(all.abandoned()).isEqualTo(1);
        assertThat(all.shortAbandoned()).isZero();
        assertThat(all.avgAbandonMs()).isEqualTo(8_000.0);
        assertThat(all.overflowed()).isZero();
        // (1 − 0) / (1 − 0)
        assertThat(all.abandonRate()).isEqualTo(1.0);
        CallFigures a = s.queue("A").orElseThrow().today();
        assertThat(a.overflowByReason().get(OverflowReason.EMPTY)).isEqualTo(1);
        assertThat(a.abandoned()).isZero();
    }

    @Test
    void aCallSentOnToAQueueThatRefusesItHasLeftTheCenterUnanswered() {
        Timeline t = start();
        // c4 enters A at 09:04:00, the caller presses a key at 09:04:20 to go to B, which is full
        t.at("09:04:00").entered("c4", "A");
        t.at("09:04:20").overflowed("c4", "A", OverflowReason.KEY, "B").rejected("c4", "B", RejectReason.QUEUE_FULL);

        FloorSnapshot s = t.snapshotAt("09:05:00");

        CallFigures all = s.center().today();
        // the center took the call in (offered) and lost it without the caller hanging up: overflow, by A's reason
        assertThat(all.offered()).isEqualTo(1);
        assertThat(all.overflowed()).isEqualTo(1);
        assertThat(all.overflowByReason().get(OverflowReason.KEY)).isEqualTo(1);
        // it was not refused at the center's door
        assertThat(all.rejected()).isZero();
        assertThat(all.maxWaitMs()).isEqualTo(20_000);
        // B refused it
        CallFigures b = s.queue("B").orElseThrow().today();
        assertThat(b.offered()).isZero();
        assertThat(b.rejected()).isEqualTo(1);
        assertThat(b.rejectByReason().get(RejectReason.QUEUE_FULL)).isEqualTo(1);
        assertThat(s.linesInUse()).isZero();
    }

    @Test
    void aCallTransferredByAnAgentToAnotherQueueIsOfferedOnceForAllQueues() {
        Timeline t = start();
        // c5 answered in A by ann after 10 s, who sends it to B at 09:06:00; bob answers it in B at 09:06:30
        t.at("09:05:00").entered("c5", "A");
        t.at("09:05:10").answered("c5", "A", "ann");
        t.at("09:06:00").transferred("c5", "A", "ann", "B").entered("c5", "B");
        t.at("09:06:30").answered("c5", "B", "bob");

        FloorSnapshot s = t.snapshotAt("09:07:00");

        CallFigures all = s.center().today();
        assertThat(all.offered()).isEqualTo(1);
        assertThat(all.answered()).isEqualTo(1);
        assertThat(all.transferred()).isEqualTo(1);
        // the caller's wait before the first answer: 10 s
        assertThat(all.asaMs()).isEqualTo(10_000.0);
        CallFigures a = s.queue("A").orElseThrow().today();
        assertThat(a.offered()).isEqualTo(1);
        assertThat(a.answered()).isEqualTo(1);
        assertThat(a.transferred()).isEqualTo(1);
        CallFigures b = s.queue("B").orElseThrow().today();
        // B got it as a new entry and answered it after 30 s
        assertThat(b.offered()).isEqualTo(1);
        assertThat(b.answered()).isEqualTo(1);
        assertThat(b.asaMs()).isEqualTo(30_000.0);
        assertThat(b.transferred()).isZero();
    }

    @Test
    void aCallerAnsweredThenTransferredIntoAQueueWaitsFromTheNewEntry() {
        Timeline t = start();
        // answered in A after 10 s, talked with ann for 50 s, then sent to B at 09:06:00
        t.at("09:05:00").entered("c5", "A");
        t.at("09:05:10").answered("c5", "A", "ann");
        t.at("09:06:00").transferred("c5", "A", "ann", "B").entered("c5", "B");

        QueueKpis all = t.snapshotAt("09:06:20").center();

        // the caller was talking, not waiting, from 09:05:10 to 09:06:00: 20 s since entering B
        assertThat(all.longestWaitMs()).isEqualTo(20_000);
    }

    @Test
    void theFourCallsTogether() {
        Timeline t = start();
        t.at("09:00:00").entered("c1", "A");
        t.at("09:00:30").overflowed("c1", "A", OverflowReason.TIMEOUT, "B").entered("c1", "B");
        t.at("09:00:45").answered("c1", "B", "ann");
        t.at("09:02:00").entered("c2", "A");
        t.at("09:02:10").overflowed("c2", "A", OverflowReason.FULL, null);
        t.at("09:03:00").entered("c3", "A");
        t.at("09:03:05").overflowed("c3", "A", OverflowReason.EMPTY, "B").entered("c3", "B");
        t.at("09:03:08").abandoned("c3", "B");
        t.at("09:04:00").entered("c4", "A");
        t.at("09:04:20").overflowed("c4", "A", OverflowReason.KEY, "B").rejected("c4", "B", RejectReason.QUEUE_FULL);

        FloorSnapshot s = t.snapshotAt("09:05:00");

        CallFigures all = s.center().today();
        // c1..c4 once each
        assertThat(all.offered()).isEqualTo(4);
        assertThat(all.answered()).isEqualTo(1);
        assertThat(all.abandoned()).isEqualTo(1);
        // c2 (full, to voicemail) and c4 (key, refused by B)
        assertThat(all.overflowed()).isEqualTo(2);
        // A≤T / (A + Ab − ShortAb) = 0 / (1 + 1 − 0): c1 waited 45 s in all
        assertThat(all.serviceLevel()).isEqualTo(0.0);
        // (1 − 0) / (4 − 0)
        assertThat(all.abandonRate()).isEqualTo(0.25);
        // c1: 45 s, c2: 10 s, c3: 8 s, c4: 20 s
        assertThat(all.maxWaitMs()).isEqualTo(45_000);
        CallFigures a = s.queue("A").orElseThrow().today();
        // every call entered A and left it without an answer
        assertThat(a.offered()).isEqualTo(4);
        assertThat(a.overflowed()).isEqualTo(4);
        CallFigures b = s.queue("B").orElseThrow().today();
        // c1 and c3 entered B; c4 was refused at B's door
        assertThat(b.offered()).isEqualTo(2);
        assertThat(b.rejected()).isEqualTo(1);
        // B: 1 / (1 + 1 − 1) — c3's 3 s abandon is short in B
        assertThat(b.serviceLevel()).isEqualTo(1.0);
    }

    @Test
    void aTransferredCallCountsOnceForTheCenterThoughItLeftTheAgentsLineFirst() {
        Timeline t = start();
        t.at("09:00:00").entered("c1", "A");
        t.at("09:00:10").answered("c1", "A", "ann");
        // the agent hands the call to B: her leg ends, then the call enters B
        t.at("09:02:00").transferred("c1", "A", "ann", "B").ended("c1", "A", "ann", 110_000, 0).entered("c1", "B");
        t.at("09:02:20").answered("c1", "B", "bob");
        t.at("09:05:00").ended("c1", "B", "bob", 160_000, 0);

        FloorSnapshot s = t.snapshotAt("09:06:00");
        assertThat(s.center().today().offered()).isEqualTo(1);
        assertThat(s.center().today().answered()).isEqualTo(1);
        assertThat(s.queue("B").orElseThrow().today().offered()).isEqualTo(1);
        assertThat(s.linesInUse()).isZero();
    }

    @Test
    void aCallIdBackMoreThanAnHourAfterItLeftIsANewCallAndLinesAreCountedRight() {
        Timeline t = start();
        t.at("09:00:00").entered("c1", "A").entered("c2", "A");
        t.at("09:00:20").abandoned("c1", "A");
        assertThat(t.snapshotAt("09:00:30").linesInUse()).isEqualTo(1);
        // within the hour the same id is still the same call: no second offer for the center
        t.at("09:30:00").entered("c1", "B");
        t.at("09:30:05").abandoned("c1", "B");
        // more than an hour after it left, the id stands for a new caller
        t.at("10:31:00").entered("c1", "A");
        FloorSnapshot s = t.snapshotAt("10:31:10");
        assertThat(s.center().today().offered()).isEqualTo(3); // c1, c2, c1 again
        assertThat(s.queue("A").orElseThrow().today().offered()).isEqualTo(3);
        assertThat(s.linesInUse()).isEqualTo(2); // c2 never left, c1 is back
    }

    @Test
    void anOutcomeWhoseEntryWasNotSeenIsOfferedAtTheTimeItsWaitSaysItEntered() {
        // a database export can hold the CONNECT before the ENTERQUEUE (set aside): the answer alone is seen
        Timeline t = start();
        t.at("09:00:30").apply(new io.floorview.domain.event.FeedEvent.CallAnswered(t.nextSeq(), t.now(), "c1", "A",
                "ann", 12_000));
        t.at("09:01:00").apply(new io.floorview.domain.event.FeedEvent.CallAbandoned(t.nextSeq(), t.now(), "c2", "A",
                7_000, 1, 1));

        FloorSnapshot s = t.snapshotAt("09:02:00");
        CallFigures a = s.queue("A").orElseThrow().today();
        assertThat(a.offered()).isEqualTo(2);
        assertThat(a.answered()).isEqualTo(1);
        assertThat(a.abandoned()).isEqualTo(1);
        assertThat(s.center().today().offered()).isEqualTo(2);
        assertThat(s.center().today().asaMs()).isEqualTo(12_000.0);
    }

    @Test
    void aCallThatNeverCrossedQueuesWaitsForTheCenterWhatItsQueueSays() {
        // whole-second times: entered 09:00:00, abandoned 09:00:12, the phone system says it waited 11 s
        Timeline t = start();
        t.at("09:00:00").entered("c1", "A");
        t.at("09:00:12").apply(new io.floorview.domain.event.FeedEvent.CallAbandoned(t.nextSeq(), t.now(), "c1", "A",
                11_000, 1, 1));

        FloorSnapshot s = t.snapshotAt("09:01:00");
        assertThat(s.queue("A").orElseThrow().today().avgAbandonMs()).isEqualTo(11_000.0);
        assertThat(s.center().today().avgAbandonMs()).isEqualTo(11_000.0);
    }
}
