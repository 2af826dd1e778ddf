package io.floorview.feed.asterisk.queuelog;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads queue_log lines, in both forms Asterisk writes:
 *
 * <ul>
 *   <li>the file: {@code 1675555761|1675555752.0|Support|PJSIP/400|CONNECT|8|1675555753.1|7};</li>
 *   <li>the database table (realtime), exported as text: the same columns with {@code time} as a date-time
 *       ({@code 2012-07-04 07:33:23.085718|1341401601.24|q1|Agent/3001|CONNECT|2|1341401601.27|1||}).
 *       Pipe-separated rows need no header. A header line naming the columns ({@code time}, {@code callid},
 *       {@code queuename}, {@code agent}, {@code event}, {@code data} or {@code data1}…{@code data5}; others
 *       such as {@code id} are skipped) lets the columns come in any order and separated by {@code |},
 *       {@code ,}, {@code ;} or a tab, with CSV quotes. A data column holding {@code |} is split further.</li>
 * </ul>
 *
 * <p>Carriage returns, a byte-order mark, surrounding blanks, a trailing {@code |}, missing data fields and
 * extra fields are taken in stride. Blank lines and {@code #} comments are skipped ({@code null}). Anything
 * else that is wrong (too few fields, no event name, a time that is not one, binary bytes) throws a
 * {@link QueueLogLineException} saying what. Bytes that are not UTF-8 are read as Latin-1 (old systems wrote
 * caller names so) and counted. No regex, no {@code String.split}; not thread-safe (one per reader).
 */
public final class QueueLogParser {

    /** Fields past this many are ignored. */
    static final int MAX_FIELDS = 64;

    private final QueueLogTime time;
    private final FieldTexts texts = new FieldTexts();
    private final int[] fs = new int[MAX_FIELDS];
    private final int[] fe = new int[MAX_FIELDS];
    private final boolean[] fq = new boolean[MAX_FIELDS];
    private ColumnLayout layout;
    private boolean ascii;
    private boolean utf8;
    /** The index of the last field {@link #splitBars} found not empty, -1 for none. */
    private int lastFilled;
    private long latin1Lines;

    /** @param zone the zone of date-times written without an offset (database form) */
    public QueueLogParser(ZoneId zone) {
        this.time = new QueueLogTime(zone);
    }

    /** Lines whose bytes were not UTF-8 and were read as Latin-1. */
    public long latin1Lines() {
        return latin1Lines;
    }

    /** Parses a line given as text (for tests and tools; readers hand bytes). */
    public QueueLogLine parse(String line, long lineNumber) throws QueueLogLineException {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return parse(b, 0, b.length, lineNumber);
    }

    /**
     * Parses the line in {@code b[off, off + len)}, without its newline.
     *
     * @return the line, or {@code null} for a line that holds no data (blank, comment, header)
     */
    public QueueLogLine parse(byte[] b, int off, int len, long lineNumber) throws QueueLogLineException {
        int from = off;
        int to = off + len;
        if (lineNumber == 1 && len >= 3 && b[off] == (byte) 0xEF && b[off + 1] == (byte) 0xBB
                && b[off + 2] == (byte) 0xBF) {
            from += 3;
        }
        while (to > from && (b[to - 1] == '\r' || b[to - 1] == ' ' || b[to - 1] == '\t')) {
            to--;
        }
        while (from < to && (b[from] == ' ' || b[from] == '\t')) {
            from++;
        }
        if (from == to || b[from] == '#') {
            return null;
        }
        if (layout != null || !isDigit(b[from])) {
            scan(b, from, to);
        }
        if (layout != null) {
            return byLayout(b, from, to, lineNumber);
        }
        if (!isDigit(b[from])) {
            ColumnLayout header = ColumnLayout.fromHeader(headerNames(b, from, to), separatorOf(b, from, to));
            if (header == null) {
                throw new QueueLogLineException("does not start with a time (epoch seconds like 1675555753, "
                        + "or a date-time like 2012-07-03 15:27:23.896208) and is not a header naming the columns "
                        + "time, callid, queuename, agent, event, data1…");
            }
            layout = header;
            return null;
        }
        int n = splitBars(b, from, to);
        if (n < 5) {
            throw new QueueLogLineException("only " + n + (n == 1 ? " field" : " fields")
                    + "; a queue_log line has at least 5: time|callid|queue|agent|event");
        }
        long ts = time.parse(b, fs[0], fe[0]);
        String event = eventName(b, 4);
        // data fields up to the last one that is not empty (counted by splitBars: no loop back over the fields)
        String[] data = new String[Math.max(lastFilled, 4) - 4];
        for (int i = 0; i < data.length; i++) {
            data[i] = field(b, i + 5);
        }
        return new QueueLogLine(lineNumber, ts, id(field(b, 1)), id(field(b, 2)), id(field(b, 3)), event, data);
    }

    private QueueLogLine byLayout(byte[] b, int from, int to, long lineNumber) throws QueueLogLineException {
        int n = split(b, from, to, layout.separator(), true);
        if (n <= layout.time() || n <= layout.event()) {
            throw new QueueLogLineException("only " + n + (n == 1 ? " column" : " columns")
                    + "; the header names " + layout.columns());
        }
        String timeText = field(b, layout.time());
        if (timeText.equalsIgnoreCase("time")) {
            return null; // the header again, as concatenated exports repeat it
        }
        byte[] tb = timeText.getBytes(StandardCharsets.UTF_8);
        long ts = time.parse(tb, 0, tb.length);
        String event = eventName(b, layout.event());
        List<String> data = new ArrayList<>(6);
        for (int c : layout.data()) {
            String v = c < n ? field(b, c) : "";
            int start = 0;
            for (int bar = v.indexOf('|'); bar >= 0; bar = v.indexOf('|', start)) {
                data.add(v.substring(start, bar));
                start = bar + 1;
            }
            data.add(start == 0 ? v : v.substring(start));
        }
        int last = data.size();
        while (last > 0 && data.get(last - 1).isEmpty()) {
            last--;
        }
        return new QueueLogLine(lineNumber, ts, id(column(b, n, layout.callId())), id(column(b, n, layout.queue())),
                id(column(b, n, layout.agent())), event, data.subList(0, last).toArray(new String[0]));
    }

    private String column(byte[] b, int n, int c) {
        return c < 0 || c >= n ? null : field(b, c);
    }

    private String eventName(byte[] b, int i) throws QueueLogLineException {
        if (fs[i] == fe[i]) {
            throw new QueueLogLineException("no event name (field " + (i + 1) + " is empty)");
        }
        return field(b, i);
    }

    /** Refuses binary bytes and works out how the line's text is encoded. */
    private void scan(byte[] b, int from, int to) throws QueueLogLineException {
        ascii = true;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c < 0) {
                ascii = false;
            } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw binary(c, i - from + 1);
            }
        }
        utf8 = ascii || Utf8.isValid(b, from, to);
        if (!utf8) {
            latin1Lines++;
        }
    }

    /**
     * Splits a line of the file form at its bars into {@link #fs}/{@link #fe}, refusing binary bytes and
     * working out the encoding in the same pass (the hot path: one look at each byte).
     */
    private int splitBars(byte[] b, int from, int to) throws QueueLogLineException {
        int n = 0;
        int start = from;
        int filled = -1;
        boolean nonAscii = false;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '|') {
                if (n < MAX_FIELDS) {
                    if (i > start) {
                        filled = n;
                    }
                    fs[n] = start;
                    fe[n] = i;
                    fq[n++] = false;
                }
                start = i + 1;
            } else if (c < 0x20 || c == 0x7f) {
                if (c < 0) {
                    nonAscii = true;
                } else if (c != '\t') {
                    throw binary(c, i - from + 1);
                }
            }
        }
        if (n < MAX_FIELDS) {
            if (to > start) {
                filled = n;
            }
            fs[n] = start;
            fe[n] = to;
            fq[n++] = false;
        }
        lastFilled = filled;
        ascii = !nonAscii;
        utf8 = ascii || Utf8.isValid(b, from, to);
        if (!utf8) {
            latin1Lines++;
        }
        return n;
    }

    private static QueueLogLineException binary(byte c, int column) {
        return new QueueLogLineException(String.format(Locale.ROOT,
                "binary data (byte 0x%02x at column %d): not a queue_log line", c, column));
    }

    /** Splits {@code b[from, to)} at {@code sep} into {@link #fs}/{@link #fe}; returns the field count. */
    private int split(byte[] b, int from, int to, byte sep, boolean quotes) throws QueueLogLineException {
        int n = 0;
        int i = from;
        while (n < MAX_FIELDS) {
            if (quotes && i < to && b[i] == '"') {
                int j = i + 1;
                boolean doubled = false;
                while (true) {
                    if (j >= to) {
                        throw new QueueLogLineException("the quoted field at column " + (i - from + 1)
                                + " is never closed");
                    }
                    if (b[j] == '"') {
                        if (j + 1 < to && b[j + 1] == '"') {
                            doubled = true;
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                fs[n] = i + 1;
                fe[n] = j;
                fq[n++] = doubled;
                i = j + 1;
                if (i >= to) {
                    break;
                }
                if (b[i] != sep) {
                    throw new QueueLogLineException("text after the closing quote at column " + (i - from + 1));
                }
                i++;
                continue;
            }
            int j = i;
            while (j < to && b[j] != sep) {
                j++;
            }
            fs[n] = i;
            fe[n] = j;
            fq[n++] = false;
            if (j >= to) {
                break;
            }
            i = j + 1;
        }
        return n;
    }

    private String field(byte[] b, int i) {
        int n = fe[i] - fs[i];
        if (n == 0) {
            return "";
        }
        if (ascii && !fq[i] && n <= FieldTexts.MAX_LEN) {
            return texts.of(b, fs[i], n);
        }
        String s = new String(b, fs[i], n, utf8 && !ascii ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        return fq[i] ? s.replace("\"\"", "\"") : s;
    }

    private List<String> headerNames(byte[] b, int from, int to) throws QueueLogLineException {
        int n = split(b, from, to, separatorOf(b, from, to), true);
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(field(b, i).trim().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static byte separatorOf(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '|' || c == ',' || c == ';' || c == '\t') {
                return c;
            }
        }
        return '|';
    }

    /** {@code NONE} and nothing both mean "none" in queue_log. */
    private static String id(String s) {
        return s == null || s.isEmpty() || s.equals("NONE") ? null : s;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
