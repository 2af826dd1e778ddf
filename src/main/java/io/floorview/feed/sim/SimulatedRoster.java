package io.floorview.feed.sim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's roster and its shift plans, as a scheduling tool would have them: who works in the simulated
 * center (id, name, team, queues) and, for any day, each shift as planned with its breaks, lunch and other
 * activities. This is the plan the simulated agents follow (mostly: some log in late or leave early), so a
 * schedule built from it gives adherence something real to measure.
 */
public final class SimulatedRoster {

    /** An agent of the simulated center; {@code queues} main queue first. */
    public record Member(String id, String name, String team, List<String> queues) {
        public Member {
            queues = List.copyOf(queues);
        }
    }

    /**
     * A planned block: {@code kind} is {@code shift}, or the not-ready reason of an activity ({@code break},
     * {@code lunch}, {@code meeting}, {@code training}, {@code coaching}).
     */
    public record PlannedBlock(String agent, String kind, long startMs, long durationMs) {
    }

    private final List<AgentProfile> roster;
    private final ShiftPlanner planner;

    private SimulatedRoster(List<AgentProfile> roster, ShiftPlanner planner) {
        this.roster = roster;
        this.planner = planner;
    }

    /** The roster and planner of a simulator with {@code config}: the same as it runs with. */
    public static SimulatedRoster of(SimulatorConfig config) {
        List<QueueSpec> queues = QueueCatalog.build(config);
        List<AgentProfile> roster = Roster.build(config, queues);
        return new SimulatedRoster(roster, new ShiftPlanner(config, queues, roster, new ArrivalCurve(config, roster)));
    }

    public List<Member> members() {
        return roster.stream().map(a -> new Member(a.id(), a.name(), a.team(), a.queueIds())).toList();
    }

    /** The shifts that start on {@code day} (a night shift runs into the next day), with their activities. */
    public List<PlannedBlock> plan(LocalDate day) {
        List<PlannedBlock> out = new ArrayList<>();
        for (Shift s : planner.plan(day)) {
            out.add(new PlannedBlock(s.agent().id(), "shift", s.startMs(), s.endMs() - s.startMs()));
            for (Activity a : s.activities()) {
                out.add(new PlannedBlock(s.agent().id(), a.reason(), a.startMs(), a.durationMs()));
            }
        }
        return out;
    }
}
