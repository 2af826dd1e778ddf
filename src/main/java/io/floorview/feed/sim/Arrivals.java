package io.floorview.feed.sim;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Each queue's call intensity: its share of the {@link ArrivalCurve}, raised now and then by a surge, a
 * sudden rush on one queue (an outage, a mailing, a storm) of 15 to 45 minutes at 1.8 to 3 times the usual
 * volume. Surges come about once a weekday, more likely in busy hours: they are what makes the
 * service level dip and the lines fill up at the peaks. A day's surges depend only on the seed and the date.
 */
final class Arrivals {

    /** A rush on queue {@code queue} from {@code startMs} to {@code endMs}, multiplying its volume. */
    record Surge(int queue, long startMs, long endMs, double factor) {
    }

    static final double MAX_SURGE_FACTOR = 3.0;
    private static final double MIN_SURGE_FACTOR = 1.8;
    private static final double SURGES_PER_WEEKDAY = 1.2;

    private final long seed;
    private final ZoneId zone;
    private final ArrivalCurve curve;
    private final List<QueueSpec> queues;
    private final double[] shares;
    private long surgeDay = Long.MIN_VALUE;
    private List<Surge> daySurges = List.of();

    Arrivals(SimulatorConfig config, ArrivalCurve curve, List<QueueSpec> queues) {
        this.seed = config.seed();
        this.zone = config.zone();
        this.curve = curve;
        this.queues = queues;
        this.shares = queues.stream().mapToDouble(QueueSpec::share).toArray();
    }

    /** Expected calls per hour to {@code q} at {@code epochMs}. */
    double callsPerHour(QueueSpec q, long epochMs) {
        return curve.callsPerHour(epochMs) * q.share() * surgeFactor(q, epochMs);
    }

    /** An upper bound of {@link #callsPerHour(QueueSpec, long)} at any time. */
    double maxCallsPerHour(QueueSpec q) {
        return curve.maxCallsPerHour() * q.share() * MAX_SURGE_FACTOR;
    }

    /** Expected calls to all queues arriving in [{@code fromMs}, {@code toMs}), integrated minute by minute. */
    double expectedCalls(long fromMs, long toMs) {
        double sum = 0;
        for (long t = fromMs; t < toMs; t += 60_000) {
            long step = Math.min(60_000, toMs - t);
            for (QueueSpec q : queues) {
                sum += callsPerHour(q, t + step / 2) * step / 3_600_000.0;
            }
        }
        return sum;
    }

    private double surgeFactor(QueueSpec q, long epochMs) {
        long day = curve.localEpochDay(epochMs);
        if (day != surgeDay) {
            surgeDay = day;
            daySurges = surges(LocalDate.ofEpochDay(day));
        }
        double factor = 1;
        for (Surge s : daySurges) {
            if (s.queue() == q.index() && s.startMs() <= epochMs && epochMs < s.endMs()) {
                factor = Math.max(factor, s.factor());
            }
        }
        return factor;
    }

    /** The surges of {@code day}: a Poisson number, at times drawn from the day's curve, on queues by share. */
    List<Surge> surges(LocalDate day) {
        SplittableRandom r = RandomStreams.stream(seed, RandomStreams.SURGES, day.toEpochDay());
        double mean = SURGES_PER_WEEKDAY * Math.min(1, ArrivalCurve.dayFactor(day.getDayOfWeek()));
        int count = 0;
        for (double p = Math.exp(-mean), u = r.nextDouble(); u > p; u *= r.nextDouble()) {
            count++;
        }
        long dayStart = day.atStartOfDay(zone).toInstant().toEpochMilli();
        long dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        List<Surge> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double hour;
            do {
                hour = r.nextDouble() * 24;
            } while (r.nextDouble() > ArrivalCurve.relativeVolume(hour));
            long start = day.atTime(LocalTime.ofSecondOfDay((long) (hour * 3600))).atZone(zone).toInstant()
                    .toEpochMilli();
            long end = Math.min(dayEnd, start + Draw.uniformMs(r, 15 * 60_000L, 45 * 60_000L));
            int queue = Draw.weighted(r, shares, null);
            double factor = MIN_SURGE_FACTOR + r.nextDouble() * (MAX_SURGE_FACTOR - MIN_SURGE_FACTOR);
            list.add(new Surge(queue, Math.max(dayStart, start), end, factor));
        }
        return List.copyOf(list);
    }
}
