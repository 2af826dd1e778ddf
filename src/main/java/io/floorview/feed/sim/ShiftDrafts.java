package io.floorview.feed.sim;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills in one agent's shift: its exact times, when the agent will really log in and out (mostly a minute
 * or two off, now and then late or leaving early), and its activities. Breaks and lunches are staggered by
 * the agent's rank among those starting at the same time, so that a shift does not leave the floor at once.
 */
final class ShiftDrafts {

    private static final long MINUTE = 60_000;
    static final double LATE_SHARE = 0.04;
    static final double EARLY_LEAVE_SHARE = 0.02;

    private ShiftDrafts() {
    }

    /** The {@code k}-th shift of {@code pattern} on {@code day}. */
    static Shift draft(SplittableRandom r, AgentProfile agent, LocalDate day, ShiftPattern pattern, int k,
                       ZoneId zone) {
        LocalTime at = LocalTime.of(pattern.startMin() / 60, pattern.startMin() % 60);
        long start = day.atTime(at).atZone(zone).toInstant().toEpochMilli();
        long end = start + pattern.lengthMs();
        long login = start + Draw.uniformMs(r, -3 * MINUTE, 2 * MINUTE);
        if (Draw.chance(r, LATE_SHARE)) {
            login = start + Draw.uniformMs(r, 5 * MINUTE, 20 * MINUTE);
        }
        long logout = end + Draw.uniformMs(r, 0, 3 * MINUTE);
        if (Draw.chance(r, EARLY_LEAVE_SHARE)) {
            logout = end - Draw.uniformMs(r, 10 * MINUTE, 40 * MINUTE);
        }
        List<Activity> acts = new ArrayList<>();
        if (pattern.partTime()) {
            acts.add(new Activity(start + 150 * MINUTE + stagger(k, 4, 15) + jitter(r), 15 * MINUTE, Activity.BREAK));
            maybeAdd(r, acts, 0.08, 20, Activity.COACHING, start, end);
        } else {
            acts.add(new Activity(start + 120 * MINUTE + stagger(k, 4, 15) + jitter(r), 15 * MINUTE, Activity.BREAK));
            acts.add(new Activity(start + 240 * MINUTE + stagger(k, 3, 30) + jitter(r), 30 * MINUTE, Activity.LUNCH));
            acts.add(new Activity(start + 375 * MINUTE + stagger(k, 4, 15) + jitter(r), 15 * MINUTE, Activity.BREAK));
            maybeAdd(r, acts, 0.10, 30, Activity.MEETING, start, end);
            maybeAdd(r, acts, 0.06, 60, Activity.TRAINING, start, end);
            maybeAdd(r, acts, 0.10, 20, Activity.COACHING, start, end);
        }
        acts.sort(Comparator.comparingLong(Activity::startMs));
        return new Shift(agent, start, end, login, logout, acts);
    }

    /** Spreads the {@code k}-th agent of a start time over {@code slots} offsets {@code stepMin} apart. */
    private static long stagger(int k, int slots, int stepMin) {
        return Math.round(((k % slots) - (slots - 1) / 2.0) * stepMin * MINUTE);
    }

    private static long jitter(SplittableRandom r) {
        return Draw.uniformMs(r, -2 * MINUTE, 2 * MINUTE);
    }

    /**
     * With probability {@code p}, an activity on the quarter hour between the shift's first hour and its
     * last hour and a half, unless it would come within ten minutes of another.
     */
    private static void maybeAdd(SplittableRandom r, List<Activity> acts, double p, int minutes, String reason,
                                 long start, long end) {
        if (!Draw.chance(r, p)) {
            return;
        }
        long duration = minutes * MINUTE;
        long earliest = start + 60 * MINUTE;
        long latest = end - 90 * MINUTE - duration;
        long at = earliest + Draw.uniformMs(r, 0, Math.max(0, latest - earliest));
        at -= Math.floorMod(at, 15 * MINUTE);
        Activity candidate = new Activity(at, duration, reason);
        for (Activity a : acts) {
            if (candidate.startMs() < a.endMs() + 10 * MINUTE && a.startMs() < candidate.endMs() + 10 * MINUTE) {
                return;
            }
        }
        acts.add(candidate);
    }
}
