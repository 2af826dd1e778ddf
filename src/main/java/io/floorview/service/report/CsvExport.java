package io.floorview.service.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes report tables as CSV (RFC 4180, a header row per table, a blank line between tables) with Apache
 * Commons CSV, so that names with commas or quotes survive a spreadsheet.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static void write(Writer out, List<ReportTable> tables) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
        CSVPrinter printer = new CSVPrinter(out, format);
        boolean first = true;
        for (ReportTable t : tables) {
            if (!first) {
                printer.println();
            }
            first = false;
            if (tables.size() > 1) {
                printer.printRecord("# " + t.title());
            }
            printer.printRecord(t.header());
            for (List<Object> row : t.rows()) {
                printer.printRecord(row.stream().map(ReportTable::text).toList());
            }
        }
        printer.flush();
    }
}
