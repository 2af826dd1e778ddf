package io.floorview.app.cli;

import io.floorview.service.report.ReportTable;
import java.io.PrintWriter;
import java.util.List;

/** Prints report tables for a person at a terminal: a title, aligned columns, a blank line between tables. */
final class TextTables {

    private TextTables() {
    }

    static void print(PrintWriter out, List<ReportTable> tables) {
        for (ReportTable t : tables) {
            int n = t.header().size();
            int[] width = new int[n];
            for (int i = 0; i < n; i++) {
                width[i] = t.header().get(i).length();
            }
            for (List<Object> row : t.rows()) {
                for (int i = 0; i < n; i++) {
                    width[i] = Math.max(width[i], ReportTable.text(row.get(i)).length());
                }
            }
            out.println(t.title());
            out.println(line(t.header().stream().map(h -> (Object) h).toList(), width));
            for (List<Object> row : t.rows()) {
                out.println(line(row, width));
            }
            out.println();
        }
        out.flush();
    }

    private static String line(List<Object> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = ReportTable.text(cells.get(i));
            boolean number = cells.get(i) instanceof Number;
            String pad = " ".repeat(Math.max(0, width[i] - c.length()));
            b.append(i == 0 ? "" : "  ").append(number ? pad + c : c + pad);
        }
        return b.toString().stripTrailing();
    }
}
