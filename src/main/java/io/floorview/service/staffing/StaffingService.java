package io.floorview.service.staffing;

import io.floorview.domain.forecast.IntervalForecast;
import io.floorview.domain.forecast.WeekCounts;
import io.floorview.domain.forecast.WeeklyForecaster;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.QueueCounters;
import io.floorview.domain.report.RollupSource;
import io.floorview.domain.staffing.Load;
import io.floorview.domain.staffing.Staffing;
import io.floorview.store.ForecastEditStore;
import io.floorview.domain.forecast.ForecastEdit;
import io.floorview.store.RollupCoverage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * The staffing screen's use cases: a day's forecast of offered calls and AHT per interval from the cached
 * rollups (docs/staffing.md, "The day's forecast"), with the edits users saved; saving edits in one
 * transaction; the required agents per interval by Erlang C or A; the scheduled agents on the queues. Every
 * method reads or writes the database and runs off the FX thread.
 */
public final class StaffingService {

    /** The interval lengths a forecast can have, in minutes. */
    public static final List<Integer> INTERVALS = List.of(15, 30);

    private final RollupSource rollups;
    private final RollupCoverage coverage;
    private final ForecastEditStore edits;
    private final CenterSettings settings;
    private final LongSupplier now;
    private final ScheduledAgents scheduled;
    private final WeeklyForecaster forecaster;

    /**
     * @param now       the feed's clock, epoch ms: what "today" and "not yet started" mean
     * @param scheduled the published schedule's agents on the queues; null when the console has no schedules
     * @param weeks     N, the weeks looked back
     */
    public StaffingService(RollupSource rollups, RollupCoverage coverage, ForecastEditStore edits,
                           CenterSettings settings, LongSupplier now, ScheduledAgents scheduled, int weeks) {
        this.rollups = Objects.requireNonNull(rollups, "rollups");
        this.coverage = Objects.requireNonNull(coverage, "coverage");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.now = Objects.requireNonNull(now, "now");
        this.scheduled = scheduled;
        this.forecaster = new WeeklyForecaster(weeks);
    }

    /** The business day the feed's clock is in. */
    public LocalDate today() {
        return settings.businessDay(now.getAsLong());
    }

    public int weeks() {
        return forecaster.weeks();
    }

    /** Whether the console can tell scheduled agents at all (a schedule service is wired). */
    public boolean hasSchedules() {
        return scheduled != null;
    }

    /** The queues with calls in the look-back of {@code day} or on the day itself, by name. */
    public List<String> queues(LocalDate day) {
        long from = settings.dayStartMs(day.minusWeeks(forecaster.weeks()));
        long to = settings.dayStartMs(day.plusDays(1));
        return coverage.queues(from, to);
    }

