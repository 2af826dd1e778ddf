package io.floorview.feed.sim;

import java.util.SplittableRandom;

/** How long things take on the simulated floor: caller patience, rings, talk, hold and after-call work. */
final class Handling {

    static final double TALK_SIGMA = 0.55;
    static final double WRAP_SIGMA = 0.5;
    static final double HOLD_SHARE = 0.25;
    static final double HOLD_MEDIAN_MS = 45_000;
    static final double HOLD_SIGMA = 0.7;
    static final double TRANSFER_SHARE = 0.04;
    static final double TRANSFER_TALK_MEDIAN_MS = 75_000;
    static final double CALLER_HANGS_UP_SHARE = 0.7;

    static final double PATIENCE_MEDIAN_MS = 100_000;
    static final double PATIENCE_SIGMA = 0.55;
    /** Callers who hang up within seconds (misdials, a change of mind): the short abandons. */
    static final double QUICK_HANG_UP_SHARE = 0.02;
    /** Callers who, when they run out of patience after the announcement, press a key to leave a message. */
    static final double KEY_PRESS_SHARE = 0.12;
    static final long KEY_PRESS_OFFERED_AFTER_MS = 30_000;

    static final long RING_TIMEOUT_MS = 15_000;
    static final double MISSED_RING_SHARE = 0.025;

    private Handling() {
    }

    /** How long a caller is willing to wait in all, from first entering a queue. */
    static long patienceMs(SplittableRandom r) {
        if (Draw.chance(r, QUICK_HANG_UP_SHARE)) {
            return Draw.uniformMs(r, 1_000, 6_000);
        }
        return Draw.lognormalMs(r, PATIENCE_MEDIAN_MS, PATIENCE_SIGMA);
    }

    static long ringMs(SplittableRandom r) {
        return Draw.uniformMs(r, 2_000, 7_000);
    }

    static long talkMs(SplittableRandom r, QueueSpec q) {
        return Math.max(5_000, Draw.lognormalMs(r, q.talkMedianMs(), TALK_SIGMA));
    }

    static long transferTalkMs(SplittableRandom r) {
        return Math.max(10_000, Draw.lognormalMs(r, TRANSFER_TALK_MEDIAN_MS, 0.5));
    }

    static long holdMs(SplittableRandom r) {
        return Draw.chance(r, HOLD_SHARE) ? Draw.lognormalMs(r, HOLD_MEDIAN_MS, HOLD_SIGMA) : 0;
    }

    static long wrapMs(SplittableRandom r, QueueSpec q) {
        return Math.max(3_000, Draw.lognormalMs(r, q.wrapMedianMs(), WRAP_SIGMA));
    }

    static long missedPauseMs(SplittableRandom r) {
        return Draw.uniformMs(r, 30_000, 150_000);
    }

    /** Mean talk + hold + wrap-up of a call of {@code q}, for staffing. */
    static double meanHandleMs(QueueSpec q) {
        double talk = q.talkMedianMs() * Math.exp(TALK_SIGMA * TALK_SIGMA / 2);
        double hold = HOLD_SHARE * HOLD_MEDIAN_MS * Math.exp(HOLD_SIGMA * HOLD_SIGMA / 2);
        double wrap = q.wrapMedianMs() * Math.exp(WRAP_SIGMA * WRAP_SIGMA / 2);
        return talk + hold + wrap;
    }
}
