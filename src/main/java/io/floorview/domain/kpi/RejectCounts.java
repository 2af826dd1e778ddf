package io.floorview.domain.kpi;

import io.floorview.domain.event.RejectReason;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Rejected calls by reason. */
public record RejectCounts(Map<RejectReason, Long> byReason) {

    public RejectCounts {
        byReason = Collections.unmodifiableMap(new EnumMap<>(byReason));
    }

    static RejectCounts of(long[] counts) {
        EnumMap<RejectReason, Long> m = new EnumMap<>(RejectReason.class);
        for (RejectReason r : RejectReason.values()) {
            m.put(r, counts[r.ordinal()]);
        }
        return new RejectCounts(m);
    }

    public long get(RejectReason reason) {
        return byReason.getOrDefault(reason, 0L);
    }
}
