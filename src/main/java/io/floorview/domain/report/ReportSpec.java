package io.floorview.domain.report;

import io.floorview.domain.kpi.AbandonRateFormula;
import io.floorview.domain.kpi.ServiceLevelFormula;
import io.floorview.domain.kpi.WaitHistogram;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a report covers and how it counts.
 *
 * @param fromMs          start of the range (inclusive), epoch ms
 * @param toMs            end of the range (exclusive), epoch ms
 * @param queues          the queues to show; empty for all
 * @param agents          the agents to show; empty for all
 * @param slThresholds    the service-level thresholds T to show side by side, in seconds
 * @param shortAbandonSec S: an abandon with a wait under S seconds is a short abandon
 */
public record ReportSpec(long fromMs, long toMs, ZoneId zone, Interval interval, Set<String> queues,
                         Set<String> agents, List<Integer> slThresholds, int shortAbandonSec,
                         ServiceLevelFormula slFormula, AbandonRateFormula abandonFormula) {

    public ReportSpec {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(slFormula, "slFormula");
        Objects.requireNonNull(abandonFormula, "abandonFormula");
        if (fromMs >= toMs) {
            throw new IllegalArgumentException("the report's end must come after its start");
        }
        queues = Set.copyOf(queues);
        agents = Set.copyOf(agents);
        TreeSet<Integer> t = new TreeSet<>(slThresholds);
        if (t.isEmpty()) {
            throw new IllegalArgumentException("give at least one service-level threshold");
        }
        for (int s : t) {
            if (s < 0 || s > WaitHistogram.MAX_SECONDS) {
                throw new IllegalArgumentException("a service-level threshold must be 0.." + WaitHistogram.MAX_SECONDS
                        + " seconds, not " + s);
            }
        }
        slThresholds = List.copyOf(t);
        if (shortAbandonSec < 0 || shortAbandonSec > WaitHistogram.MAX_SECONDS) {
            throw new IllegalArgumentException("the short-abandon threshold must be 0.." + WaitHistogram.MAX_SECONDS
                    + " seconds, not " + shortAbandonSec);
        }
    }

    /** The report of everything from {@code fromMs} to {@code toMs} with the default formulas. */
    public static ReportSpec of(long fromMs, long toMs, ZoneId zone, Interval interval) {
        return new ReportSpec(fromMs, toMs, zone, interval, Set.of(), Set.of(), List.of(20), 5,
                ServiceLevelFormula.SHORT_ABANDONS_EXCLUDED, AbandonRateFormula.SHORT_ABANDONS_EXCLUDED);
    }

    public boolean showsQueue(String queue) {
        return queues.isEmpty() || queues.contains(queue);
    }

    public boolean showsAgent(String agent) {
        return agents.isEmpty() || agents.contains(agent);
    }

    public ReportSpec withInterval(Interval i) {
        return new ReportSpec(fromMs, toMs, zone, i, queues, agents, slThresholds, shortAbandonSec, slFormula,
                abandonFormula);
    }

    public ReportSpec withFilters(Set<String> q, Set<String> a) {
        return new ReportSpec(fromMs, toMs, zone, interval, q, a, slThresholds, shortAbandonSec, slFormula,
                abandonFormula);
    }
}
