package io.floorview.domain.kpi;

import java.util.Arrays;

/** Unsigned LEB128 numbers in a byte array: how the store keeps counters compactly. */
final class VarInts {

    private byte[] buf;
    private int pos;

    VarInts(int expected) {
        buf = new byte[Math.max(4, expected)];
    }

    VarInts(byte[] bytes) {
        buf = bytes;
    }

    void put(long v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative " + v);
        }
        while (true) {
            if (pos == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            if ((v & ~0x7FL) == 0) {
                buf[pos++] = (byte) v;
                return;
            }
            buf[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
    }

    long next() {
        long v = 0;
        int shift = 0;
        while (true) {
            if (pos >= buf.length || shift > 63) {
                throw new IllegalArgumentException("stored counts are cut short or damaged");
            }
            byte b = buf[pos++];
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }

    byte[] toBytes() {
        return Arrays.copyOf(buf, pos);
    }
}
