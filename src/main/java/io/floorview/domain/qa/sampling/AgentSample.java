package io.floorview.domain.qa.sampling;

import java.util.List;

/**
 * The calls drawn for one agent.
 *
 * @param requested how many the plan asked for
 * @param eligible  the agent's recorded calls in the period not scored yet
 * @param calls     the calls drawn, in time order
 */
public record AgentSample(String agentId, int requested, int eligible, List<RecordedCall> calls) {

    public AgentSample {
        calls = List.copyOf(calls);
    }

    /** How many fewer calls than asked could be drawn (the agent had too few eligible calls). */
    public int shortfall() {
        return requested - calls.size();
    }
}
