package io.floorview.domain.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Half-open time intervals {@code [from, to)} as {@code long[2]}: unions, lengths and overlaps. */
final class Intervals {

    private Intervals() {
    }

    /** The union of {@code spans}, as disjoint intervals in time order. */
    static List<long[]> union(List<long[]> spans) {
        List<long[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(s -> s[0]));
        List<long[]> out = new ArrayList<>();
        for (long[] s : sorted) {
            if (s[1] <= s[0]) {
                continue;
            }
            if (!out.isEmpty() && s[0] <= out.get(out.size() - 1)[1]) {
                long[] last = out.get(out.size() - 1);
                last[1] = Math.max(last[1], s[1]);
            } else {
                out.add(new long[] {s[0], s[1]});
            }
        }
        return out;
    }

    static long length(List<long[]> disjoint) {
        long n = 0;
        for (long[] s : disjoint) {
            n += s[1] - s[0];
        }
        return n;
    }

    /** How much of {@code [from, to)} the disjoint intervals cover. */
    static long overlapMs(List<long[]> disjoint, long from, long to) {
        long n = 0;
        for (long[] s : disjoint) {
            n += Math.max(0, Math.min(s[1], to) - Math.max(s[0], from));
        }
        return n;
    }

    /** How much two lists of disjoint intervals have in common. */
    static long overlapMs(List<long[]> a, List<long[]> b) {
        long n = 0;
        for (long[] s : a) {
            n += overlapMs(b, s[0], s[1]);
        }
        return n;
    }
}
