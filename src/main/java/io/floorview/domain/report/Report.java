package io.floorview.domain.report;

import io.floorview.domain.kpi.AbandonedCall;
import io.floorview.domain.kpi.OverflowedCall;
import java.util.List;
import java.util.Map;

/**
 * A report: per interval and queue, the totals per queue, each agent, and the calls behind the abandon and
 * overflow figures.
 *
 * @param queues    the queues shown, sorted; the center ("*") is not among them
 * @param rows      one row per interval and queue (the center's rows too, under "*"), by interval then queue
 * @param totals    the whole range per queue, and under "*" for the center (for all queues shown)
 * @param agents    each agent shown, by agent id
 */
public record Report(ReportSpec spec, List<String> queues, List<Row> rows, Map<String, ReportFigures> totals,
                     List<AgentFigures> agents, List<AbandonedCall> abandoned, List<OverflowedCall> overflowed) {

    /** One interval of one queue. */
    public record Row(long intervalKey, String label, String queue, ReportFigures figures) {
    }

    public Report {
        queues = List.copyOf(queues);
        rows = List.copyOf(rows);
        totals = Map.copyOf(totals);
        agents = List.copyOf(agents);
        abandoned = List.copyOf(abandoned);
        overflowed = List.copyOf(overflowed);
    }
}
