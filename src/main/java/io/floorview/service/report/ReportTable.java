package io.floorview.service.report;

import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.kpi.CallFigures;
import io.floorview.domain.report.AgentFigures;
import io.floorview.domain.report.Report;
import io.floorview.domain.report.ReportFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A report laid out as tables of plain values: what CSV, PDF and text exports write, column for column the
 * same. Numbers stay numbers (seconds, fractions as percentages with one decimal); an undefined figure is an
 * empty cell.
 *
 * @param title  what the table is, e.g. "Queues by interval"
 * @param header the column names
 * @param rows   the cells, strings or numbers or {@code null}
 */
public record ReportTable(String title, List<String> header, List<List<Object>> rows) {

    public ReportTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The queues, interval by interval (the center's rows under "*" last in each interval). */
    public static ReportTable intervals(Report r) {
        List<String> header = new ArrayList<>(List.of("interval", "queue"));
        header.addAll(figureColumns(r));
        List<List<Object>> rows = new ArrayList<>();
        for (Report.Row row : r.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.label(), row.queue()));
            cells.addAll(figureCells(row.figures()));
            rows.add(cells);
        }
        return new ReportTable("Queues by interval", header, rows);
    }

    /** Each queue over the whole range, then the center ("*"). */
    public static ReportTable totals(Report r) {
        List<String> header = new ArrayList<>(List.of("queue"));
        header.addAll(figureColumns(r));
        List<List<Object>> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>(r.queues());
        ids.add("*");
        for (String q : ids) {
            ReportFigures f = r.totals().get(q);
            if (f != null) {
                List<Object> cells = new ArrayList<>(List.of(q));
                cells.addAll(figureCells(f));
                rows.add(cells);
            }
        }
        return new ReportTable("Queues over the period", header, rows);
    }

    public static ReportTable agents(Report r) {
        List<String> header = List.of("agent", "answered", "missed rings", "transferred", "handled", "calls per hour",
                "AHT s", "talk s", "hold s", "wrap-up s", "talk time s", "logged in s", "ready s", "on call s",
                "wrap-up time s", "not ready s", "not ready by reason", "occupancy %", "hung up by agent",
                "hung up by caller");
        List<List<Object>> rows = new ArrayList<>();
        for (AgentFigures a : r.agents()) {
            StringBuilder reasons = new StringBuilder();
            a.notReadyMsByReason().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
                if (reasons.length() > 0) {
                    reasons.append("; ");
                }
                reasons.append(e.getKey().isEmpty() ? "(none)" : e.getKey()).append(' ').append(seconds(e.getValue()));
            });
            rows.add(java.util.Arrays.asList(a.agent(), a.answered(), a.missed(), a.transferred(), a.handled(),
                    round1(a.callsPerHour()), sec(a.ahtMs()), sec(a.avgTalkMs()), sec(a.avgHoldMs()), sec(a.avgWrapMs()),
                    seconds(a.talkMs()), seconds(a.loggedInMs()), seconds(a.readyMs()), seconds(a.onCallMs()),
                    seconds(a.wrapUpMs()), seconds(a.notReadyMs()), reasons.toString(), pct(a.occupancy()),
                    a.hungUpByAgent(), a.hungUpByCaller()));
        }
        return new ReportTable("Agents over the period", header, rows);
    }

    /** Every abandoned call: who, where, when (in the report's zone), position at entry and at the end, wait. */
    public static ReportTable abandonedCalls(Report r) {
        java.time.ZoneId zone = r.spec().zone();
        List<List<Object>> rows = new ArrayList<>();
        for (io.floorview.domain.kpi.AbandonedCall c : r.abandoned()) {
            rows.add(java.util.Arrays.asList(time(c.enteredMs(), zone), time(c.abandonedMs(), zone), c.queue(),
                    c.caller(), c.callId(), c.entryPosition(), c.position(), seconds(c.waitMs())));
        }
        return new ReportTable("Abandoned calls", List.of("entered", "abandoned", "queue", "caller", "call",
                "position at entry", "position at abandon", "wait s"), rows);
    }

    /** Every overflowed call and why it left the queue. */
    public static ReportTable overflowedCalls(Report r) {
        java.time.ZoneId zone = r.spec().zone();
        List<List<Object>> rows = new ArrayList<>();
        for (io.floorview.domain.kpi.OverflowedCall c : r.overflowed()) {
            rows.add(java.util.Arrays.asList(time(c.enteredMs(), zone), time(c.leftMs(), zone), c.queue(), c.caller(),
                    c.callId(), c.reason().wire(), c.target(), seconds(c.waitMs())));
        }
        return new ReportTable("Overflowed calls", List.of("entered", "left", "queue", "caller", "call", "reason",
                "went to", "wait s"), rows);
    }

    private static String time(long ms, java.time.ZoneId zone) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
                .format(java.time.Instant.ofEpochMilli(ms).atZone(zone));
    }

    private static List<String> figureColumns(Report r) {
        List<String> c = new ArrayList<>(List.of("offered", "answered", "abandoned", "short abandoned", "overflowed"));
        for (OverflowReason o : OverflowReason.values()) {
            c.add("overflowed " + o.wire());
        }
        c.addAll(List.of("rejected", "transferred"));
        for (int t : r.spec().slThresholds()) {
            c.add("SL " + t + " s %");
        }
        c.addAll(List.of("abandon rate %", "ASA s", "average abandon s", "longest wait s", "handled", "AHT s",
                "talk s", "hold s", "wrap-up s", "occupancy %", "hung up by agent", "hung up by caller", "missed rings"));
        return c;
    }

    private static List<Object> figureCells(ReportFigures f) {
        CallFigures c = f.calls();
        List<Object> v = new ArrayList<>(java.util.Arrays.asList(c.offered(), c.answered(), c.abandoned(),
                c.shortAbandoned(), c.overflowed()));
        for (OverflowReason o : OverflowReason.values()) {
            v.add(c.overflowByReason().get(o));
        }
        v.add(c.rejected());
        v.add(c.transferred());
        f.serviceLevels().values().forEach(sl -> v.add(pct(sl)));
        v.addAll(java.util.Arrays.asList(pct(c.abandonRate()), sec(c.asaMs()), sec(c.avgAbandonMs()),
                c.maxWaitMsIfAny() == null ? null : seconds(c.maxWaitMs()), c.handled(), sec(c.ahtMs()), sec(c.avgTalkMs()), sec(c.avgHoldMs()),
                sec(c.avgWrapMs()), pct(f.occupancy()), f.hungUpByAgent(), f.hungUpByCaller(), c.ringNoAnswer()));
        return v;
    }

    /** A fraction as a percentage with one decimal, or {@code null}. */
    static Double pct(Double fraction) {
        return fraction == null ? null : Math.round(fraction * 1000) / 10.0;
    }

    /** Milliseconds as seconds with one decimal, or {@code null}. */
    static Double sec(Double ms) {
        return ms == null ? null : Math.round(ms / 100) / 10.0;
    }

    static Double seconds(long ms) {
        return Math.round(ms / 100.0) / 10.0;
    }

    static Double round1(Double v) {
        return v == null ? null : Math.round(v * 10) / 10.0;
    }

    /** A cell as text (empty for an undefined figure), numbers without a locale's separators. */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%.1f", d) : String.valueOf(d);
        }
        return String.valueOf(cell);
    }
}
