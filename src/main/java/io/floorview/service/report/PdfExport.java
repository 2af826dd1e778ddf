package io.floorview.service.report;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a report as a PDF with Apache PDFBox: A4 landscape, a title and the report's period and filters on
 * the first page, then tables and charts in the order given, every page with the title and "page n of m" at
 * its foot. A table wider than the page is split into column groups, each repeating the table's first
 * columns (interval, queue or agent); a table longer than the page goes on with its header repeated.
 */
public final class PdfExport {

    /** A part of the document: a table or a chart. */
    public sealed interface Block permits TableBlock, ChartBlock {
    }

    /** A table; its first {@code keyColumns} columns are repeated in every column group. */
    public record TableBlock(ReportTable table, int keyColumns) implements Block {
    }

    /** A chart, as a PNG image, with its caption. */
    public record ChartBlock(String caption, byte[] png) implements Block {
    }

    /**
     * @param title       the document's title
     * @param lines       what the report covers: period, filters, when it was made (one per line)
     * @param pageLabel   the page number's pattern, {0} the page and {1} the pages, e.g. "Page {0} of {1}"
     * @param emptyTable  what an empty table says, e.g. "none"
     * @param continued   what a table's title says on the pages it goes on to, {0} the title, e.g. "{0} (continued)"
     */
    public record Document(String title, List<String> lines, List<Block> blocks, String pageLabel,
                           String emptyTable, String continued) {
        public Document {
            Objects.requireNonNull(title, "title");
            lines = List.copyOf(lines);
            blocks = List.copyOf(blocks);
        }
    }

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float FOOT = 24;
    private static final float CELL_PAD = 3;
    private static final float TABLE_FONT = 7;
    private static final float ROW_H = 10;

    private final PDDocument doc = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Character, Boolean> encodable = new HashMap<>();
    private PDPageContentStream out;
    private float y;

    private PdfExport() {
    }

    public static void write(OutputStream target, Document d) throws IOException {
        PdfExport pdf = new PdfExport();
        try (PDDocument doc = pdf.doc) {
            pdf.render(d);
            doc.save(target);
        }
    }

