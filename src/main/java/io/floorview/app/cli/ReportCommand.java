package io.floorview.app.cli;

import io.floorview.domain.kpi.AbandonRateFormula;
import io.floorview.domain.kpi.ServiceLevelFormula;
import io.floorview.domain.report.Interval;
import io.floorview.domain.report.ReportSpec;
import io.floorview.feed.asterisk.queuelog.QueueLogOptions;
import io.floorview.feed.asterisk.queuelog.QueueLogSummary;
import io.floorview.service.report.CsvExport;
import io.floorview.service.report.FileReport;
import io.floorview.service.report.NotAQueueLogException;
import io.floorview.service.report.ReportTable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code floorview report}: the figures of an Asterisk queue_log, by queue, agent and interval, computed by the
 * console's own engine (the same accounting and report rollups as the live floor and the Reports screen).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Reports an Asterisk queue_log: per queue, per agent and per interval, with the console's own engine.",
            "Call outcomes count in the interval in which the call entered the queue (docs/metrics.md)."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--queue-log", paramLabel = "FILE", required = true,
            description = "The queue_log to read: the pipe file or a database export (docs/asterisk-queue-log.md).")
    Path file;

    @Option(names = "--from", paramLabel = "ISO",
            description = "Start of the report: a date (2026-11-23), a local date-time (2026-11-23T08:00), an instant"
                + " or epoch seconds.")
    String from;

    @Option(names = "--to", paramLabel = "ISO",
            description = "End of the report (exclusive); a date alone means the end of that day.")
    String to;

    @Option(names = "--tz", paramLabel = "ZONE", converter = Converters.Zone.class,
            description = "The center's time zone: intervals and dates are in it (default: this computer's).")
    ZoneId tz;

    @Option(names = "--sl", paramLabel = "SECONDS", split = ",", defaultValue = "20",
            description = "Service-level thresholds, side by side (default ${DEFAULT-VALUE}), e.g. 15,20,30,60.")
    List<Integer> thresholds;

    @Option(names = "--short-abandon", paramLabel = "SECONDS", defaultValue = "5",
            description = "An abandon after less than this wait is a short abandon (default ${DEFAULT-VALUE}).")
    int shortAbandon;

    @Option(names = "--sl-formula", paramLabel = "NAME", defaultValue = "default",
            description = "default (A≤T / (A + Ab − ShortAb)), answered-only, abandons-against, abandons-within-t-ignored,"
                + " abandons-within-t-met or overflow-against.")
    String formula;

    @Option(names = "--abandon-rate", paramLabel = "NAME", defaultValue = "default",
            description = "default ((Ab − ShortAb) / (Off − ShortAb)) or all-abandons (Ab / Off).")
    String abandonFormula;

    @Option(names = "--interval", paramLabel = "LENGTH", defaultValue = "60m",
            description = "15m, 30m, 60m, day, hour (of day), weekday or period (default ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json (default), csv or text.")
    String format;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ReportSpec reportSpec;
        try {
            reportSpec = spec();
        } catch (IllegalArgumentException | DateTimeException e) {
            err.println("floorview report: " + e.getMessage());
            return 2;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("floorview report: " + InputFiles.whyUnreadable(file));
            return 2;
        }
        String f = format.toLowerCase(Locale.ROOT);
        if (!Set.of("json", "csv", "text").contains(f)) {
            err.println("floorview report: --format must be json, csv or text, not '" + format + "'");
            return 2;
        }
        FileReport.Result r = FileReport.run(file, QueueLogOptions.defaults().withZone(reportSpec.zone()), reportSpec);
        QueueLogSummary s = r.summary();
        try {
            NotAQueueLogException.check(file, s);
        } catch (NotAQueueLogException e) {
            err.println("floorview report: " + e.getMessage());
            return 2;
        }
        if (s.linesSetAside() > 0) {
            err.println("floorview report: " + (s.linesSetAside() == 1 ? "1 line of " + file + " was"
                    : s.linesSetAside() + " lines of " + file + " were") + " set aside; "
                    + (s.setAside().isEmpty() ? "" : "first: line " + s.setAside().get(0).lineNumber() + ": "
                    + s.setAside().get(0).reason()));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (f) {
            case "json" -> {
                ReportJson.write(out, r.report(), s);
                out.println();
            }
            case "csv" -> {
                CsvExport.write(out, List.of(ReportTable.totals(r.report()), ReportTable.intervals(r.report()),
                        ReportTable.agents(r.report())));
                out.flush();
            }
            default -> TextTables.print(out, List.of(ReportTable.totals(r.report()), ReportTable.intervals(r.report()),
                    ReportTable.agents(r.report())));
        }
        return 0;
    }

    private ReportSpec spec() {
        ZoneId zone = tz == null ? ZoneId.systemDefault() : tz;
        long fromMs = from == null ? Long.MIN_VALUE / 4 : instant(from, zone, false, "--from");
        long toMs = to == null ? Long.MAX_VALUE / 4 : instant(to, zone, true, "--to");
        if (fromMs >= toMs) {
            throw new IllegalArgumentException("--to must come after --from");
        }
        return new ReportSpec(fromMs, toMs, zone, Interval.fromCode(interval), Set.of(), Set.of(),
                new ArrayList<>(thresholds), shortAbandon, slFormula(formula), abandonRate(abandonFormula));
    }

    static long instant(String text, ZoneId zone, boolean endOfDay, String option) {
        try {
            if (text.matches("\\d{9,11}")) {
                return Long.parseLong(text) * 1000; // epoch seconds, as in the queue_log's own first field
            }
            String t = text.length() >= 16 && text.charAt(10) == ' '
                    ? text.substring(0, 10) + 'T' + text.substring(11) // the database export's 2023-02-06 22:00
                    : text;
            if (t.length() == 10) {
                LocalDate d = LocalDate.parse(t);
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay(zone).toInstant().toEpochMilli();
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(t).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(t).atZone(zone).toInstant().toEpochMilli();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a date (2026-11-23), a date-time"
                    + " (2026-11-23T08:00 or 2026-11-23 08:00), an instant (2026-11-23T07:00:00Z) or epoch seconds"
                    + " (1795413600)");
        }
    }

    static ServiceLevelFormula slFormula(String name) {
        return switch (name.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "default", "short-abandons-excluded" -> ServiceLevelFormula.SHORT_ABANDONS_EXCLUDED;
            case "answered-only" -> ServiceLevelFormula.ANSWERED_ONLY;
            case "abandons-against" -> ServiceLevelFormula.ABANDONS_AGAINST;
            case "abandons-within-t-ignored" -> ServiceLevelFormula.ABANDONS_WITHIN_T_IGNORED;
            case "abandons-within-t-met" -> ServiceLevelFormula.ABANDONS_WITHIN_T_MET;
            case "overflow-against" -> ServiceLevelFormula.OVERFLOW_AGAINST;
            default -> throw new IllegalArgumentException("--sl-formula '" + name + "' is not one of default, answered-only,"
                    + " abandons-against, abandons-within-t-ignored, abandons-within-t-met, overflow-against");
        };
    }

    static AbandonRateFormula abandonRate(String name) {
        return switch (name.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "default", "short-abandons-excluded" -> AbandonRateFormula.SHORT_ABANDONS_EXCLUDED;
            case "all-abandons", "all" -> AbandonRateFormula.ALL_ABANDONS;
            default -> throw new IllegalArgumentException("--abandon-rate '" + name + "' is not default or all-abandons");
        };
    }
}
