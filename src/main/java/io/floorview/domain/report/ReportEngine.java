package io.floorview.domain.report;

import io.floorview.domain.kpi.AbandonedCall;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.OverflowedCall;
import io.floorview.domain.kpi.QueueCounters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds reports from rollups: merges 15-minute buckets into the intervals asked for, per queue and for the
 * center, and each agent's counts over the range. The same for the console's Reports screen and the
 * {@code report} command.
 */
public final class ReportEngine {

    private static final String ALL = FloorSnapshot.ALL_QUEUES;

    private ReportEngine() {
    }

    /** The report's figures; its lists of abandoned and overflowed calls are left empty (see {@link #runWithCalls}). */
    public static Report run(ReportSpec spec, RollupSource source) {
        return run(spec, source, false);
    }

    /** The report's figures and the calls behind the abandon and overflow figures. */
    public static Report runWithCalls(ReportSpec spec, RollupSource source) {
        return run(spec, source, true);
    }

    private static Report run(ReportSpec spec, RollupSource source, boolean withCalls) {
        boolean filtered = !spec.queues().isEmpty();
        TreeMap<Long, Map<String, QueueCounters>> byInterval = new TreeMap<>();
        Map<String, QueueCounters> totals = new HashMap<>();
        TreeSet<String> queues = new TreeSet<>();
        source.queueRows(spec.fromMs(), spec.toMs(), (k, c) -> {
            String q = k.queue();
            boolean center = ALL.equals(q);
            if (center ? filtered : !spec.showsQueue(q)) {
                return;
            }
            if (!center) {
                queues.add(q);
            }
            long key = spec.interval().keyOf(k.bucketMs(), spec.zone());
            Map<String, QueueCounters> row = byInterval.computeIfAbsent(key, x -> new HashMap<>());
            add(row, q, c);
            add(totals, q, c);
            if (filtered) {
                // with queues picked, the total is that of the queues picked
                add(row, ALL, c);
                add(totals, ALL, c);
            }
        });
        List<Report.Row> rows = new ArrayList<>();
        for (var e : byInterval.entrySet()) {
            String label = spec.interval().label(e.getKey(), spec.zone());
            List<String> ids = new ArrayList<>(e.getValue().keySet());
            ids.sort(Comparator.comparing((String id) -> ALL.equals(id)).thenComparing(id -> id));
            for (String q : ids) {
                QueueCounters c = e.getValue().get(q);
                if (hasCalls(c)) { // an interval with agents logged in but no call is not a row of a call report
                    rows.add(new Report.Row(e.getKey(), label, q, ReportFigures.of(c, spec)));
                }
            }
        }
        Map<String, ReportFigures> totalFigures = new HashMap<>();
        totals.forEach((q, c) -> totalFigures.put(q, ReportFigures.of(c, spec)));
        if (!totalFigures.containsKey(ALL)) {
            totalFigures.put(ALL, ReportFigures.of(new QueueCounters(), spec));
        }
        return new Report(spec, new ArrayList<>(queues), rows, totalFigures, agents(spec, source, filtered),
                withCalls ? abandoned(spec, source) : List.of(), withCalls ? overflowed(spec, source) : List.of());
    }

    private static boolean hasCalls(QueueCounters c) {
        return c.offered() + c.answered() + c.abandoned() + c.overflowedCount() + c.rejectedCount() + c.handledCount()
                + c.transferredCount() + c.ringNoAnswerCount() > 0;
    }

    private static void add(Map<String, QueueCounters> m, String q, QueueCounters c) {
        m.computeIfAbsent(q, x -> new QueueCounters()).add(c);
    }

    private static List<AgentFigures> agents(ReportSpec spec, RollupSource source, boolean filtered) {
        Map<String, AgentCounters> calls = new TreeMap<>();
        Map<String, AgentCounters> time = new TreeMap<>();
        source.agentRows(spec.fromMs(), spec.toMs(), (k, c) -> {
            if (!spec.showsAgent(k.agent())) {
                return;
            }
            if (ALL.equals(k.queue())) {
                time.computeIfAbsent(k.agent(), x -> new AgentCounters()).add(c);
                if (!filtered) {
                    calls.computeIfAbsent(k.agent(), x -> new AgentCounters()).add(c);
                }
            } else if (filtered && spec.showsQueue(k.queue())) {
                calls.computeIfAbsent(k.agent(), x -> new AgentCounters()).add(c);
            }
        });
        List<AgentFigures> out = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>(calls.keySet());
        if (!filtered) {
            ids.addAll(time.keySet());
        }
        for (String a : ids) {
            AgentCounters c = calls.getOrDefault(a, new AgentCounters());
            AgentCounters t = time.getOrDefault(a, new AgentCounters());
            if (!c.isEmpty() || !t.isEmpty()) {
                out.add(AgentFigures.of(a, c, t));
            }
        }
        return out;
    }

    private static List<AbandonedCall> abandoned(ReportSpec spec, RollupSource source) {
        List<AbandonedCall> out = new ArrayList<>();
        for (AbandonedCall c : source.abandonedCalls(spec.fromMs(), spec.toMs())) {
            if (!ALL.equals(c.queue()) && spec.showsQueue(c.queue())) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingLong(AbandonedCall::abandonedMs).thenComparing(AbandonedCall::callId));
        return out;
    }

    private static List<OverflowedCall> overflowed(ReportSpec spec, RollupSource source) {
        List<OverflowedCall> out = new ArrayList<>();
        for (OverflowedCall c : source.overflowedCalls(spec.fromMs(), spec.toMs())) {
            if (!ALL.equals(c.queue()) && spec.showsQueue(c.queue())) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingLong(OverflowedCall::leftMs).thenComparing(OverflowedCall::callId));
        return out;
    }
}