    private void render(Document d) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(clean(d.title()));
        info.setCreator("Floorview");
        newPage();
        text(bold, 16, MARGIN, y - 16, d.title());
        y -= 26;
        for (String line : d.lines()) {
            text(regular, 9, MARGIN, y - 9, line);
            y -= 12;
        }
        y -= 8;
        for (Block b : d.blocks()) {
            if (b instanceof TableBlock t) {
                table(t, d.emptyTable(), d.continued());
            } else if (b instanceof ChartBlock c) {
                chart(c);
            }
        }
        out.close();
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage p = doc.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true)) {
                out = s;
                text(regular, 8, MARGIN, FOOT - 8, d.title());
                String label = new MessageFormat(d.pageLabel(), Locale.ROOT).format(new Object[] {i + 1, n});
                text(regular, 8, PAGE.getWidth() - MARGIN - width(regular, 8, label), FOOT - 8, label);
                s.setLineWidth(0.5f);
                s.moveTo(MARGIN, FOOT + 4);
                s.lineTo(PAGE.getWidth() - MARGIN, FOOT + 4);
                s.stroke();
            }
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PAGE.getHeight() - MARGIN;
    }

    private float bottom() {
        return FOOT + 14;
    }

    private void chart(ChartBlock c) throws IOException {
        PDImageXObject img = PDImageXObject.createFromByteArray(doc, c.png(), c.caption());
        float maxW = PAGE.getWidth() - 2 * MARGIN;
        // two charts to a page
        float maxH = (PAGE.getHeight() - MARGIN - bottom()) / 2 - 26;
        float scale = Math.min(1f, Math.min(maxW / img.getWidth(), maxH / img.getHeight()));
        float w = img.getWidth() * scale;
        float h = img.getHeight() * scale;
        if (y - 16 - h < bottom()) {
            newPage();
        }
        text(bold, 11, MARGIN, y - 11, c.caption());
        y -= 16;
        out.drawImage(img, MARGIN, y - h, w, h);
        y -= h + 14;
    }

    private void table(TableBlock block, String empty, String continued) throws IOException {
        ReportTable t = block.table();
        int cols = t.header().size();
        String[][] cells = new String[t.rows().size()][cols];
        float[] widths = new float[cols];
        for (int c = 0; c < cols; c++) {
            widths[c] = longestWord(t.header().get(c));
        }
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cols; c++) {
                cells[r][c] = clean(ReportTable.text(t.rows().get(r).get(c)));
                widths[c] = Math.max(widths[c], width(regular, TABLE_FONT, cells[r][c]));
            }
        }
        float maxW = PAGE.getWidth() - 2 * MARGIN;
        for (int c = 0; c < cols; c++) {
            widths[c] = Math.min(widths[c] + 2 * CELL_PAD, maxW / 3);
        }
        int keys = Math.min(block.keyColumns(), cols);
        List<int[]> groups = columnGroups(widths, keys, maxW);
        for (int g = 0; g < groups.size(); g++) {
            int[] group = groups.get(g);
            String title = t.title() + (groups.size() > 1 ? " (" + (g + 1) + "/" + groups.size() + ")" : "");
            List<String[]> header = new ArrayList<>();
            int headerLines = 1;
            for (int c : group) {
                String[] wrapped = wrap(t.header().get(c), widths[c] - 2 * CELL_PAD);
                header.add(wrapped);
                headerLines = Math.max(headerLines, wrapped.length);
            }
            float headerH = headerLines * ROW_H + 2;
            if (y - 16 - headerH - ROW_H < bottom()) {
                newPage();
            }
            text(bold, 11, MARGIN, y - 11, title);
            y -= 16;
            headerRow(group, widths, header, headerH);
            if (cells.length == 0) {
                text(regular, TABLE_FONT, MARGIN + CELL_PAD, y - ROW_H + 2.5f, empty);
                y -= ROW_H;
            }
            for (int r = 0; r < cells.length; r++) {
                if (y - ROW_H < bottom()) {
                    newPage();
                    text(bold, 11, MARGIN, y - 11, new MessageFormat(continued, Locale.ROOT).format(new Object[] {title}));
                    y -= 16;
                    headerRow(group, widths, header, headerH);
                }
                if (r % 2 == 1) {
                    out.setNonStrokingColor(0.93f, 0.93f, 0.93f);
                    out.addRect(MARGIN, y - ROW_H, sum(widths, group), ROW_H);
                    out.fill();
                    out.setNonStrokingColor(0f, 0f, 0f);
                }
                float x = MARGIN;
                for (int c : group) {
                    String s = fit(cells[r][c], widths[c] - 2 * CELL_PAD);
                    boolean number = t.rows().get(r).get(c) instanceof Number;
                    float tx = number ? x + widths[c] - CELL_PAD - width(regular, TABLE_FONT, s) : x + CELL_PAD;
                    text(regular, TABLE_FONT, tx, y - ROW_H + 2.5f, s);
                    x += widths[c];
                }
                y -= ROW_H;
            }
            y -= 12;
        }
    }

    private void headerRow(int[] group, float[] widths, List<String[]> header, float h) throws IOException {
        out.setNonStrokingColor(0.82f, 0.86f, 0.92f);
        out.addRect(MARGIN, y - h, sum(widths, group), h);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
        float x = MARGIN;
        for (int i = 0; i < group.length; i++) {
            String[] lines = header.get(i);
            for (int l = 0; l < lines.length; l++) {
                text(bold, TABLE_FONT, x + CELL_PAD, y - (l + 1) * ROW_H + 2.5f, lines[l]);
            }
            x += widths[group[i]];
        }
        y -= h;
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, y);
        out.lineTo(MARGIN + sum(widths, group), y);
        out.stroke();
    }

    private static float sum(float[] widths, int[] group) {
        float s = 0;
        for (int c : group) {
            s += widths[c];
        }
        return s;
    }

    /** Columns in groups that fit the page, each group starting with the key columns. */
    private static List<int[]> columnGroups(float[] widths, int keys, float maxW) {
        List<int[]> groups = new ArrayList<>();
        float keyW = 0;
        for (int c = 0; c < keys; c++) {
            keyW += widths[c];
        }
        List<Integer> current = new ArrayList<>();
        float w = keyW;
        for (int c = keys; c < widths.length; c++) {
            if (!current.isEmpty() && w + widths[c] > maxW) {
                groups.add(withKeys(keys, current));
                current = new ArrayList<>();
                w = keyW;
            }
            current.add(c);
            w += widths[c];
        }
        if (!current.isEmpty() || groups.isEmpty()) {
            groups.add(withKeys(keys, current));
        }
        return groups;
    }

    private static int[] withKeys(int keys, List<Integer> cols) {
        int[] g = new int[keys + cols.size()];
        for (int i = 0; i < keys; i++) {
            g[i] = i;
        }
        for (int i = 0; i < cols.size(); i++) {
            g[keys + i] = cols.get(i);
        }
        return g;
    }

    private float longestWord(String s) throws IOException {
        float w = 0;
        for (String word : clean(s).split(" ")) {
            w = Math.max(w, width(bold, TABLE_FONT, word));
        }
        return w;
    }

    private String[] wrap(String s, float maxW) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean(s).split(" ")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(bold, TABLE_FONT, next) > maxW) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        lines.add(line.toString());
        return lines.toArray(new String[0]);
    }

    private String fit(String s, float maxW) throws IOException {
        if (width(regular, TABLE_FONT, s) <= maxW) {
            return s;
        }
        String cut = s;
        while (cut.length() > 1 && width(regular, TABLE_FONT, cut + "...") > maxW) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }

    private void text(PDFont font, float size, float x, float baseline, String s) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(clean(s));
        out.endText();
    }

    private float width(PDFont font, float size, String s) throws IOException {
        return font.getStringWidth(clean(s)) / 1000 * size;
    }

    /** The text with what the standard fonts cannot show replaced: ≤ as <=, − as -, anything else as ?. */
    private String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '≤' -> b.append("<=");
                case '≥' -> b.append(">=");
                case '−' -> b.append('-');
                case '\t', '\n', '\r' -> b.append(' ');
                default -> b.append(encodable.computeIfAbsent(ch, this::canEncode) ? ch : '?');
            }
        }
        return b.toString();
    }

    private boolean canEncode(char ch) {
        try {
            regular.encode(String.valueOf(ch));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
