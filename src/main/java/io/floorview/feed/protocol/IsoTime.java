package io.floorview.feed.protocol;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The feed's timestamps: ISO-8601 UTC with milliseconds, {@code 2026-11-23T09:15:02.123Z}. Formatting and
 * parsing of that exact shape avoid java.time's general parsers (the feed carries hundreds of thousands of
 * them a second); any other ISO-8601 instant or offset date-time is still accepted on input.
 */
public final class IsoTime {

    private IsoTime() {
    }

    public static String format(long epochMs) {
        long days = Math.floorDiv(epochMs, 86_400_000L);
        int msOfDay = (int) Math.floorMod(epochMs, 86_400_000L);
        if (days < 0 || days > 2_932_896) { // outside 1970..9999: leave it to java.time
            return Instant.ofEpochMilli(epochMs).toString();
        }
        // civil-from-days (H. Hinnant)
        long z = days + 719_468;
        long era = z / 146_097;
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) {
            y++;
        }
        char[] c = new char[24];
        put(c, 0, (int) y, 4);
        c[4] = '-';
        put(c, 5, (int) m, 2);
        c[7] = '-';
        put(c, 8, (int) d, 2);
        c[10] = 'T';
        put(c, 11, msOfDay / 3_600_000, 2);
        c[13] = ':';
        put(c, 14, msOfDay / 60_000 % 60, 2);
        c[16] = ':';
        put(c, 17, msOfDay / 1000 % 60, 2);
        c[19] = '.';
        put(c, 20, msOfDay % 1000, 3);
        c[23] = 'Z';
        return new String(c);
    }

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * Parses a feed timestamp to epoch milliseconds.
     *
     * @throws IllegalArgumentException when {@code s} is not an ISO-8601 instant
     */
    public static long parse(String s) {
        if (s.length() == 24 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T'
                && s.charAt(13) == ':' && s.charAt(16) == ':' && s.charAt(19) == '.' && s.charAt(23) == 'Z') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 2);
            int d = digits(s, 8, 2);
            int hh = digits(s, 11, 2);
            int mi = digits(s, 14, 2);
            int ss = digits(s, 17, 2);
            int ms = digits(s, 20, 3);
            if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) && hh >= 0 && hh < 24 && mi >= 0
                    && mi < 60 && ss >= 0 && ss < 60 && ms >= 0) {
                return daysFromCivil(y, m, d) * 86_400_000L + hh * 3_600_000L + mi * 60_000L + ss * 1000L + ms;
            }
        }
        try {
            return Instant.parse(s).toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant().toEpochMilli();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("'" + s + "' is not an ISO-8601 time such as "
                        + "2026-11-23T09:15:02.123Z");
            }
        }
    }

    private static int digits(String s, int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1_000_000;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    private static int daysIn(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
