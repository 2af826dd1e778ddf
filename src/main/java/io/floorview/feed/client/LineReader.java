package io.floorview.feed.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes, without decoding them: the feed's lines go to the codec as bytes. A line
 * ends at {@code \n}, {@code \r} or {@code \r\n}, as {@link java.io.BufferedReader#readLine()} has it. After
 * {@link #next()} returns true, the line is {@code array()[offset(), offset() + length())}, valid until the next
 * call.
 */
final class LineReader {

    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int end;
    /** A line that did not fit in what was read at once is put together here. */
    private byte[] joined = new byte[1024];
    private byte[] array;
    private int offset;
    private int length;
    /** The last line ended with {@code \r}: a {@code \n} right after it belongs to that end. */
    private boolean skipLf;

    LineReader(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    /** Reads the next line; false at the end of the stream (a last line without {@code \n} is still returned). */
    boolean next() throws IOException {
        int joinedLength = 0;
        boolean joining = false;
        while (true) {
            if (skipLf && pos < end) {
                if (buf[pos] == '\n') {
                    pos++;
                }
                skipLf = false;
            }
            for (int i = pos; i < end; i++) {
                byte c = buf[i];
                if (c == '\n' || c == '\r') {
                    if (joining) {
                        joinedLength = append(joinedLength, pos, i);
                        set(joined, 0, joinedLength);
                    } else {
                        set(buf, pos, i - pos);
                    }
                    pos = i + 1;
                    skipLf = c == '\r';
                    return true;
                }
            }
            if (pos < end) {
                joinedLength = append(joinedLength, pos, end);
                joining = true;
            }
            pos = 0;
            end = in.read(buf, 0, buf.length);
            if (end <= 0) {
                end = 0;
                if (joining) {
                    set(joined, 0, joinedLength);
                    return true;
                }
                return false;
            }
        }
    }

    private int append(int joinedLength, int from, int to) {
        int n = to - from;
        if (joinedLength + n > joined.length) {
            joined = Arrays.copyOf(joined, Math.max(joined.length * 2, joinedLength + n));
        }
        System.arraycopy(buf, from, joined, joinedLength, n);
        return joinedLength + n;
    }

    private void set(byte[] a, int off, int len) {
        array = a;
        offset = off;
        length = len;
    }

    byte[] array() {
        return array;
    }

    int offset() {
        return offset;
    }

    int length() {
        return length;
    }

    /** True when the line holds nothing but white space ({@link String#isBlank()}). */
    boolean blank() {
        for (int i = offset; i < offset + length; i++) {
            byte b = array[i];
            if (b < 0) {
                return text().isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /** The line as text. */
    String text() {
        return new String(array, offset, length, java.nio.charset.StandardCharsets.UTF_8);
    }
}
