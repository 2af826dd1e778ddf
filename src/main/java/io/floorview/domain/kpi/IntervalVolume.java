package io.floorview.domain.kpi;

/** Calls offered and answered in one 15-minute interval of today (by when the calls entered). */
public record IntervalVolume(long startMs, long offered, long answered) {
}
