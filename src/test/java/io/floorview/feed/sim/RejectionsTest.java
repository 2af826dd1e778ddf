package io.floorview.feed.sim;

import static io.floorview.feed.sim.SimRuns.BRUSSELS;
import static io.floorview.feed.sim.SimRuns.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.CallRejected;
import io.floorview.domain.event.RejectReason;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The center refuses calls at the door when its lines or a queue are full, or nobody serves the queue. */
class RejectionsTest {

    private static final SimulatorConfig DEFAULTS = SimulatorConfig.defaults(21, BRUSSELS);

    @Test
    void withTwoLinesABusyCenterRefusesCallsAndNeverHoldsMoreThanTwo() {
        SimulatorConfig config = DEFAULTS.withLines(2).withCallRate(3);
        List<FeedEvent> events = SimRuns.day(config, TUESDAY);
        FeedChecker checker = new FeedChecker(2);
        events.forEach(checker::accept);
        assertThat(checker.problems()).isEmpty();
        assertThat(checker.maxOnLines()).isEqualTo(2);
        assertThat(rejected(events, RejectReason.LINES_FULL)).isGreaterThan(100);
        assertThat(rejected(events, RejectReason.QUEUE_FULL)).isZero(); // two lines fill up before any queue
    }

    @Test
    void withLinesToSpareAnOverloadedQueueFillsUp() {
        SimulatorConfig config = DEFAULTS.withLines(300).withCallRate(3);
        List<FeedEvent> events = SimRuns.day(config, TUESDAY);
        assertThat(FeedChecker.check(events, 300)).isEmpty();
        assertThat(rejected(events, RejectReason.QUEUE_FULL)).isGreaterThan(10);
        assertThat(rejected(events, RejectReason.LINES_FULL)).isZero();
    }

    @Test
    void aQueueNobodyServesAtNightRefusesCallsAsEmpty() {
        // three agents: too few for a night shift, so nobody is logged in before the morning
        SimulatorConfig config = DEFAULTS.withAgents(3);
        List<FeedEvent> events = SimRuns.day(config, TUESDAY);
        assertThat(FeedChecker.check(events, config.lines())).isEmpty();
        List<CallRejected> empty = events.stream()
                .filter(e -> e instanceof CallRejected r && r.reason() == RejectReason.JOIN_EMPTY)
                .map(e -> (CallRejected) e).toList();
        assertThat(empty).isNotEmpty()
                .anyMatch(r -> Instant.ofEpochMilli(r.ts()).atZone(BRUSSELS).getHour() < 6)
                .allMatch(r -> r.queue() != null);
    }

    @Test
    void theDefaultCenterRefusesLittle() {
        List<FeedEvent> events = SimRuns.day(DEFAULTS, TUESDAY);
        long rejected = events.stream().filter(e -> e instanceof CallRejected).count();
        long entered = events.stream().filter(e -> e.type() == io.floorview.domain.event.EventType.CALL_ENTERED)
                .map(FeedEvent::callId).distinct().count();
        assertThat(rejected).isLessThan(entered / 50);
    }

    private static long rejected(List<FeedEvent> events, RejectReason reason) {
        return events.stream().filter(e -> e instanceof CallRejected r && r.reason() == reason).count();
    }
}
