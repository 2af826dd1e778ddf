package io.floorview.domain.report;

import io.floorview.domain.kpi.AbandonedCall;
import io.floorview.domain.kpi.OverflowedCall;
import io.floorview.domain.kpi.QueueCounters;
import io.floorview.domain.report.Rollups.AgentKey;
import io.floorview.domain.report.Rollups.QueueKey;
import java.util.List;
import java.util.function.BiConsumer;

/** Where a report reads its rollups: the rollups of a file in memory, or the console's cache. */
public interface RollupSource {

    /** Every queue row (the center's too) of a bucket in {@code [fromMs, toMs)}. */
    void queueRows(long fromMs, long toMs, BiConsumer<QueueKey, QueueCounters> row);

    /** Every agent row of a bucket in {@code [fromMs, toMs)}; rows of one agent may come already summed. */
    void agentRows(long fromMs, long toMs, BiConsumer<AgentKey, AgentCounters> row);

    /** Abandoned calls that entered in {@code [fromMs, toMs)}, each queue's and the center's ("*"). */
    List<AbandonedCall> abandonedCalls(long fromMs, long toMs);

    List<OverflowedCall> overflowedCalls(long fromMs, long toMs);
}
