package io.floorview.feed.sim;

import io.floorview.domain.event.FeedEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Runs the simulator over whole days for tests. */
final class SimRuns {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** A Tuesday. */
    static final LocalDate TUESDAY = LocalDate.of(2024, 3, 12);

    private SimRuns() {
    }

    static long startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** Every event of {@code days} days from the start of {@code day}. */
    static List<FeedEvent> days(SimulatorConfig config, LocalDate day, int days) {
        return until(config, startOf(day, config.zone()), startOf(day.plusDays(days), config.zone()) - 1);
    }

    static List<FeedEvent> day(SimulatorConfig config, LocalDate day) {
        return days(config, day, 1);
    }

    /** Every event from {@code startMs} to {@code endMs} of a simulator started at {@code startMs}. */
    static List<FeedEvent> until(SimulatorConfig config, long startMs, long endMs) {
        CallCenterSimulator sim = new CallCenterSimulator(config, startMs);
        List<FeedEvent> events = new ArrayList<>();
        sim.advanceTo(endMs, events::add);
        return events;
    }
}
