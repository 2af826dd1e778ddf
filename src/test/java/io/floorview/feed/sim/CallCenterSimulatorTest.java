package io.floorview.feed.sim;

import static io.floorview.feed.sim.SimRuns.BRUSSELS;
import static io.floorview.feed.sim.SimRuns.TUESDAY;
import static io.floorview.feed.sim.SimRuns.startOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.event.EventType;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.QueueConfigured;
import io.floorview.domain.event.FeedEvent.SiteConfigured;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CallCenterSimulatorTest {

    private static final SimulatorConfig DEFAULTS = SimulatorConfig.defaults(42, BRUSSELS);
    private static final long DAY_MS = 86_400_000L;

    @Test
    void announcesTheSiteAndItsQueuesThenLogsInTheNightCrew() {
        long start = startOf(TUESDAY, BRUSSELS);
        CallCenterSimulator sim = new CallCenterSimulator(DEFAULTS, start);
        List<FeedEvent> events = new ArrayList<>();
        sim.advanceTo(start, events::add);

        assertThat(events).allMatch(e -> e.ts() == start);
        assertThat(events.get(0)).isEqualTo(new SiteConfigured(1, start, "Floorview demo center", 30,
                "Europe/Brussels"));
        assertThat(events.subList(1, 4)).containsExactly(
                new QueueConfigured(2, start, "sales", "Sales", 20, 80),
                new QueueConfigured(3, start, "support", "Customer Support", 30, 80),
                new QueueConfigured(4, start, "billing", "Billing", 15, 90));
        assertThat(events.subList(4, events.size())).extracting(FeedEvent::type)
                .contains(EventType.AGENT_LOGGED_IN)
                .containsOnly(EventType.AGENT_LOGGED_IN, EventType.AGENT_STATE);
        assertThat(sim.lastSeq()).isEqualTo(events.size());
        assertThat(sim.now()).isEqualTo(start);
    }

    @Test
    void sameSeedAndStartGiveTheSameDay() {
        List<FeedEvent> a = SimRuns.day(DEFAULTS, TUESDAY);
        List<FeedEvent> b = SimRuns.day(DEFAULTS, TUESDAY);
        assertThat(a).hasSizeGreaterThan(5_000);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void anotherSeedGivesAnotherDay() {
        List<FeedEvent> a = SimRuns.day(DEFAULTS, TUESDAY);
        List<FeedEvent> b = SimRuns.day(DEFAULTS.withSeed(43), TUESDAY);
        assertThat(b).isNotEqualTo(a);
        assertThat(callIds(b)).isNotEqualTo(callIds(a));
    }

    @Test
    void numbersEventsFromOneWithoutGapsInTimeOrder() {
        long start = startOf(TUESDAY, BRUSSELS);
        CallCenterSimulator sim = new CallCenterSimulator(DEFAULTS, start);
        List<FeedEvent> events = new ArrayList<>();
        sim.advanceTo(start + DAY_MS, events::add);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).seq()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(events.get(i).ts()).isGreaterThanOrEqualTo(events.get(i - 1).ts());
            }
        }
        assertThat(sim.lastSeq()).isEqualTo(events.size());
        assertThat(sim.now()).isEqualTo(start + DAY_MS);
    }

    @Test
    void manySmallStepsGiveTheSameEventsAsOneBigStep() {
        long start = startOf(TUESDAY, BRUSSELS);
        CallCenterSimulator sim = new CallCenterSimulator(DEFAULTS, start);
        Random steps = new Random(1);
        List<FeedEvent> stepped = new ArrayList<>();
        long t = start;
        while (t < start + DAY_MS) {
            long asked = t;
            sim.advanceTo(asked, e -> {
                assertThat(e.ts()).isLessThanOrEqualTo(asked);
                stepped.add(e);
            });
            assertThat(sim.now()).isEqualTo(asked);
            sim.advanceTo(asked, stepped::add); // asking again for the same time gives nothing new
            t += steps.nextInt(5) == 0 ? 0 : 1 + steps.nextInt(600_000);
        }
        sim.advanceTo(start + DAY_MS, stepped::add);

        CallCenterSimulator once = new CallCenterSimulator(DEFAULTS, start);
        List<FeedEvent> whole = new ArrayList<>();
        once.advanceTo(start + DAY_MS, whole::add);
        assertThat(stepped).isEqualTo(whole);
    }

    @Test
    void refusesToGoBackInTime() {
        long start = startOf(TUESDAY, BRUSSELS);
        CallCenterSimulator sim = new CallCenterSimulator(DEFAULTS, start);
        assertThatThrownBy(() -> sim.advanceTo(start - 1, e -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot go back");
        sim.advanceTo(start + 60_000, e -> { });
        assertThatThrownBy(() -> sim.advanceTo(start, e -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailingConsumerLosesNoEvent() {
        long start = startOf(TUESDAY, BRUSSELS);
        long end = start + 12 * 3_600_000L;
        CallCenterSimulator sim = new CallCenterSimulator(DEFAULTS, start);
        List<FeedEvent> got = new ArrayList<>();
        int[] calls = {0};
        Consumer<FeedEvent> flaky = e -> {
            if (++calls[0] % 500 == 0) {
                throw new IllegalStateException("socket closed");
            }
            got.add(e);
        };
        long t = start;
        int failures = 0;
        while (true) {
            try {
                sim.advanceTo(t, flaky);
            } catch (IllegalStateException expected) {
                failures++;
                continue; // the driver tries the same time again
            }
            if (t == end) {
                break;
            }
            t = Math.min(end, t + 900_000);
        }
        assertThat(failures).isPositive();
        assertThat(got).isEqualTo(SimRuns.until(DEFAULTS, start, end));
        assertThat(sim.lastSeq()).isEqualTo(got.get(got.size() - 1).seq());
    }

    @Test
    void startedInTheAfternoonTheDayShiftIsAlreadyThere() {
        long start = startOf(TUESDAY, BRUSSELS) + 14 * 3_600_000L;
        List<FeedEvent> events = SimRuns.until(DEFAULTS, start, start + 3_600_000L);
        long loginsAtStart = events.stream()
                .filter(e -> e.type() == EventType.AGENT_LOGGED_IN && e.ts() == start).count();
        assertThat(loginsAtStart).isGreaterThan(15);
        assertThat(events).anyMatch(e -> e.type() == EventType.CALL_ANSWERED);
        assertThat(FeedChecker.check(events, DEFAULTS.lines())).isEmpty();
    }

    private static List<String> callIds(List<FeedEvent> events) {
        return events.stream().filter(e -> e.type() == EventType.CALL_ENTERED).map(FeedEvent::callId).toList();
    }
}
