package io.floorview.feed.sim;

import java.util.ArrayList;
import java.util.List;

/** The simulated center's queues: the first three are sales, support and billing, then further named ones. */
final class QueueCatalog {

    private static final String[][] NAMES = {
        {"sales", "Sales"}, {"support", "Customer Support"}, {"billing", "Billing"},
        {"tech", "Technical Help"}, {"retention", "Retention"}, {"claims", "Claims"}, {"orders", "Orders"},
        {"returns", "Returns"}, {"accounts", "Accounts"}, {"loans", "Loans"}, {"cards", "Cards"},
        {"insurance", "Insurance"}, {"travel", "Travel"}, {"bookings", "Bookings"}, {"payments", "Payments"},
        {"complaints", "Complaints"}, {"shipping", "Shipping"}, {"warranty", "Warranty"},
        {"renewals", "Renewals"}, {"onboarding", "New Customers"}, {"fraud", "Fraud Line"},
        {"collections", "Collections"}, {"premium", "Premium Line"}, {"partners", "Partner Desk"},
        {"business", "Business Customers"}, {"general", "General Enquiries"},
    };

    /** Service-level objectives {threshold s, target %}: the first three fixed, then a repeating mix. */
    private static final int[][] OBJECTIVES = {{20, 80}, {30, 80}, {15, 90}};
    private static final int[][] MORE_OBJECTIVES = {{20, 80}, {30, 80}, {60, 70}, {15, 90}, {45, 80}, {20, 85}};
    private static final int[] TIMEOUTS_SEC = {120, 180, 90};
    private static final int[] MORE_TIMEOUTS_SEC = {150, 120, 180, 90, 240};
    private static final int[] TALK_MEDIANS_SEC = {180, 225, 165};
    private static final int[] MORE_TALK_MEDIANS_SEC = {220, 260, 180, 300, 200};
    private static final int[] WRAP_MEDIANS_SEC = {30, 45, 25};
    private static final int[] MORE_WRAP_MEDIANS_SEC = {35, 40, 30, 50};

    private QueueCatalog() {
    }

    static List<QueueSpec> build(SimulatorConfig config) {
        int n = config.queues();
        double[] weights = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = i == 0 ? 1.6 : i == 1 ? 1.4 : i == 2 ? 1.0 : 0.9 * Math.pow(0.92, i - 3);
            total += weights[i];
        }
        List<QueueSpec> queues = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double share = weights[i] / total;
            int[] objective = pick(OBJECTIVES, MORE_OBJECTIVES, i);
            queues.add(new QueueSpec(i, NAMES[i][0], NAMES[i][1], objective[0], objective[1], share,
                    1000L * pick(TIMEOUTS_SEC, MORE_TIMEOUTS_SEC, i),
                    (int) Math.max(3, Math.round(config.agents() * share * 0.5)),
                    1000L * pick(TALK_MEDIANS_SEC, MORE_TALK_MEDIANS_SEC, i),
                    1000L * pick(WRAP_MEDIANS_SEC, MORE_WRAP_MEDIANS_SEC, i),
                    overflowTarget(i, n)));
        }
        return List.copyOf(queues);
    }

    /**
     * Where a queue's timed-out calls go: the first, third, fifth … queue hands them to the next queue
     * (sales to support), the last such queue to the one before; the second, fourth … send them out of the
     * center (to voicemail). No call can go round in circles.
     */
    static int overflowTarget(int i, int n) {
        if (i % 2 == 1) {
            return -1;
        }
        if (i + 1 < n) {
            return i + 1;
        }
        return i >= 1 ? i - 1 : -1;
    }

    private static int pick(int[] first, int[] more, int i) {
        return i < first.length ? first[i] : more[(i - first.length) % more.length];
    }

    private static int[] pick(int[][] first, int[][] more, int i) {
        return i < first.length ? first[i] : more[(i - first.length) % more.length];
    }
}
