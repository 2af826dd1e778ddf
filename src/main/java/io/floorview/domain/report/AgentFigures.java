package io.floorview.domain.report;

import io.floorview.domain.event.AgentState;
import java.util.Map;

/**
 * An agent's figures over a report's range. Call figures cover the queues the report shows; time figures
 * cover all of the agent's logged-in time (time is not split by queue).
 *
 * @param missed       rings the agent did not answer
 * @param talkMs       talk time of the calls handled
 * @param occupancy    handle time / (handle time + ready time), or {@code null}
 * @param callsPerHour calls handled per logged-in hour, or {@code null}
 */
public record AgentFigures(String agent, long answered, long missed, long transferred, long handled,
                           Double avgTalkMs, Double avgHoldMs, Double avgWrapMs, Double ahtMs, long talkMs,
                           long readyMs, long onCallMs, long wrapUpMs, long notReadyMs,
                           Map<String, Long> notReadyMsByReason, long loggedInMs, Double occupancy,
                           Double callsPerHour, long hungUpByAgent, long hungUpByCaller) {

    public AgentFigures {
        notReadyMsByReason = Map.copyOf(notReadyMsByReason);
    }

    /** Figures from the agent's call counts (for the queues shown) and time counts (all queues). */
    public static AgentFigures of(String agent, AgentCounters calls, AgentCounters time) {
        long h = calls.handled();
        long handle = time.ms(AgentState.ON_CALL) + time.ms(AgentState.WRAP_UP);
        long ready = time.ms(AgentState.READY);
        long loggedIn = time.loggedInMs();
        return new AgentFigures(agent, calls.answered(), calls.missed(), calls.transferred(), h,
                h == 0 ? null : (double) calls.sumTalkMs() / h,
                h == 0 ? null : (double) calls.sumHoldMs() / h,
                h == 0 ? null : (double) calls.sumWrapMs() / h,
                h == 0 ? null : (double) (calls.sumTalkMs() + calls.sumHoldMs() + calls.sumWrapMs()) / h,
                calls.sumTalkMs(), ready, time.ms(AgentState.ON_CALL), time.ms(AgentState.WRAP_UP),
                time.ms(AgentState.NOT_READY), time.notReadyMsByReason(), loggedIn,
                handle + ready == 0 ? null : (double) handle / (handle + ready),
                loggedIn == 0 ? null : h / (loggedIn / 3_600_000.0),
                calls.hungUpByAgent(), calls.hungUpByCaller());
    }
}
