package io.floorview.domain.kpi;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;

/**
 * Where {@link CallAccounting} sends what each event counts for. One accounting feeds the live floor (today's
 * counters) and the reports (15-minute rollups) alike, so both count every call the same way.
 *
 * <p>A {@code queue} of {@code null} stands for the whole center, where each call counts once however many
 * queues it crossed. Call outcomes carry the time the call entered (the queue, or the center for the whole
 * center): they count in the interval of entry. Everything else counts at {@code ts}, when it happened.
 */
public interface Tally {

    void offered(String queue, long entryMs);

    void answered(String queue, long entryMs, long waitMs);

    /** The agent's own count: the agent answered a call of {@code queue} at {@code ts}. */
    void answeredBy(String agent, String queue, long ts, long waitMs);

    void abandoned(String queue, long entryMs, long waitMs, AbandonedCall call);

    void overflowed(String queue, long entryMs, OverflowReason reason, long waitMs, OverflowedCall call);

    void rejected(String queue, long ts, RejectReason reason);

    void transferred(String queue, String agent, long ts);

    /** The after-call work of a call ended at {@code ts}: the call is handled. */
    void handled(String queue, String agent, long ts, long talkMs, long holdMs, long wrapMs);

    /** A connected call ended at {@code ts}, hung up by {@code by}. */
    void hungUp(String queue, String agent, long ts, HangupParty by);

    void ringNoAnswer(String queue, String agent, long ts);

    /**
     * The agent spent {@code [fromMs, toMs)} in {@code state} ({@code reason} when not ready), serving
     * {@code queues} (the time counts for each of them, and once for the whole center).
     */
    void agentTime(String agent, java.util.List<String> queues, AgentState state, String reason, long fromMs, long toMs);
}
