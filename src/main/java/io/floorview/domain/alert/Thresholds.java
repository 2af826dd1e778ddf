package io.floorview.domain.alert;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The levels of every figure: the center's defaults and each queue's own where the supervisor set them, and the
 * hysteresis that keeps a level from flapping: once reached, a level is left only when the value is back past
 * it by {@code hysteresis} (a share of the level, at least {@code minBand}).
 */
public record Thresholds(Map<Metric, Threshold> defaults, Map<String, Map<Metric, Threshold>> queues,
                         double hysteresis, double minBand) {

    /**
     * Waiting 5 / 10 calls, longest wait 60 / 120 s, service level below 80 / 70 %, abandon rate 5 / 10 %,
     * ASA 20 / 40 s, occupancy 92 / 97 %, lines 90 / 100 % of capacity; hysteresis 5 % of the level, at least 0.5.
     */
    public static final Thresholds DEFAULT = new Thresholds(Map.of(
            Metric.WAITING, new Threshold(5, 10),
            Metric.LONGEST_WAIT, new Threshold(60, 120),
            Metric.SERVICE_LEVEL, new Threshold(80, 70),
            Metric.ABANDON_RATE, new Threshold(5, 10),
            Metric.ASA, new Threshold(20, 40),
            Metric.OCCUPANCY, new Threshold(92, 97),
            Metric.LINES, new Threshold(90, 100)), Map.of(), 0.05, 0.5);

    public Thresholds {
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(queues, "queues");
        for (Metric m : Metric.values()) {
            if (!defaults.containsKey(m)) {
                throw new IllegalArgumentException("no default levels for " + m);
            }
        }
        defaults.forEach((m, t) -> t.checkedFor(m));
        queues.values().forEach(q -> q.forEach((m, t) -> t.checkedFor(m)));
        defaults = Map.copyOf(defaults);
        Map<String, Map<Metric, Threshold>> copy = new HashMap<>();
        queues.forEach((q, m) -> {
            if (!m.isEmpty()) {
                copy.put(q, Map.copyOf(m));
            }
        });
        queues = Map.copyOf(copy);
        if (!(hysteresis >= 0 && hysteresis < 1) || !(minBand >= 0)) {
            throw new IllegalArgumentException("hysteresis must be a share in [0, 1) and the band not negative");
        }
    }

    /** The levels of {@code metric} for {@code queue}: the queue's own, else the defaults. */
    public Threshold of(String queue, Metric metric) {
        Map<Metric, Threshold> own = queues.get(queue);
        Threshold t = own == null ? null : own.get(metric);
        return t == null ? defaults.get(metric) : t;
    }

    public boolean hasOwn(String queue, Metric metric) {
        Map<Metric, Threshold> own = queues.get(queue);
        return own != null && own.containsKey(metric);
    }

    public Thresholds withDefault(Metric metric, Threshold t) {
        Map<Metric, Threshold> d = new EnumMap<>(defaults);
        d.put(metric, t.checkedFor(metric));
        return new Thresholds(d, queues, hysteresis, minBand);
    }

    /** Gives {@code queue} its own levels of {@code metric}; {@code null} goes back to the defaults. */
    public Thresholds withQueue(String queue, Metric metric, Threshold t) {
        Map<String, Map<Metric, Threshold>> q = new HashMap<>(queues);
        Map<Metric, Threshold> own = new EnumMap<>(Metric.class);
        own.putAll(q.getOrDefault(queue, Map.of()));
        if (t == null) {
            own.remove(metric);
        } else {
            own.put(metric, t.checkedFor(metric));
        }
        q.put(queue, own);
        return new Thresholds(defaults, q, hysteresis, minBand);
    }

    /**
     * The level of a value that was at {@code previous}: a higher level is reached at once; a level is left only
     * once the value is back past it by the hysteresis band.
     */
    public AlertLevel next(String queue, Metric metric, AlertLevel previous, double value) {
        Threshold t = of(queue, metric);
        AlertLevel raw = t.levelOf(metric, value);
        if (previous == null || raw.compareTo(previous) >= 0) {
            return raw;
        }
        // falling: step down only as far as the bands allow
        AlertLevel level = previous;
        while (level != AlertLevel.OK) {
            double at = t.at(level);
            double band = Math.max(Math.abs(at) * hysteresis, minBand);
            double clear = metric.higherIsWorse() ? at - band : at + band;
            boolean cleared = metric.higherIsWorse() ? value < clear : value >= clear;
            if (!cleared) {
                break;
            }
            level = level == AlertLevel.CRITICAL ? AlertLevel.WARNING : AlertLevel.OK;
            if (level.compareTo(raw) <= 0) {
                level = raw;
                break;
            }
        }
        return level;
    }
}