    /** The day's forecast per interval of {@code intervalMinutes} (15 or 30), with the saved edits. */
    public DayForecast forecast(LocalDate day, QueueSelection queues, int intervalMinutes) {
        checkInterval(intervalMinutes);
        long[][] slots = slots(day, intervalMinutes);
        long nowMs = now.getAsLong();
        OptionalLong cacheStart = coverage.firstBucketMs();
        HistoryBasis basis = basis(day, cacheStart, nowMs);
        int step = basis.method() == HistoryBasis.Method.RECENT_DAYS ? 1 : 7;
        List<List<WeekCounts>> history = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            history.add(new ArrayList<>());
        }
        if (basis.method() != HistoryBasis.Method.NONE) {
            for (int k = 1; k <= forecaster.weeks(); k++) {
                addPeriod(k, step, slots, queues, history);
            }
        }
        TreeMap<Long, Counts> today = buckets(slots[0][0], slots[slots.length - 1][1], queues);
        Map<Integer, ForecastEdit> saved = edits.load(day, queues.key(), intervalMinutes);
        List<ForecastRow> rows = new ArrayList<>();
        int firstOpen = slots.length;
        double forecastSoFar = 0;
        double actualSoFar = 0;
        boolean anyPast = false;
        for (int i = 0; i < slots.length; i++) {
            IntervalForecast f = forecaster.forecast(history.get(i)).orElse(null);
            Counts actual = sum(today, slots[i][0], slots[i][1]);
            ForecastEdit edit = saved.getOrDefault(i, new ForecastEdit(null, null));
            ForecastRow row = new ForecastRow(i, slots[i][0], slots[i][1], f,
                    f == null ? null : BigDecimal.valueOf(f.offered()).setScale(1, RoundingMode.HALF_UP),
                    f == null || f.ahtSec() == null ? null
                            : BigDecimal.valueOf(f.ahtSec()).setScale(0, RoundingMode.HALF_UP),
                    edit.calls(), edit.ahtSec(), actual == null ? null : actual.offered);
            rows.add(row);
            if (firstOpen == slots.length && slots[i][0] >= nowMs) {
                firstOpen = i;
            }
            if (slots[i][1] <= nowMs && actual != null && row.calls() != null) {
                forecastSoFar += row.calls().doubleValue();
                actualSoFar += actual.offered;
                anyPast = true;
            }
        }
        Double observed = anyPast && forecastSoFar > 0 ? (actualSoFar / forecastSoFar - 1) * 100 : null;
        return new DayForecast(day, queues, intervalMinutes, rows, basis, firstOpen, observed);
    }

    /**
     * Saves edits of a day's forecast in one transaction: per slot, the calls and AHT typed (a null field, or an
     * edit with both null, follows history). Slots not given keep what was saved before.
     */
    public void saveEdits(LocalDate day, QueueSelection queues, int intervalMinutes, Map<Integer, ForecastEdit> changed) {
        checkInterval(intervalMinutes);
        int count = slots(day, intervalMinutes).length;
        for (int slot : changed.keySet()) {
            if (slot < 0 || slot >= count) {
                throw new IllegalArgumentException("the day has intervals 0 to " + (count - 1) + ", not " + slot);
            }
        }
        edits.save(day, queues.key(), intervalMinutes, changed, System.currentTimeMillis());
    }

    /** One interval's load to staff: its calls and AHT (null when unknown). */
    public record IntervalLoad(int slot, BigDecimal calls, BigDecimal ahtSec) {
    }

    /** The agents each interval needs, by Erlang C, or Erlang A when the parameters carry a patience. */
    public List<IntervalStaffing> staff(List<IntervalLoad> loads, int intervalMinutes, StaffingParameters p) {
        checkInterval(intervalMinutes);
        BigDecimal period = BigDecimal.valueOf(intervalMinutes * 60L);
        List<IntervalStaffing> out = new ArrayList<>(loads.size());
        for (IntervalLoad l : loads) {
            out.add(staffOne(l, period, p));
        }
        return out;
    }

    private static IntervalStaffing staffOne(IntervalLoad l, BigDecimal period, StaffingParameters p) {
        if (l.calls() == null) {
            return new IntervalStaffing(l.slot(), null, IntervalStaffing.Gap.NO_FORECAST);
        }
        BigDecimal aht = l.ahtSec();
        if (aht == null || aht.signum() <= 0) {
            if (l.calls().signum() != 0) {
                return new IntervalStaffing(l.slot(), null, IntervalStaffing.Gap.NO_AHT);
            }
            aht = BigDecimal.ONE; // no calls: the traffic is 0 whatever the handle time, and no agent is needed
        }
        try {
            Staffing s = new Staffing(new Load(l.calls(), period, aht), p.goal(), p.patienceSec(), p.shrinkage());
            return new IntervalStaffing(l.slot(), s.required(), IntervalStaffing.Gap.NONE);
        } catch (IllegalArgumentException e) {
            return new IntervalStaffing(l.slot(), null, IntervalStaffing.Gap.UNREACHABLE);
        }
    }

    /**
     * The published schedule's agents on the queues per interval (those skilled for the chosen queues); empty when
     * there is none for the day.
     */
    public Optional<double[]> scheduledAgents(LocalDate day, QueueSelection queues, int intervalMinutes) {
        if (scheduled == null) {
            return Optional.empty();
        }
        long[][] slots = slots(day, intervalMinutes);
        return scheduled.onQueueAgentsPerInterval(Instant.ofEpochMilli(slots[0][0]),
                Duration.ofMinutes(intervalMinutes), slots.length, java.util.Set.copyOf(queues.queues()));
    }

    // --- the day's intervals and their history

    /** The day's intervals, {@code [start, end)} epoch ms, from the business day's start to the next one's. */
    long[][] slots(LocalDate day, int intervalMinutes) {
        long start = settings.dayStartMs(day);
        long end = settings.dayStartMs(day.plusDays(1));
        long len = intervalMinutes * 60_000L;
        int count = (int) ((end - start + len - 1) / len);
        long[][] out = new long[count][];
        for (int i = 0; i < count; i++) {
            out[i] = new long[] {start + i * len, Math.min(end, start + (i + 1) * len)};
        }
        return out;
    }

    private HistoryBasis basis(LocalDate day, OptionalLong cacheStart, long nowMs) {
        int n = forecaster.weeks();
        if (cacheStart.isEmpty()) {
            return new HistoryBasis(HistoryBasis.Method.NONE, 0, n, null);
        }
        long first = cacheStart.getAsLong();
        int weeks = 0;
        int days = 0;
        for (int k = 1; k <= n; k++) {
            if (covered(day.minusWeeks(k), first, nowMs)) {
                weeks++;
            }
            if (covered(day.minusDays(k), first, nowMs)) {
                days++;
            }
        }
        if (weeks > 0) {
            return new HistoryBasis(HistoryBasis.Method.SAME_WEEKDAY, weeks, n, first);
        }
        if (days > 0) {
            return new HistoryBasis(HistoryBasis.Method.RECENT_DAYS, days, n, first);
        }
        return new HistoryBasis(HistoryBasis.Method.NONE, 0, n, first);
    }

    /** Whether some of {@code d} lies between the cache's start and now. */
    private boolean covered(LocalDate d, long cacheStart, long nowMs) {
        return settings.dayStartMs(d.plusDays(1)) > cacheStart && settings.dayStartMs(d) < nowMs;
    }

    /**
     * Adds period {@code k} ({@code k × step} days back) to each slot's history: the same local clock time on that
     * day; a time the clocks skipped that day, or with no rollup at all, is a missing week for the slot.
     */
    private void addPeriod(int k, int step, long[][] slots, QueueSelection queues, List<List<WeekCounts>> history) {
        long len = slots[0][1] - slots[0][0];
        long[] from = new long[slots.length];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < slots.length; i++) {
            ZonedDateTime t = Instant.ofEpochMilli(slots[i][0]).atZone(settings.zone());
            LocalDateTime local = t.toLocalDateTime().minusDays((long) k * step);
            ZonedDateTime back = local.atZone(settings.zone());
            from[i] = back.toLocalDateTime().equals(local) ? back.toInstant().toEpochMilli() : Long.MIN_VALUE;
            if (from[i] != Long.MIN_VALUE) {
                min = Math.min(min, from[i]);
                max = Math.max(max, from[i] + len);
            }
        }
        if (min == Long.MAX_VALUE) {
            return;
        }
        TreeMap<Long, Counts> buckets = buckets(min, max, queues);
        for (int i = 0; i < slots.length; i++) {
            if (from[i] == Long.MIN_VALUE) {
                continue;
            }
            long slotLen = slots[i][1] - slots[i][0];
            Counts c = sum(buckets, from[i], from[i] + slotLen);
            if (c != null) {
                history.get(i).add(new WeekCounts(k, c.offered, c.handled, c.handled == 0 ? 0 : c.handleMs / 1000.0));
            }
        }
    }

    /** Offered, handled and handle time of the selection, per 15-minute bucket in {@code [from, to)}. */
    private TreeMap<Long, Counts> buckets(long from, long to, QueueSelection queues) {
        TreeMap<Long, Counts> out = new TreeMap<>();
        rollups.queueRows(from, to, (key, counters) -> {
            if (queues.counts(key.queue())) {
                out.computeIfAbsent(key.bucketMs(), x -> new Counts()).add(counters);
            }
        });
        return out;
    }

    /** The buckets starting in {@code [from, to)} added up; null when there is none (no data, not zero calls). */
    private static Counts sum(TreeMap<Long, Counts> buckets, long from, long to) {
        Counts total = null;
        for (var c : buckets.subMap(from, true, to, false).values()) {
            if (total == null) {
                total = new Counts();
            }
            total.offered += c.offered;
            total.handled += c.handled;
            total.handleMs += c.handleMs;
        }
        return total;
    }

    private static final class Counts {
        long offered;
        long handled;
        long handleMs;

        void add(QueueCounters c) {
            offered += c.offered();
            handled += c.handledCount();
            handleMs += c.sumTalkMs() + c.sumHoldMs() + c.sumWrapMs();
        }
    }

    private static void checkInterval(int minutes) {
        if (!INTERVALS.contains(minutes)) {
            throw new IllegalArgumentException("intervals are 15 or 30 minutes, not " + minutes);
        }
    }

    /** The rows of a forecast as loads to staff, with their saved edits. */
    public static List<IntervalLoad> loads(DayForecast f) {
        List<IntervalLoad> out = new ArrayList<>();
        for (ForecastRow r : f.rows()) {
            out.add(new IntervalLoad(r.slot(), r.calls(), r.ahtSec()));
        }
        return out;
    }
}
