package io.floorview.domain.report;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import io.floorview.domain.kpi.AbandonedCall;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.OverflowedCall;
import io.floorview.domain.kpi.QueueCounters;
import io.floorview.domain.kpi.Tally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rollups per queue, per agent and per 15-minute bucket, filled from the facts of {@link
 * io.floorview.domain.kpi.CallAccounting}: what reports are made of, so that they never rescan raw events.
 * Call outcomes go to the bucket in which the call entered; everything else to the bucket in which it
 * happened; an agent's time is split across the buckets it spans.
 *
 * <p>Used two ways: holding every rollup of a file for the {@code report} command, or collecting what
 * changed since the last {@link #drain()} for the store to add to its tables. An optional window keeps only
 * facts whose time falls in {@code [fromMs, toMs)}.
 */
public final class Rollups implements Tally, RollupSource {

    /** Rollups are kept in 15-minute buckets, aligned on the epoch (so on every time zone's quarter hours). */
    public static final long BUCKET_MS = 15 * 60_000L;

    /** A queue's (or the center's, {@link FloorSnapshot#ALL_QUEUES}) counts in one bucket. */
    public record QueueKey(long bucketMs, String queue) {
    }

    /** An agent's counts in one bucket, for one queue or ({@link FloorSnapshot#ALL_QUEUES}) all of them. */
    public record AgentKey(long bucketMs, String agent, String queue) {
    }

    private final long fromMs;
    private final long toMs;
    private boolean counting = true;
    private final boolean agentsOverWholeRange;
    private Map<QueueKey, QueueCounters> queues = new HashMap<>();
    private Map<AgentKey, AgentCounters> agents = new HashMap<>();
    private List<AbandonedCall> abandonedCalls = new ArrayList<>();
    private List<OverflowedCall> overflowedCalls = new ArrayList<>();

    public Rollups() {
        this(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public Rollups(long fromMs, long toMs) {
        this(fromMs, toMs, false);
    }

    private Rollups(long fromMs, long toMs, boolean agentsOverWholeRange) {
        this.fromMs = fromMs;
        this.toMs = toMs;
        this.agentsOverWholeRange = agentsOverWholeRange;
    }

    /**
     * Rollups for one report over {@code [fromMs, toMs)}, whose agent figures are for the whole range: each
     * agent's rows are kept once (under the bucket {@code fromMs}) instead of once per 15 minutes, which keeps a
     * month of a large center's queue_log in a few megabytes. Queue rows stay per bucket, for the intervals.
     */
    public static Rollups forOneReport(long fromMs, long toMs) {
        return new Rollups(fromMs, toMs, true);
    }

    public static long bucketOf(long ms) {
        return Math.floorDiv(ms, BUCKET_MS) * BUCKET_MS;
    }

    private boolean inWindow(long ms) {
        return counting && ms >= fromMs && ms < toMs;
    }

    /**
     * Whether facts are counted. A restarting console replays events that are already in the stored rollups
     * with counting off, so that the accounting knows the calls and agents again without counting them twice.
     */
    public void setCounting(boolean on) {
        counting = on;
    }

    // most facts fall in one of a few recent buckets (outcomes in the bucket of the call's entry, the rest now):
    // a small map per recent bucket spares building keys
    private final RecentBuckets<QueueCounters> recentQueueRows = new RecentBuckets<>();
    private final RecentBuckets<AgentBucketRows> recentAgentRows = new RecentBuckets<>();

    /** The rows of the last few buckets used, by queue or agent id; the oldest used is dropped first. */
    private static final class RecentBuckets<V> {
        private static final int SIZE = 4;
        private final long[] buckets = new long[SIZE];
        @SuppressWarnings("unchecked")
        private final Map<String, V>[] rows = new Map[SIZE];
        private int next;

        RecentBuckets() {
            clear();
        }

        Map<String, V> of(long bucket) {
            for (int i = 0; i < SIZE; i++) {
                if (buckets[i] == bucket && rows[i] != null) {
                    return rows[i];
                }
            }
            int i = next;
            next = (next + 1) % SIZE;
            buckets[i] = bucket;
            rows[i] = new HashMap<>();
            return rows[i];
        }

        void clear() {
            java.util.Arrays.fill(buckets, Long.MIN_VALUE);
            java.util.Arrays.fill(rows, null);
            next = 0;
        }
    }

    /** One agent's rows of the last bucket: all queues' (the one every fact touches) and each queue's. */
    private static final class AgentBucketRows {
        AgentCounters allQueues;
        final Map<String, AgentCounters> byQueue = new HashMap<>(4);
    }

    private QueueCounters queue(long ms, String queue) {
        long bucket = bucketOf(ms);
        Map<String, QueueCounters> recent = recentQueueRows.of(bucket);
        String q = queue == null ? FloorSnapshot.ALL_QUEUES : queue;
        QueueCounters c = recent.get(q);
        if (c == null) {
            c = queues.computeIfAbsent(new QueueKey(bucket, q), k -> new QueueCounters());
            recent.put(q, c);
        }
        return c;
    }

    private AgentCounters agent(long ms, String agent, String queue) {
        long bucket = agentsOverWholeRange ? fromMs : bucketOf(ms);
        Map<String, AgentBucketRows> recent = recentAgentRows.of(bucket);
        String q = queue == null ? FloorSnapshot.ALL_QUEUES : queue;
        AgentBucketRows rows = recent.get(agent);
        if (rows == null) {
            rows = new AgentBucketRows();
            recent.put(agent, rows);
        }
        boolean all = q.equals(FloorSnapshot.ALL_QUEUES);
        AgentCounters c = all ? rows.allQueues : rows.byQueue.get(q);
        if (c == null) {
            c = agents.computeIfAbsent(new AgentKey(bucket, agent, q), k -> new AgentCounters());
            if (all) {
                rows.allQueues = c;
            } else {
                rows.byQueue.put(q, c);
            }
        }
        return c;
    }

    public Map<QueueKey, QueueCounters> queueRows() {
        return queues;
    }

    public Map<AgentKey, AgentCounters> agentRows() {
        return agents;
    }

    /**
     * Callers who abandoned, one entry per queue they abandoned in. The center's figures count each call once, but
     * its calls are not listed apart: every list of calls shows the queues' entries.
     */
    public List<AbandonedCall> abandonedCalls() {
        return abandonedCalls;
    }

    /** Calls that overflowed, one entry per queue they left (none for the center, as for abandoned calls). */
    public List<OverflowedCall> overflowedCalls() {
        return overflowedCalls;
    }

    /** What changed since the last drain (or since the start), handed over; these rollups start empty again. */
    public Rollups drain() {
        Rollups out = new Rollups(fromMs, toMs, agentsOverWholeRange);
        out.queues = queues;
        out.agents = agents;
        out.abandonedCalls = abandonedCalls;
        out.overflowedCalls = overflowedCalls;
        queues = new HashMap<>();
        agents = new HashMap<>();
        abandonedCalls = new ArrayList<>();
        overflowedCalls = new ArrayList<>();
        recentQueueRows.clear();
        recentAgentRows.clear();
        return out;
    }

    /**
     * Every queue row of a bucket that overlaps {@code [from, to)}. These rollups hold only the facts of their own
     * range, so a range that starts inside a bucket (a report from 22:42) gets what that bucket holds from 22:42
     * on, and nothing from before.
     */
    @Override
    public void queueRows(long from, long to, java.util.function.BiConsumer<QueueKey, QueueCounters> row) {
        queues.forEach((k, c) -> {
            if (overlaps(k.bucketMs(), from, to)) {
                row.accept(k, c);
            }
        });
    }

    /** Every agent row of a bucket that overlaps {@code [from, to)}, as for {@link #queueRows}. */
    @Override
    public void agentRows(long from, long to, java.util.function.BiConsumer<AgentKey, AgentCounters> row) {
        agents.forEach((k, c) -> {
            if (overlaps(k.bucketMs(), from, to)) {
                row.accept(k, c);
            }
        });
    }

    private static boolean overlaps(long bucketMs, long from, long to) {
        return bucketMs < to && bucketMs + BUCKET_MS > from;
    }

    @Override
    public List<AbandonedCall> abandonedCalls(long from, long to) {
        return abandonedCalls.stream().filter(c -> c.enteredMs() >= from && c.enteredMs() < to).toList();
    }

    @Override
    public List<OverflowedCall> overflowedCalls(long from, long to) {
        return overflowedCalls.stream().filter(c -> c.enteredMs() >= from && c.enteredMs() < to).toList();
    }

    /** Adds rollups drained elsewhere (e.g. batch by batch) to these, so they can be stored together. */
    public void addAll(Rollups other) {
        other.queues.forEach((k, c) -> queues.computeIfAbsent(k, x -> new QueueCounters()).add(c));
        other.agents.forEach((k, c) -> agents.computeIfAbsent(k, x -> new AgentCounters()).add(c));
        abandonedCalls.addAll(other.abandonedCalls);
        overflowedCalls.addAll(other.overflowedCalls);
        recentQueueRows.clear();
        recentAgentRows.clear();
    }

    public boolean isEmpty() {
        return queues.isEmpty() && agents.isEmpty() && abandonedCalls.isEmpty() && overflowedCalls.isEmpty();
    }

    @Override
    public void offered(String queue, long entryMs) {
        if (inWindow(entryMs)) {
            queue(entryMs, queue).addOffered();
        }
    }

    @Override
    public void answered(String queue, long entryMs, long waitMs) {
        if (inWindow(entryMs)) {
            queue(entryMs, queue).addAnswered(waitMs);
        }
    }

    @Override
    public void answeredBy(String agent, String queue, long ts, long waitMs) {
        if (inWindow(ts)) {
            for (int i = 0, n = agentAndTotal(ts, agent, queue); i < n; i++) {
                AgentCounters a = agentRowsOfFact[i];
                a.answered++;
                a.sumAnswerWaitMs += Math.max(0, waitMs);
            }
        }
    }

    @Override
    public void abandoned(String queue, long entryMs, long waitMs, AbandonedCall call) {
        if (inWindow(entryMs)) {
            queue(entryMs, queue).addAbandoned(waitMs);
            if (queue != null) {
                abandonedCalls.add(call);
            }
        }
    }

    @Override
    public void overflowed(String queue, long entryMs, OverflowReason reason, long waitMs, OverflowedCall call) {
        if (inWindow(entryMs)) {
            queue(entryMs, queue).addOverflowed(reason, waitMs);
            if (queue != null) {
                overflowedCalls.add(call);
            }
        }
    }

    @Override
    public void rejected(String queue, long ts, RejectReason reason) {
        if (inWindow(ts)) {
            queue(ts, queue).addRejected(reason);
        }
    }

    @Override
    public void transferred(String queue, String agent, long ts) {
        if (inWindow(ts)) {
            queue(ts, queue).addTransferred();
            if (agent != null && queue != null) {
                for (int i = 0, n = agentAndTotal(ts, agent, queue); i < n; i++) {
                    AgentCounters a = agentRowsOfFact[i];
                    a.transferred++;
                }
            }
        }
    }

    @Override
    public void handled(String queue, String agent, long ts, long talkMs, long holdMs, long wrapMs) {
        if (inWindow(ts)) {
            queue(ts, queue).addHandled(talkMs, holdMs, wrapMs);
            if (agent != null && queue != null) {
                for (int i = 0, n = agentAndTotal(ts, agent, queue); i < n; i++) {
                    AgentCounters a = agentRowsOfFact[i];
                    a.handled++;
                    a.sumTalkMs += Math.max(0, talkMs);
                    a.sumHoldMs += Math.max(0, holdMs);
                    a.sumWrapMs += Math.max(0, wrapMs);
                }
            }
        }
    }

    @Override
    public void hungUp(String queue, String agent, long ts, HangupParty by) {
        if (inWindow(ts)) {
            queue(ts, queue).addHungUp(by);
            if (agent != null && queue != null) {
                for (int i = 0, n = agentAndTotal(ts, agent, queue); i < n; i++) {
                    AgentCounters a = agentRowsOfFact[i];
                    if (by == HangupParty.AGENT) {
                        a.hungUpByAgent++;
                    } else if (by == HangupParty.CALLER) {
                        a.hungUpByCaller++;
                    }
                }
            }
        }
    }

    @Override
    public void ringNoAnswer(String queue, String agent, long ts) {
        if (inWindow(ts)) {
            queue(ts, queue).addRingNoAnswer();
            if (queue != null) {
                for (int i = 0, n = agentAndTotal(ts, agent, queue); i < n; i++) {
                    AgentCounters a = agentRowsOfFact[i];
                    a.missed++;
                }
            }
        }
    }

    /** Filled by {@link #agentAndTotal}, read right after: spares an array per fact. */
    private final AgentCounters[] agentRowsOfFact = new AgentCounters[2];

    /**
     * Puts the agent's row for the queue and the agent's row for all queues (only the latter when
     * {@code queue} is null) in {@link #agentRowsOfFact}; returns how many.
     */
    private int agentAndTotal(long ts, String agent, String queue) {
        if (queue == null) {
            agentRowsOfFact[0] = agent(ts, agent, null);
            return 1;
        }
        agentRowsOfFact[0] = agent(ts, agent, queue);
        agentRowsOfFact[1] = agent(ts, agent, null);
        return 2;
    }

    @Override
    public void agentTime(String agent, List<String> queueIds, AgentState state, String reason, long fromTs,
                          long toTs) {
        long from = Math.max(fromTs, fromMs);
        long to = Math.min(toTs, toMs);
        if (state == AgentState.LOGGED_OUT || !counting) {
            return; // reports count logged-in time only
        }
        while (from < to) {
            long bucketEnd = bucketOf(from) + BUCKET_MS;
            long end = Math.min(to, bucketEnd);
            long ms = end - from;
            agent(from, agent, null).time(state, reason, ms);
            for (int i = 0; i < queueIds.size(); i++) { // by index: no iterator for each stretch of an agent's time
                queue(from, queueIds.get(i)).addAgentTime(state, ms);
            }
            queue(from, null).addAgentTime(state, ms);
            from = end;
        }
    }
}
