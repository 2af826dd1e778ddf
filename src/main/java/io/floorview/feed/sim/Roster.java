package io.floorview.feed.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The simulated center's people: agent ids from {@code a1001}, human names, teams of about nine, and skills.
 * Every agent has a main queue, handed out in proportion to each queue's workload (at least one agent per
 * queue); about half also serve a second queue and some a third, so busy queues borrow from quieter ones.
 * A quarter work part-time.
 */
final class Roster {

    private static final String[] TEAMS = {
        "Team North", "Team South", "Team East", "Team West", "Team Harbour", "Team Summit",
        "Team Valley", "Team River", "Team Meadow", "Team Canyon", "Team Forest", "Team Coast",
    };
    static final double SECOND_SKILL_SHARE = 0.6;
    static final double THIRD_SKILL_SHARE = 0.35;
    /** Part-timers cover the peaks and the evening. */
    static final double PART_TIME_SHARE = 0.25;

    private Roster() {
    }

    static List<AgentProfile> build(SimulatorConfig config, List<QueueSpec> queues) {
        SplittableRandom r = RandomStreams.stream(config.seed(), RandomStreams.ROSTER, 0);
        int n = config.agents();
        int teams = (int) Math.max(1, Math.min(TEAMS.length, Math.round(n / 9.0)));
        List<Integer> mainQueues = mainQueues(n, queues);
        Draw.shuffle(r, mainQueues);
        double[] workload = queues.stream().mapToDouble(q -> q.share() * Handling.meanHandleMs(q)).toArray();
        Set<String> usedNames = new HashSet<>();
        List<AgentProfile> roster = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean[] has = new boolean[queues.size()];
            List<QueueSpec> skills = new ArrayList<>(3);
            int main = mainQueues.get(i);
            skills.add(queues.get(main));
            has[main] = true;
            int extra = 0;
            if (queues.size() > 1 && Draw.chance(r, SECOND_SKILL_SHARE)) {
                extra = queues.size() > 2 && Draw.chance(r, THIRD_SKILL_SHARE) ? 2 : 1;
            }
            for (int k = 0; k < extra; k++) {
                int q = Draw.weighted(r, workload, has);
                has[q] = true;
                skills.add(queues.get(q));
            }
            boolean partTime = Draw.chance(r, PART_TIME_SHARE);
            roster.add(new AgentProfile(i, "a" + (1001 + i), Names.unique(r, usedNames),
                    TEAMS[i % teams], skills, partTime));
        }
        return List.copyOf(roster);
    }

    /** The roster's size in full-time agents: a part-timer counts for the share of a full shift it works. */
    static double fullTimeEquivalents(List<AgentProfile> roster) {
        double fte = 0;
        for (AgentProfile a : roster) {
            fte += a.partTime() ? (double) ShiftPattern.PART_MINUTES / ShiftPattern.FULL_MINUTES : 1;
        }
        return fte;
    }

    /**
     * Each queue's number of main agents, in proportion to its workload (calls × handle time) by largest
     * remainder, at least one each.
     */
    private static List<Integer> mainQueues(int agents, List<QueueSpec> queues) {
        int n = queues.size();
        int[] count = new int[n];
        double[] remainder = new double[n];
        double[] workload = new double[n];
        double total = 0;
        for (int q = 0; q < n; q++) {
            workload[q] = queues.get(q).share() * Handling.meanHandleMs(queues.get(q));
            total += workload[q];
        }
        int left = agents - n;
        int given = 0;
        for (int q = 0; q < n; q++) {
            double exact = left * workload[q] / total;
            count[q] = 1 + (int) Math.floor(exact);
            remainder[q] = exact - Math.floor(exact);
            given += count[q];
        }
        while (given < agents) {
            int best = 0;
            for (int q = 1; q < n; q++) {
                if (remainder[q] > remainder[best]) {
                    best = q;
                }
            }
            count[best]++;
            remainder[best] = -1;
            given++;
        }
        List<Integer> mains = new ArrayList<>(agents);
        for (int q = 0; q < n; q++) {
            for (int k = 0; k < count[q]; k++) {
                mains.add(q);
            }
        }
        return mains;
    }
}
