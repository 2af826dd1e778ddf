package io.floorview.domain.kpi;

import java.util.Arrays;

/**
 * Counts of waits by whole second, so that "answered within T" and "abandoned before S" can be read for
 * any threshold up to {@link #MAX_SECONDS} without keeping the calls.
 *
 * <p>Within T means {@code wait <= T} seconds; before S means {@code wait < S} seconds, both to the
 * millisecond. A wait of k seconds exactly and a wait between k and k+1 seconds are kept apart, which is all
 * either question needs. The counts are sparse (only the seconds that occurred), so a 15-minute rollup of a
 * quiet queue stays a few bytes, and {@link #encode()} writes them compactly for the store.
 */
public final class WaitHistogram {

    /** The longest threshold the histogram answers for; longer waits share one bucket of their own. */
    public static final int MAX_SECONDS = 3600;

    /** Slot of a wait: 2k for exactly k s, 2k+1 for between k and k+1 s; OVER for longer than MAX_SECONDS. */
    private static final int OVER = 2 * MAX_SECONDS + 1;

    private int[] slots = new int[8];
    private long[] counts = new long[8];
    private int size;
    private long count;

    private static int slotOf(long waitMs) {
        long w = Math.max(0, waitMs);
        if (w > MAX_SECONDS * 1000L) {
            return OVER;
        }
        int k = (int) (w / 1000);
        return w % 1000 == 0 ? 2 * k : 2 * k + 1;
    }

    public void add(long waitMs) {
        add(slotOf(waitMs), 1);
    }

    private void add(int slot, long n) {
        int i = Arrays.binarySearch(slots, 0, size, slot);
        if (i >= 0) {
            counts[i] += n;
        } else {
            int at = -i - 1;
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            System.arraycopy(slots, at, slots, at + 1, size - at);
            System.arraycopy(counts, at, counts, at + 1, size - at);
            slots[at] = slot;
            counts[at] = n;
            size++;
        }
        count += n;
    }

    public void addAll(WaitHistogram other) {
        for (int i = 0; i < other.size; i++) {
            add(other.slots[i], other.counts[i]);
        }
    }

    /** Waits of at most {@code seconds} ({@code seconds <= MAX_SECONDS}). */
    public long countAtMost(int seconds) {
        requireKept(seconds);
        return countUpToSlot(2 * seconds);
    }

    /** Waits shorter than {@code seconds} ({@code seconds <= MAX_SECONDS}). */
    public long countBelow(int seconds) {
        requireKept(seconds);
        return countUpToSlot(2 * seconds - 1);
    }

    /** Waits longer than {@code seconds} ({@code seconds <= MAX_SECONDS}). */
    public long countAbove(int seconds) {
        return count - countAtMost(seconds);
    }

    private long countUpToSlot(int last) {
        long n = 0;
        for (int i = 0; i < size && slots[i] <= last; i++) {
            n += counts[i];
        }
        return n;
    }

    private static void requireKept(int seconds) {
        if (seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("waits are counted by the second up to " + MAX_SECONDS
                    + " s only, not " + seconds + " s");
        }
    }

    public long count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public void clear() {
        size = 0;
        count = 0;
    }

    /** The counts as bytes: the number of slots, then each slot's gap from the previous one and its count. */
    public byte[] encode() {
        VarInts out = new VarInts(2 + size * 3);
        out.put(size);
        int prev = 0;
        for (int i = 0; i < size; i++) {
            out.put(slots[i] - prev);
            out.put(counts[i]);
            prev = slots[i];
        }
        return out.toBytes();
    }

    /** Adds counts written by {@link #encode()}. */
    public void addEncoded(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return;
        }
        VarInts in = new VarInts(bytes);
        long n = in.next();
        int slot = 0;
        for (long i = 0; i < n; i++) {
            slot += (int) in.next();
            if (slot < 0 || slot > OVER) {
                throw new IllegalArgumentException("a wait histogram with slot " + slot + " is damaged");
            }
            add(slot, in.next());
        }
    }

    public static WaitHistogram decode(byte[] bytes) {
        WaitHistogram h = new WaitHistogram();
        h.addEncoded(bytes);
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WaitHistogram h) || h.size != size || h.count != count) {
            return false;
        }
        return Arrays.equals(slots, 0, size, h.slots, 0, size) && Arrays.equals(counts, 0, size, h.counts, 0, size);
    }

    @Override
    public int hashCode() {
        int r = Long.hashCode(count);
        for (int i = 0; i < size; i++) {
            r = 31 * r + slots[i] * 17 + Long.hashCode(counts[i]);
        }
        return r;
    }
}
