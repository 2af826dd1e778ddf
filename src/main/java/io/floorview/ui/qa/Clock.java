package io.floorview.ui.qa;

/** Moments of a recording as people read them: 1:05, 1:02:03. */
final class Clock {

    private Clock() {
    }

    static String mmss(long ms) {
        long s = Math.max(0, ms) / 1000;
        long h = s / 3600;
        long m = s / 60 % 60;
        long sec = s % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
    }
}
