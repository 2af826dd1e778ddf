package io.floorview.service.schedule;

import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.ItemChange;
import io.floorview.domain.schedule.ScheduleItem;
import io.floorview.feed.sim.SimulatedRoster;
import io.floorview.feed.sim.SimulatedRoster.PlannedBlock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A sample schedule for the embedded simulator: its roster, and the shifts it plans, as the published schedule
 * of the previous, current and next week. Every block comes from the simulator's own plan (which its agents
 * follow), and the history says so: the entries are by {@link #AUTHOR}, action {@code sample}.
 */
public final class SampleSchedule {

    /** Who the history names for the sample. */
    public static final String AUTHOR = "simulator roster (sample)";

    private SampleSchedule() {
    }

    /**
     * Stores the roster and the plan of the three weeks around {@code today} as draft and publishes it; does
     * nothing when the schedule has blocks already. Returns the blocks stored.
     */
    public static int generate(ScheduleService service, SimulatedRoster roster, LocalDate today) {
        if (!service.isEmpty()) {
            return 0;
        }
        service.saveAgents(roster.members().stream()
                .map(m -> new Agent(m.id(), m.name(), m.team(), m.queues())).toList(), "simulator");
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        List<ItemChange> changes = new ArrayList<>();
        for (LocalDate d = monday; d.isBefore(monday.plusWeeks(3)); d = d.plusDays(1)) {
            for (PlannedBlock b : roster.plan(d)) {
                long start = Math.round(b.startMs() / 60_000.0) * 60_000L;
                changes.add(ItemChange.insert(new ScheduleItem("sim-" + b.agent() + "-" + b.kind() + "-" + start,
                        b.agent(), b.kind(), start, Math.max(60_000L, Math.round(b.durationMs() / 60_000.0) * 60_000L))));
            }
        }
        service.saveAll(AUTHOR, changes, "sample", "generated from the simulator's roster");
        service.publish(AUTHOR);
        return changes.size();
    }
}
