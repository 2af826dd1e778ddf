package io.floorview.domain.kpi;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the accounting tells, kept when it belongs to today: per queue and for the center, the day's counters,
 * the last hour minute by minute (for the 15/30/60-minute windows), offered and answered per 15 minutes, and
 * the calls behind the abandon and overflow figures; per agent, answers, missed rings and time by state.
 */
final class TodayCounts implements Tally {

    /** The windows the floor shows besides the whole day, in minutes. */
    static final int[] WINDOWS = {15, 30, 60};
    private static final long MINUTE = 60_000L;
    private static final long QUARTER = 15 * MINUTE;
    /** The most calls each list keeps (the newest); the counts are never capped. */
    static final int LIST_LIMIT = 2_000;
    private static final String CENTER = FloorSnapshot.ALL_QUEUES;

    /** An agent's counts of today. */
    static final class AgentToday {
        static final AgentToday NONE = new AgentToday();
        long answered;
        long missed;
        final long[] msToday = new long[AgentState.values().length];
    }

    private long dayStartMs;
    private long dayEndMs;
    private final Map<String, QueueCounters> queues = new HashMap<>();
    private final Map<String, AgentToday> agents = new LinkedHashMap<>();
    /** Minute → queue → counters, for the last hour (pruned as minutes go by). */
    private final TreeMap<Long, Map<String, QueueCounters>> minutes = new TreeMap<>();
    /** Queue → 15-minute bucket → {offered, answered}. */
    private final Map<String, TreeMap<Long, long[]>> quarters = new HashMap<>();
    private final Map<String, Deque<AbandonedCall>> abandoned = new HashMap<>();
    private final Map<String, Deque<OverflowedCall>> overflowed = new HashMap<>();

    void startDay(long startMs, long endMs) {
        dayStartMs = startMs;
        dayEndMs = endMs;
        queues.values().forEach(QueueCounters::clear);
        agents.clear();
        quarters.clear();
        abandoned.clear();
        overflowed.clear();
        // the last hour's minutes stay: a window looks back across the day start
    }

    QueueCounters queue(String q) {
        return queues.computeIfAbsent(q == null ? CENTER : q, k -> new QueueCounters());
    }

    Set<String> agentIds() {
        return agents.keySet();
    }

    AgentToday agent(String id) {
        return agents.getOrDefault(id, AgentToday.NONE);
    }

    private AgentToday agentToCount(String id) {
        return agents.computeIfAbsent(id, k -> new AgentToday());
    }

    private boolean entered(long entryMs) {
        return entryMs >= dayStartMs && entryMs < dayEndMs;
    }

    private boolean now(long ts) {
        return ts >= dayStartMs;
    }

    private long lastMinute = Long.MIN_VALUE;
    private Map<String, QueueCounters> lastMinuteRows;

    /** The counters of the minute of {@code ms}, for the windows. */
    private QueueCounters minute(String q, long ms) {
        long m = Math.floorDiv(ms, MINUTE) * MINUTE;
        if (m != lastMinute || lastMinuteRows == null) {
            lastMinute = m;
            lastMinuteRows = minutes.computeIfAbsent(m, k -> new HashMap<>());
        }
        return lastMinuteRows.computeIfAbsent(q == null ? CENTER : q, k -> new QueueCounters());
    }

    private long[] quarter(String q, long ms) {
        return quarters.computeIfAbsent(q == null ? CENTER : q, k -> new TreeMap<>())
                .computeIfAbsent(Math.floorDiv(ms, QUARTER) * QUARTER, k -> new long[2]);
    }

    /** The figures of the last 15, 30 and 60 minutes up to {@code nowMs}, by window length in minutes. */
    Map<Integer, CallFigures> recent(String q, long nowMs, QueueSettings settings, int shortAbandonSec) {
        long nowMinute = Math.floorDiv(nowMs, MINUTE) * MINUTE;
        minutes.headMap(nowMinute - WINDOWS[WINDOWS.length - 1] * MINUTE).clear();
        lastMinuteRows = null; // it may have been pruned
        String key = q == null ? CENTER : q;
        Map<Integer, CallFigures> out = new LinkedHashMap<>();
        QueueCounters sum = new QueueCounters();
        // the minutes from the newest back: each window is the last N minutes, the current one included
        Iterator<Map.Entry<Long, Map<String, QueueCounters>>> it =
                minutes.headMap(nowMinute, true).descendingMap().entrySet().iterator();
        Map.Entry<Long, Map<String, QueueCounters>> e = it.hasNext() ? it.next() : null;
        for (int window : WINDOWS) {
            long from = nowMinute - (window - 1) * MINUTE;
            while (e != null && e.getKey() >= from) {
                QueueCounters c = e.getValue().get(key);
                if (c != null) {
                    sum.add(c);
                }
                e = it.hasNext() ? it.next() : null;
            }
            out.put(window, sum.figures(settings, shortAbandonSec));
        }
        return out;
    }

