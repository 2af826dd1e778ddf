package io.floorview.feed.sim;

import static io.floorview.feed.sim.SimRuns.BRUSSELS;
import static io.floorview.feed.sim.SimRuns.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.EventType;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.CallOverflowed;
import io.floorview.domain.event.OverflowReason;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Whole simulated days replayed through {@link FeedChecker}: every call's life in order, lines never
 * exceeded, no agent on two calls, no break in the middle of a call.
 */
class FeedInvariantsTest {

    @Test
    void aDefaultWeekdayIsConsistentAndHasEverythingASupervisorWatches() {
        List<FeedEvent> events = SimRuns.day(SimulatorConfig.defaults(42, BRUSSELS), TUESDAY);
        assertThat(FeedChecker.check(events, 30)).isEmpty();

        Set<EventType> types = events.stream().map(FeedEvent::type).collect(Collectors.toSet());
        assertThat(types).containsAll(Set.of(EventType.CALL_ENTERED, EventType.CALL_ANSWERED,
                EventType.CALL_ABANDONED, EventType.CALL_OVERFLOWED, EventType.CALL_TRANSFERRED,
                EventType.CALL_ENDED, EventType.WRAPUP_ENDED, EventType.RING_NO_ANSWER,
                EventType.AGENT_LOGGED_IN, EventType.AGENT_LOGGED_OUT, EventType.AGENT_STATE,
                EventType.RECORDING_AVAILABLE));
        Set<String> reasons = events.stream()
                .filter(e -> e instanceof AgentStateChanged s && s.state() == AgentState.NOT_READY)
                .map(e -> ((AgentStateChanged) e).reason()).collect(Collectors.toSet());
        assertThat(reasons).contains("break", "lunch", "missed").containsAnyOf("meeting", "training", "coaching");
        Set<OverflowReason> overflows = events.stream()
                .filter(e -> e instanceof CallOverflowed).map(e -> ((CallOverflowed) e).reason())
                .collect(Collectors.toSet());
        assertThat(overflows).contains(OverflowReason.TIMEOUT, OverflowReason.KEY);
        assertThat(events).anyMatch(e -> e instanceof CallOverflowed o && o.target() != null)
                .anyMatch(e -> e instanceof CallOverflowed o && o.target() == null);
    }

    static Stream<SimulatorConfig> sizes() {
        SimulatorConfig d = SimulatorConfig.defaults(7, BRUSSELS);
        return Stream.of(
                d.withQueues(1).withAgents(5).withLines(6),
                d.withQueues(3).withAgents(3),
                d.withQueues(26).withAgents(80).withLines(60),
                d.withLines(2).withCallRate(3),
                d.withCallRate(4),
                d.withAgents(200).withQueues(8).withLines(150).withRecordedShare(1),
                d.withCallRate(0.05));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void everySizeOfCenterStaysConsistent(SimulatorConfig config) {
        List<FeedEvent> events = SimRuns.day(config, TUESDAY);
        assertThat(FeedChecker.check(events, config.lines())).isEmpty();
        assertThat(events).anyMatch(e -> e.type() == EventType.CALL_ANSWERED);
    }

    @Test
    void daysFollowOneAnotherThroughAWeekendAndAClockChange() {
        // Brussels moves its clocks forward in the night to Sunday 31 March 2024
        SimulatorConfig config = SimulatorConfig.defaults(3, BRUSSELS);
        LocalDate friday = LocalDate.of(2024, 3, 29);
        List<FeedEvent> events = SimRuns.days(config, friday, 4);
        assertThat(FeedChecker.check(events, config.lines())).isEmpty();
        for (int d = 0; d < 4; d++) {
            LocalDate day = friday.plusDays(d);
            long answered = events.stream()
                    .filter(e -> e.type() == EventType.CALL_ANSWERED && day.equals(localDay(e, BRUSSELS)))
                    .count();
            assertThat(answered).as("answered on %s", day).isGreaterThan(300);
        }
    }

    @Test
    void aCenterAcrossTheDateLineStaysConsistent() {
        SimulatorConfig config = SimulatorConfig.defaults(11, ZoneId.of("Pacific/Auckland"));
        assertThat(FeedChecker.check(SimRuns.days(config, TUESDAY, 2), config.lines())).isEmpty();
    }

    private static LocalDate localDay(FeedEvent e, ZoneId zone) {
        return java.time.Instant.ofEpochMilli(e.ts()).atZone(zone).toLocalDate();
    }
}
