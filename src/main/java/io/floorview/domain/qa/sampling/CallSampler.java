package io.floorview.domain.qa.sampling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Draws calls to evaluate, fairly: N calls per agent per period, spread over the period, never a call that
 * is already scored, and the same calls again for the same seed.
 * <ol>
 * <li>An agent's eligible calls are their calls in the period that are not scored yet (each call once).</li>
 * <li>The period is cut into N equal sub-periods; one call is drawn at random from each sub-period that
 *     has eligible calls, so that a sample is not all from one busy morning.</li>
 * <li>When some sub-periods have none, the rest are drawn at random from the agent's remaining calls;
 *     when the agent has fewer eligible calls than N, all of them are taken and the shortfall is shown.</li>
 * <li>Each agent has a random stream of its own, seeded from the seed and the agent id, so adding an agent's
 *     calls does not change another agent's sample, and the order the calls come in does not matter.</li>
 * </ol>
 */
public final class CallSampler {

    private static final Comparator<RecordedCall> BY_TIME =
            Comparator.comparing(RecordedCall::at).thenComparing(RecordedCall::callId);

    private CallSampler() {
    }

    /** The sample of every agent with a recorded call in the period, by agent id. */
    public static List<AgentSample> sample(SamplingPlan plan, Collection<RecordedCall> calls,
                                           Set<String> alreadyScored) {
        Map<String, List<RecordedCall>> byAgent = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        List<RecordedCall> ordered = new ArrayList<>(calls);
        ordered.sort(BY_TIME);
        for (RecordedCall c : ordered) {
            if (!plan.covers(c.at())) {
                continue;
            }
            List<RecordedCall> mine = byAgent.computeIfAbsent(c.agentId(), a -> new ArrayList<>());
            if (!alreadyScored.contains(c.callId()) && seen.add(c.agentId() + '\u0000' + c.callId())) {
                mine.add(c);
            }
        }
        List<AgentSample> out = new ArrayList<>();
        for (Map.Entry<String, List<RecordedCall>> e : byAgent.entrySet()) {
            out.add(sampleAgent(plan, e.getKey(), e.getValue()));
        }
        return List.copyOf(out);
    }

    private static AgentSample sampleAgent(SamplingPlan plan, String agentId, List<RecordedCall> eligible) {
        SplittableRandom random = new SplittableRandom(plan.seed() * 0x9E3779B97F4A7C15L + fnv(agentId));
        List<List<RecordedCall>> strata = new ArrayList<>();
        for (int k = 0; k < plan.perAgent(); k++) {
            strata.add(new ArrayList<>());
        }
        for (RecordedCall c : eligible) {
            strata.get(plan.stratum(c.at())).add(c);
        }
        List<RecordedCall> picked = new ArrayList<>();
        for (List<RecordedCall> stratum : strata) {
            if (!stratum.isEmpty()) {
                picked.add(stratum.get(random.nextInt(stratum.size())));
            }
        }
        List<RecordedCall> rest = new ArrayList<>(eligible);
        rest.removeAll(picked);
        while (picked.size() < plan.perAgent() && !rest.isEmpty()) {
            picked.add(rest.remove(random.nextInt(rest.size())));
        }
        picked.sort(BY_TIME);
        return new AgentSample(agentId, plan.perAgent(), eligible.size(), picked);
    }

    /** FNV-1a over the id's characters: stable across runs and Java versions, unlike a seeded shuffle of a map. */
    static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
