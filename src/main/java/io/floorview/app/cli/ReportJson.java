package io.floorview.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import io.floorview.domain.kpi.CallFigures;
import io.floorview.domain.report.AgentFigures;
import io.floorview.domain.report.Report;
import io.floorview.domain.report.ReportFigures;
import io.floorview.feed.asterisk.queuelog.QueueLogSummary;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code report} command's JSON: numbers as numbers, {@code null} where a figure is undefined, times in
 * seconds, service levels and rates as fractions from 0 to 1, queue and agent keys exactly as in the log
 * (docs/metrics.md, "The report command"). Streamed to the output as it is written: a large file's report
 * runs to megabytes, which neither a tree of maps nor a whole string needs to hold first.
 */
final class ReportJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJson() {
    }

    /** Writes the report as one line of JSON (without the line's end); {@code out} stays open. */
    static void write(Writer out, Report r, QueueLogSummary s) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(g, r, s);
        }
    }

    private static void write(JsonGenerator g, Report r, QueueLogSummary s) throws IOException {
        g.writeStartObject();
        g.writeFieldName("queues");
        g.writeStartObject();
        for (String q : r.queues()) {
            g.writeFieldName(q);
            g.writeStartObject();
            figures(g, r.totals().get(q));
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeFieldName("allQueues");
        g.writeStartObject();
        figures(g, r.totals().get("*"));
        g.writeEndObject();
        g.writeFieldName("agents");
        g.writeStartObject();
        for (AgentFigures a : r.agents()) {
            g.writeFieldName(a.agent());
            g.writeStartObject();
            g.writeNumberField("answered", a.answered());
            g.writeNumberField("ringNoAnswer", a.missed());
            g.writeNumberField("talkTime", a.talkMs() / 1000.0);
            g.writeNumberField("handled", a.handled());
            g.writeNumberField("transferred", a.transferred());
            g.writeNumberField("loggedIn", a.loggedInMs() / 1000.0);
            g.writeNumberField("notReady", a.notReadyMs() / 1000.0);
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeFieldName("intervals");
        g.writeStartArray();
        boolean timeline = r.spec().interval().isTimeline();
        for (Report.Row row : r.rows()) {
            g.writeStartObject();
            g.writeStringField("interval", row.label());
            if (timeline) {
                g.writeStringField("start", Instant.ofEpochMilli(row.intervalKey()).toString());
            }
            g.writeStringField("queue", row.queue());
            figures(g, row.figures());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("file");
        g.writeStartObject();
        g.writeStringField("feed", s.feedId());
        g.writeNumberField("lines", s.linesRead());
        g.writeNumberField("mapped", s.linesMapped());
        g.writeNumberField("events", s.eventsProduced());
        g.writeNumberField("setAside", s.linesSetAside());
        counts(g, "ignored", s.ignoredByName());
        counts(g, "unknown", s.unknownByName());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Counts by name, sorted by name: the same order every run. */
    private static void counts(JsonGenerator g, String field, Map<String, Long> byName) throws IOException {
        g.writeFieldName(field);
        g.writeStartObject();
        for (Map.Entry<String, Long> e : new TreeMap<>(byName).entrySet()) {
            g.writeFieldName(e.getKey());
            number(g, e.getValue());
        }
        g.writeEndObject();
    }

    /** The fields of one set of figures, into the object being written. */
    private static void figures(JsonGenerator g, ReportFigures f) throws IOException {
        CallFigures c = f.calls();
        g.writeNumberField("offered", c.offered());
        g.writeNumberField("answered", c.answered());
        g.writeNumberField("abandoned", c.abandoned());
        g.writeNumberField("shortAbandoned", c.shortAbandoned());
        g.writeNumberField("timedOut", c.overflowByReason().get(OverflowReason.TIMEOUT));
        g.writeNumberField("exitedEmpty", c.overflowByReason().get(OverflowReason.EMPTY));
        g.writeNumberField("exitedWithKey", c.overflowByReason().get(OverflowReason.KEY));
        g.writeNumberField("overflowed", c.overflowed());
        g.writeNumberField("rejected", c.rejected());
        g.writeFieldName("rejectedByReason");
        g.writeStartObject();
        for (RejectReason reason : RejectReason.values()) {
            g.writeNumberField(reason.wire(), c.rejectByReason().get(reason));
        }
        g.writeEndObject();
        g.writeNumberField("transferred", c.transferred());
        seconds(g, "asa", c.asaMs());
        seconds(g, "avgAbandonWait", c.avgAbandonMs());
        g.writeFieldName("maxWait");
        number(g, c.maxWaitMsIfAny() == null ? null : c.maxWaitMs() / 1000.0); // null for a queue without calls
        seconds(g, "avgTalk", c.avgTalkMs());
        g.writeFieldName("serviceLevel");
        g.writeStartObject();
        for (Map.Entry<Integer, Double> e : f.serviceLevels().entrySet()) {
            g.writeFieldName(String.valueOf(e.getKey()));
            number(g, e.getValue());
        }
        g.writeEndObject();
        g.writeFieldName("abandonRate");
        number(g, c.abandonRate());
        g.writeNumberField("handled", c.handled());
        seconds(g, "aht", c.ahtMs());
    }

    private static void seconds(JsonGenerator g, String field, Double ms) throws IOException {
        g.writeFieldName(field);
        number(g, ms == null ? null : ms / 1000.0);
    }

    private static void number(JsonGenerator g, Number n) throws IOException {
        if (n == null) {
            g.writeNull();
        } else if (n instanceof Double d) {
            g.writeNumber(d.doubleValue());
        } else {
            g.writeNumber(n.longValue());
        }
    }
}
