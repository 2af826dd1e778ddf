package io.floorview.domain.kpi;

import io.floorview.domain.event.OverflowReason;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Overflowed calls by reason. */
public record OverflowCounts(Map<OverflowReason, Long> byReason) {

    public OverflowCounts {
        byReason = Collections.unmodifiableMap(new EnumMap<>(byReason));
    }

    static OverflowCounts of(long[] counts) {
        EnumMap<OverflowReason, Long> m = new EnumMap<>(OverflowReason.class);
        for (OverflowReason r : OverflowReason.values()) {
            m.put(r, counts[r.ordinal()]);
        }
        return new OverflowCounts(m);
    }

    public long get(OverflowReason reason) {
        return byReason.getOrDefault(reason, 0L);
    }
}
