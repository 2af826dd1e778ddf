package io.floorview.app.cli;

import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import io.floorview.domain.kpi.CallFigures;
import io.floorview.domain.report.AgentFigures;
import io.floorview.domain.report.Report;
import io.floorview.domain.report.ReportFigures;
import io.floorview.feed.asterisk.queuelog.QueueLogSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code report} command's JSON: numbers as numbers, {@code null} where a figure is undefined, times in
 * seconds, service levels and rates as fractions from 0 to 1, queue and agent keys exactly as in the log
 * (docs/metrics.md, "The report command").
 */
final class ReportJson {

    private ReportJson() {
    }

    static Map<String, Object> of(Report r, QueueLogSummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> queues = new LinkedHashMap<>();
        for (String q : r.queues()) {
            queues.put(q, figures(r.totals().get(q)));
        }
        out.put("queues", queues);
        out.put("allQueues", figures(r.totals().get("*")));
        Map<String, Object> agents = new LinkedHashMap<>();
        for (AgentFigures a : r.agents()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("answered", a.answered());
            m.put("ringNoAnswer", a.missed());
            m.put("talkTime", a.talkMs() / 1000.0);
            m.put("handled", a.handled());
            m.put("transferred", a.transferred());
            m.put("loggedIn", a.loggedInMs() / 1000.0);
            m.put("notReady", a.notReadyMs() / 1000.0);
            agents.put(a.agent(), m);
        }
        out.put("agents", agents);
        List<Object> intervals = new ArrayList<>();
        for (Report.Row row : r.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("interval", row.label());
            if (r.spec().interval().isTimeline()) {
                m.put("start", Instant.ofEpochMilli(row.intervalKey()).toString());
            }
            m.put("queue", row.queue());
            m.putAll(figures(row.figures()));
            intervals.add(m);
        }
        out.put("intervals", intervals);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("feed", s.feedId());
        file.put("lines", s.linesRead());
        file.put("mapped", s.linesMapped());
        file.put("events", s.eventsProduced());
        file.put("setAside", s.linesSetAside());
        file.put("ignored", new java.util.TreeMap<>(s.ignoredByName())); // the same order every run
        file.put("unknown", new java.util.TreeMap<>(s.unknownByName()));
        out.put("file", file);
        return out;
    }

    private static Map<String, Object> figures(ReportFigures f) {
        CallFigures c = f.calls();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("offered", c.offered());
        m.put("answered", c.answered());
        m.put("abandoned", c.abandoned());
        m.put("shortAbandoned", c.shortAbandoned());
        m.put("timedOut", c.overflowByReason().get(OverflowReason.TIMEOUT));
        m.put("exitedEmpty", c.overflowByReason().get(OverflowReason.EMPTY));
        m.put("exitedWithKey", c.overflowByReason().get(OverflowReason.KEY));
        m.put("overflowed", c.overflowed());
        m.put("rejected", c.rejected());
        Map<String, Object> rejected = new LinkedHashMap<>();
        for (RejectReason reason : RejectReason.values()) {
            rejected.put(reason.wire(), c.rejectByReason().get(reason));
        }
        m.put("rejectedByReason", rejected);
        m.put("transferred", c.transferred());
        m.put("asa", seconds(c.asaMs()));
        m.put("avgAbandonWait", seconds(c.avgAbandonMs()));
        m.put("maxWait", c.maxWaitMs() / 1000.0);
        m.put("avgTalk", seconds(c.avgTalkMs()));
        Map<String, Object> sl = new LinkedHashMap<>();
        f.serviceLevels().forEach((t, v) -> sl.put(String.valueOf(t), v));
        m.put("serviceLevel", sl);
        m.put("abandonRate", c.abandonRate());
        m.put("handled", c.handled());
        m.put("aht", seconds(c.ahtMs()));
        return m;
    }

    private static Double seconds(Double ms) {
        return ms == null ? null : ms / 1000.0;
    }
}
