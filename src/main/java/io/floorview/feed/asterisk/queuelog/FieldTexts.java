package io.floorview.feed.asterisk.queuelog;

import java.nio.charset.StandardCharsets;

/**
 * The texts of recent short ASCII fields, by their bytes: a queue, agent, event name, call id or small number
 * read again is the String read before, not a new copy. A queue_log repeats these on nearly every line, so this
 * spares most of a reading's allocation, and the maps downstream (calls, agents, rollups) find the String's hash
 * already computed. A direct-mapped table: a newcomer takes its slot from whatever held it, so it stays small
 * and needs no eviction. Not thread-safe (one per parser).
 */
final class FieldTexts {

    /** Longer fields are taken as they come: names and ids are short, long fields seldom repeat. */
    static final int MAX_LEN = 48;
    private static final int SLOTS = 1 << 13;

    private final String[] texts = new String[SLOTS];

    /** The text of the ASCII bytes {@code b[from, from + n)}, {@code 0 < n <= MAX_LEN}. */
    String of(byte[] b, int from, int n) {
        int h = 0;
        for (int i = from; i < from + n; i++) {
            h = 31 * h + b[i];
        }
        int slot = (h ^ (h >>> 15)) & (SLOTS - 1);
        String s = texts[slot];
        if (s != null && s.length() == n && same(s, b, from)) {
            return s;
        }
        s = new String(b, from, n, StandardCharsets.ISO_8859_1);
        texts[slot] = s;
        return s;
    }

    /**
     * Compared with the String itself, char by char: a copy of the bytes beside it would double what each new
     * field allocates, and the fields are too short for the library's vectorised compare to pay.
     */
    private static boolean same(String s, byte[] b, int from) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != b[from + k]) {
                return false;
            }
        }
        return true;
    }
}
