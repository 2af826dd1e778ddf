package io.floorview.domain.schedule;

import java.util.Objects;

/**
 * One block of an agent's schedule: a shift, an activity or time off, from {@code startMs} for {@code
 * durationMs}. Overnight blocks are ordinary: a start and a duration, whatever the dates.
 *
 * @param id a stable id, so that edits, history and warnings can point at the block
 */
public record ScheduleItem(String id, String agent, String code, long startMs, long durationMs) {

    public ScheduleItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(code, "code");
        if (durationMs <= 0) {
            throw new IllegalArgumentException("a schedule block must last more than nothing");
        }
        if (durationMs > 7 * 86_400_000L) {
            throw new IllegalArgumentException("a schedule block cannot last more than a week");
        }
    }

    public long endMs() {
        return startMs + durationMs;
    }

    public boolean covers(long ms) {
        return ms >= startMs && ms < endMs();
    }

    public boolean overlaps(ScheduleItem o) {
        return startMs < o.endMs() && o.startMs < endMs();
    }

    public ScheduleItem movedTo(long newStartMs) {
        return new ScheduleItem(id, agent, code, newStartMs, durationMs);
    }

    public ScheduleItem resized(long newStartMs, long newEndMs) {
        return new ScheduleItem(id, agent, code, newStartMs, newEndMs - newStartMs);
    }
}
