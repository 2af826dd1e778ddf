package io.floorview.feed.asterisk.queuelog;

import java.util.Arrays;

/**
 * Cuts bytes into lines at {@code \n}, across reads: a line split between two reads is put together, and a
 * last line without its newline waits for the rest (or for {@link #finish}). A line longer than the limit
 * is not kept: it is reported with its length and first bytes, and reading goes on after its newline, so
 * that binary files cost constant memory. Lines are numbered from 1.
 */
final class LineSplitter {

    /** Receives lines (without {@code \n}; a {@code \r} before it is left to the parser). */
    interface Handler {
        void line(byte[] b, int off, int len, long lineNumber);

        void overlong(long lineNumber, long length, byte[] head, int headLen);
    }

    static final int HEAD_KEPT = 4096;

    private final int maxLine;
    private byte[] carry = new byte[256];
    private int carryLen;
    private boolean overlong;
    private long overlongLen;
    private long lineNumber;

    LineSplitter(int maxLine) {
        this.maxLine = maxLine;
    }

    long lineNumber() {
        return lineNumber;
    }

    /** Whether bytes of an unfinished line are waiting. */
    boolean hasPartial() {
        return carryLen > 0 || overlong;
    }

    /** Forgets the unfinished line and numbers the next line 1 (a new file). */
    void reset() {
        carryLen = 0;
        overlong = false;
        overlongLen = 0;
        lineNumber = 0;
    }

    void accept(byte[] b, int off, int len, Handler h) {
        int end = off + len;
        int start = off;
        for (int i = off; i < end; i++) {
            if (b[i] != '\n') {
                continue;
            }
            lineNumber++;
            int n = i - start;
            if (overlong) {
                h.overlong(lineNumber, overlongLen + n, carry, carryLen);
                overlong = false;
                carryLen = 0;
            } else if (carryLen > 0) {
                long total = (long) carryLen + n;
                if (total > maxLine) {
                    append(b, start, Math.min(n, Math.max(0, HEAD_KEPT - carryLen)));
                    h.overlong(lineNumber, total, carry, Math.min(carryLen, HEAD_KEPT));
                } else {
                    append(b, start, n);
                    h.line(carry, 0, carryLen, lineNumber);
                }
                carryLen = 0;
            } else if (n > maxLine) {
                h.overlong(lineNumber, n, Arrays.copyOfRange(b, start, start + HEAD_KEPT), HEAD_KEPT);
            } else {
                h.line(b, start, n, lineNumber);
            }
            start = i + 1;
        }
        int rest = end - start;
        if (rest == 0) {
            return;
        }
        if (overlong) {
            overlongLen += rest;
        } else if ((long) carryLen + rest > maxLine) {
            append(b, start, Math.min(rest, Math.max(0, HEAD_KEPT - carryLen)));
            overlong = true;
            overlongLen = (long) carryLen + rest;
            carryLen = Math.min(carryLen, HEAD_KEPT);
        } else {
            append(b, start, rest);
        }
    }

    /** The input ended: an unfinished last line is a line all the same. */
    void finish(Handler h) {
        if (overlong) {
            h.overlong(++lineNumber, overlongLen, carry, carryLen);
        } else if (carryLen > 0) {
            h.line(carry, 0, carryLen, ++lineNumber);
        }
        overlong = false;
        carryLen = 0;
    }

    private void append(byte[] b, int from, int n) {
        if (carryLen + n > carry.length) {
            carry = Arrays.copyOf(carry, Math.max(carry.length * 2, carryLen + n));
        }
        System.arraycopy(b, from, carry, carryLen, n);
        carryLen += n;
    }
}