    /** Today's offered and answered calls per 15 minutes, oldest first. */
    List<IntervalVolume> intervals(String q) {
        TreeMap<Long, long[]> m = quarters.get(q == null ? CENTER : q);
        if (m == null) {
            return List.of();
        }
        List<IntervalVolume> out = new ArrayList<>(m.size());
        m.forEach((start, v) -> out.add(new IntervalVolume(start, v[0], v[1])));
        return out;
    }

    List<AbandonedCall> abandoned(String q) {
        Deque<AbandonedCall> d = abandoned.get(q == null ? CENTER : q);
        return d == null ? List.of() : List.copyOf(d);
    }

    List<OverflowedCall> overflowed(String q) {
        Deque<OverflowedCall> d = overflowed.get(q == null ? CENTER : q);
        return d == null ? List.of() : List.copyOf(d);
    }

    private static <T> void keepNewest(Map<String, Deque<T>> lists, String q, T item) {
        Deque<T> d = lists.computeIfAbsent(q == null ? CENTER : q, k -> new ArrayDeque<>());
        d.addFirst(item);
        if (d.size() > LIST_LIMIT) {
            d.removeLast();
        }
    }

    @Override
    public void offered(String queue, long entryMs) {
        minute(queue, entryMs).addOffered();
        if (entered(entryMs)) {
            queue(queue).addOffered();
            quarter(queue, entryMs)[0]++;
        }
    }

    @Override
    public void answered(String queue, long entryMs, long waitMs) {
        minute(queue, entryMs).addAnswered(waitMs);
        if (entered(entryMs)) {
            queue(queue).addAnswered(waitMs);
            quarter(queue, entryMs)[1]++;
        }
    }

    @Override
    public void answeredBy(String agentId, String queue, long ts, long waitMs) {
        if (now(ts)) {
            agentToCount(agentId).answered++;
        }
    }

    @Override
    public void abandoned(String queue, long entryMs, long waitMs, AbandonedCall call) {
        minute(queue, entryMs).addAbandoned(waitMs);
        if (entered(entryMs)) {
            queue(queue).addAbandoned(waitMs);
            keepNewest(abandoned, queue, call);
        }
    }

    @Override
    public void overflowed(String queue, long entryMs, OverflowReason reason, long waitMs, OverflowedCall call) {
        minute(queue, entryMs).addOverflowed(reason, waitMs);
        if (entered(entryMs)) {
            queue(queue).addOverflowed(reason, waitMs);
            keepNewest(overflowed, queue, call);
        }
    }

    @Override
    public void rejected(String queue, long ts, RejectReason reason) {
        minute(queue, ts).addRejected(reason);
        if (now(ts)) {
            queue(queue).addRejected(reason);
        }
    }

    @Override
    public void transferred(String queue, String agentId, long ts) {
        minute(queue, ts).addTransferred();
        if (now(ts)) {
            queue(queue).addTransferred();
        }
    }

    @Override
    public void handled(String queue, String agentId, long ts, long talkMs, long holdMs, long wrapMs) {
        minute(queue, ts).addHandled(talkMs, holdMs, wrapMs);
        if (now(ts)) {
            queue(queue).addHandled(talkMs, holdMs, wrapMs);
        }
    }

    @Override
    public void hungUp(String queue, String agentId, long ts, HangupParty by) {
        if (now(ts)) {
            queue(queue).addHungUp(by);
        }
    }

    @Override
    public void ringNoAnswer(String queue, String agentId, long ts) {
        minute(queue, ts).addRingNoAnswer();
        if (now(ts)) {
            queue(queue).addRingNoAnswer();
            if (queue == null) {
                agentToCount(agentId).missed++;
            }
        }
    }

    @Override
    public void agentTime(String agentId, List<String> queueIds, AgentState state, String reason, long fromMs,
                          long toMs) {
        long from = Math.max(fromMs, dayStartMs);
        long to = Math.min(toMs, dayEndMs);
        if (to > from) {
            agentToCount(agentId).msToday[state.ordinal()] += to - from;
            for (String q : queueIds) {
                queue(q).addAgentTime(state, to - from);
            }
            queue(null).addAgentTime(state, to - from);
        }
    }
}
