package io.floorview.feed.server;

/** The feed's own clock: real time for a phone system, faster for a sped-up simulator. */
public interface FeedClock {

    /** The feed's time now, epoch ms. */
    long now();

    /** How many feed milliseconds pass per real millisecond (1 for a real phone system). */
    double rate();

    FeedClock SYSTEM = new FeedClock() {
        @Override
        public long now() {
            return System.currentTimeMillis();
        }

        @Override
        public double rate() {
            return 1.0;
        }
    };
}
