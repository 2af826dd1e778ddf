package io.floorview.domain.staffing;

import java.math.BigDecimal;

/** The argument checks the staffing models share, with messages a user can act on. */
final class Checks {

    /** Beyond any call center, and where the searches would take more than a moment. */
    static final double MAX_TRAFFIC = 1_000_000;

    private Checks() {
    }

    /** A number as a person writes it: 0 rather than 0.0. */
    static String plain(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }

    static int agents(int agents) {
        if (agents < 0) {
            throw new IllegalArgumentException("agents must be 0 or more, not " + agents);
        }
        return agents;
    }

    static void traffic(double traffic) {
        if (!(traffic >= 0 && traffic <= MAX_TRAFFIC)) {
            throw new IllegalArgumentException("traffic must be 0 to " + (long) MAX_TRAFFIC + " Erlangs, not "
                    + plain(traffic));
        }
    }

    static void aht(double ahtSec) {
        if (!(ahtSec > 0) || Double.isInfinite(ahtSec)) {
            throw new IllegalArgumentException("average handle time must be more than 0 s, not " + plain(ahtSec) + " s");
        }
    }

    static void threshold(double thresholdSec) {
        if (!(thresholdSec >= 0) || Double.isInfinite(thresholdSec)) {
            throw new IllegalArgumentException("service-level threshold must be 0 s or more, not "
                    + plain(thresholdSec) + " s");
        }
    }

    static void patience(double patienceSec) {
        if (!(patienceSec > 0) || Double.isInfinite(patienceSec)) {
            throw new IllegalArgumentException("caller patience must be more than 0 s, not " + plain(patienceSec) + " s");
        }
    }
}
