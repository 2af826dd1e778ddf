package io.floorview.feed.protocol;

/**
 * One shared {@code String} for each queue, agent, reason or other short name the feed repeats on every line,
 * read straight from the parser's buffer: the ingest then neither allocates a new string per field nor hashes
 * it again in every map it meets (a string caches its hash, and equal ids become the same object). Bounded:
 * a fixed table where a newcomer takes the slot of whatever was there, so a feed with ever-new names costs
 * misses, never memory. Thread-safe without locks: a slot holds an immutable string or nothing, and a lost
 * race only costs a miss.
 */
final class IdTable {

    private static final int SIZE = 4096;
    /** Longer values are not names; they are not kept. */
    private static final int MAX_LENGTH = 64;

    private final String[] slots = new String[SIZE];

    /** The string of {@code chars[offset, offset + length)}, shared with earlier equal ones when in the table. */
    String of(char[] chars, int offset, int length) {
        if (length > MAX_LENGTH) {
            return new String(chars, offset, length);
        }
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[offset + i];
        }
        int slot = (h ^ (h >>> 16)) & (SIZE - 1);
        String s = slots[slot];
        if (s != null && same(s, chars, offset, length)) {
            return s;
        }
        s = new String(chars, offset, length);
        slots[slot] = s;
        return s;
    }

    private static boolean same(String s, char[] chars, int offset, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
