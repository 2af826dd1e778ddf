package io.floorview.service.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes report tables as CSV (RFC 4180) with Apache Commons CSV, so that names with commas or quotes survive a
 * spreadsheet. Several tables follow one another, each as its title on a row of one cell, its header row and its
 * rows, with an empty line between tables. The title is plain text: a title starting with {@code #} was quoted
 * by the CSV rules and read as one odd cell by Excel.
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
                printer.printRecord(t.title());
            }
            printer.printRecord(t.header());
            for (List<Object> row : t.rows()) {
                printer.printRecord(row.stream().map(ReportTable::text).toList());
            }
        }
        printer.flush();
    }
}
