package io.floorview.service.schedule;

import io.floorview.domain.schedule.ActivityCodes;
import io.floorview.domain.schedule.ScheduleEdits;
import io.floorview.domain.schedule.ScheduleItem;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Schedules as CSV: a header {@code agent,activity,start,end}, then one block a row, times as ISO-8601 with the
 * offset ({@code 2026-11-23T09:00+01:00}), so a file means the same in any time zone and across a
 * daylight-saving change. Reading checks every row and reports each bad one with its line number.
 */
public final class ScheduleCsv {

    static final String[] HEADER = {"agent", "activity", "start", "end"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** What is wrong with a row. */
    public enum Problem { COLUMNS, UNKNOWN_AGENT, UNKNOWN_CODE, BAD_TIME, END_BEFORE_START, TOO_LONG, HEADER }

    /** A bad row: its line in the file, the problem, and the value concerned. */
    public record RowError(long line, Problem problem, String value) {
    }

    /** The blocks read, or the bad rows (then no blocks). */
    public record Parsed(List<ScheduleItem> items, List<RowError> errors) {
    }

    private ScheduleCsv() {
    }

    public static void write(List<ScheduleItem> items, ZoneId zone, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).build())) {
            for (ScheduleItem i : items) {
                p.printRecord(i.agent(), i.code(), time(i.startMs(), zone), time(i.endMs(), zone));
            }
        }
    }

    private static String time(long ms, ZoneId zone) {
        return TIME.format(Instant.ofEpochMilli(ms).atZone(zone).toOffsetDateTime());
    }

    /** Reads a file; every row is checked, and any bad row means no blocks. */
    public static Parsed read(Reader in, ActivityCodes codes, Set<String> agents) throws IOException {
        List<ScheduleItem> items = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).build();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            if (!parser.getHeaderNames().equals(List.of(HEADER))) {
                errors.add(new RowError(1, Problem.HEADER, String.join(",", parser.getHeaderNames())));
                return new Parsed(List.of(), errors);
            }
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (r.size() != HEADER.length) {
                    errors.add(new RowError(line, Problem.COLUMNS, Integer.toString(r.size())));
                    continue;
                }
                String agent = r.get(0);
                String code = r.get(1);
                if (!agents.contains(agent)) {
                    errors.add(new RowError(line, Problem.UNKNOWN_AGENT, agent));
                    continue;
                }
                if (codes.get(code).isEmpty()) {
                    errors.add(new RowError(line, Problem.UNKNOWN_CODE, code));
                    continue;
                }
                long start;
                long end;
                try {
                    start = OffsetDateTime.parse(r.get(2), TIME).toInstant().toEpochMilli();
                } catch (DateTimeParseException e) {
                    errors.add(new RowError(line, Problem.BAD_TIME, r.get(2)));
                    continue;
                }
                try {
                    end = OffsetDateTime.parse(r.get(3), TIME).toInstant().toEpochMilli();
                } catch (DateTimeParseException e) {
                    errors.add(new RowError(line, Problem.BAD_TIME, r.get(3)));
                    continue;
                }
                if (end <= start) {
                    errors.add(new RowError(line, Problem.END_BEFORE_START, r.get(3)));
                    continue;
                }
                if (end - start > ScheduleEdits.maxMs(codes.require(code).layer())) {
                    errors.add(new RowError(line, Problem.TOO_LONG, code));
                    continue;
                }
                items.add(new ScheduleItem(UUID.randomUUID().toString(), agent, code, start, end - start));
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            errors.add(new RowError(1, Problem.HEADER, e.getMessage()));
        }
        return errors.isEmpty() ? new Parsed(items, List.of()) : new Parsed(List.of(), errors);
    }
}
