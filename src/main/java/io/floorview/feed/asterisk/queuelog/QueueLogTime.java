package io.floorview.feed.asterisk.queuelog;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * The time of a queue_log line: epoch seconds in the file ({@code 1675555753}, a fraction accepted), or a
 * date-time in the database form ({@code 2012-07-03 15:27:23.896208}, a {@code T} instead of the space and
 * a trailing offset such as {@code Z}, {@code +02} or {@code +02:00} accepted). A date-time without an offset
 * is read in the configured zone (Asterisk writes local time unless {@code queue_log_realtime_use_gmt=yes}).
 * Times outside 2000–2099 are refused: no real queue_log holds them, a file that does is damaged.
 * Hand-written for speed (no regex, no java.time parsing per line); not thread-safe.
 */
final class QueueLogTime {

    static final long MIN_EPOCH_SEC = 946_684_800L; // 2000-01-01T00:00:00Z
    static final long MAX_EPOCH_SEC = 4_102_444_800L; // 2100-01-01T00:00:00Z

    private final ZoneRules rules;
    private final int fixedOffset;
    private long cachedMinute = Long.MIN_VALUE;
    private int cachedOffset;

    QueueLogTime(ZoneId zone) {
        this.rules = zone.getRules();
        this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(java.time.Instant.EPOCH).getTotalSeconds()
                : Integer.MIN_VALUE;
    }

    /** Epoch milliseconds of the time in {@code b[from, to)}. */
    long parse(byte[] b, int from, int to) throws QueueLogLineException {
        if (to - from >= 10 && b[from + 4] == '-') {
            return parseDate(b, from, to);
        }
        return parseEpoch(b, from, to);
    }

    private static long parseEpoch(byte[] b, int from, int to) throws QueueLogLineException {
        int i = from;
        long sec = 0;
        while (i < to && i - from < 12 && isDigit(b[i])) {
            sec = sec * 10 + (b[i] - '0');
            i++;
        }
        if (i == from) {
            throw notATime(b, from, to);
        }
        long ms = 0;
        if (i < to && b[i] == '.') {
            i++;
            int digits = 0;
            while (i < to && isDigit(b[i])) {
                if (digits < 3) {
                    ms = ms * 10 + (b[i] - '0');
                }
                digits++;
                i++;
            }
            for (; digits < 3; digits++) {
                ms *= 10;
            }
        }
        if (i != to) {
            throw notATime(b, from, to);
        }
        if (sec < MIN_EPOCH_SEC || sec >= MAX_EPOCH_SEC) {
            throw new QueueLogLineException("time '" + text(b, from, to)
                    + "' is not a plausible epoch second (it must fall in 2000–2099)");
        }
        return sec * 1000 + ms;
    }

    private long parseDate(byte[] b, int from, int to) throws QueueLogLineException {
        if (to - from < 19 || b[from + 7] != '-' || (b[from + 10] != ' ' && b[from + 10] != 'T')
                || b[from + 13] != ':' || b[from + 16] != ':') {
            throw notATime(b, from, to);
        }
        int year = digits(b, from, 4, from, to);
        int month = digits(b, from + 5, 2, from, to);
        int day = digits(b, from + 8, 2, from, to);
        int hour = digits(b, from + 11, 2, from, to);
        int minute = digits(b, from + 14, 2, from, to);
        int second = digits(b, from + 17, 2, from, to);
        if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month) || hour > 23 || minute > 59
                || second > 60) {
            throw new QueueLogLineException("time '" + text(b, from, to) + "' is not a real date and time");
        }
        if (year < 2000 || year > 2099) {
            throw new QueueLogLineException("time '" + text(b, from, to)
                    + "' is not a plausible queue_log time (it must fall in 2000–2099)");
        }
        int i = from + 19;
        int ms = 0;
        if (i < to && (b[i] == '.' || b[i] == ',')) {
            i++;
            int n = 0;
            while (i < to && isDigit(b[i])) {
                if (n < 3) {
                    ms = ms * 10 + (b[i] - '0');
                }
                n++;
                i++;
            }
            if (n == 0) {
                throw notATime(b, from, to);
            }
            for (; n < 3; n++) {
                ms *= 10;
            }
        }
        long local = daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + Math.min(second, 59);
        int offset = i < to ? explicitOffset(b, i, to, from) : offsetAt(local);
        return (local - offset) * 1000 + ms;
    }

    /** An offset written after the time: {@code Z}, {@code +HH}, {@code +HH:MM} or {@code +HHMM} (or minus). */
    private static int explicitOffset(byte[] b, int i, int to, int from) throws QueueLogLineException {
        if (b[i] == 'Z' && i + 1 == to) {
            return 0;
        }
        int sign = b[i] == '+' ? 1 : b[i] == '-' ? -1 : 0;
        int n = to - i - 1;
        if (sign == 0 || !(n == 2 || n == 4 || (n == 5 && b[i + 3] == ':'))) {
            throw notATime(b, from, to);
        }
        int h = digits(b, i + 1, 2, from, to);
        int m = n == 2 ? 0 : digits(b, n == 4 ? i + 3 : i + 4, 2, from, to);
        if (h > 18 || m > 59) {
            throw notATime(b, from, to);
        }
        return sign * (h * 3600 + m * 60);
    }

    private int offsetAt(long localEpochSec) {
        if (fixedOffset != Integer.MIN_VALUE) {
            return fixedOffset;
        }
        long minute = Math.floorDiv(localEpochSec, 60);
        if (minute != cachedMinute) {
            LocalDateTime ldt = LocalDateTime.ofEpochSecond(localEpochSec, 0, ZoneOffset.UTC);
            cachedOffset = rules.getOffset(ldt).getTotalSeconds();
            cachedMinute = minute;
        }
        return cachedOffset;
    }

    private static int digits(byte[] b, int at, int n, int from, int to) throws QueueLogLineException {
        int v = 0;
        for (int i = at; i < at + n; i++) {
            if (!isDigit(b[i])) {
                throw notATime(b, from, to);
            }
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }

    static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    private static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static QueueLogLineException notATime(byte[] b, int from, int to) {
        return new QueueLogLineException("time '" + text(b, from, to)
                + "' is neither epoch seconds (1675555753) nor a date-time (2012-07-03 15:27:23.896208)");
    }

    static String text(byte[] b, int from, int to) {
        int end = Math.min(to, from + 60);
        String s = new String(b, from, end - from, StandardCharsets.UTF_8);
        return end < to ? s + "…" : s;
    }
}
