package io.floorview.domain.report;

import io.floorview.domain.event.HangupParty;
import io.floorview.domain.kpi.CallFigures;
import io.floorview.domain.kpi.QueueCounters;
import io.floorview.domain.kpi.QueueSettings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A report row's figures: the call figures the live floor shows too (service level at the first threshold),
 * the service level at every threshold asked for, occupancy and who hung up.
 *
 * @param serviceLevels service level (fraction, or {@code null} when undefined) by threshold in seconds
 */
public record ReportFigures(CallFigures calls, Map<Integer, Double> serviceLevels, Double occupancy,
                            long hungUpByAgent, long hungUpByCaller) {

    public ReportFigures {
        serviceLevels = Collections.unmodifiableMap(new LinkedHashMap<>(serviceLevels));
    }

    public static ReportFigures of(QueueCounters c, ReportSpec spec) {
        QueueSettings first = new QueueSettings(spec.slThresholds().get(0), 80, spec.slFormula(),
                spec.abandonFormula());
        CallFigures calls = c.figures(first, spec.shortAbandonSec());
        Map<Integer, Double> sl = new LinkedHashMap<>();
        for (int t : spec.slThresholds()) {
            sl.put(t, c.figures(first.withObjective(t, 80), spec.shortAbandonSec()).serviceLevel());
        }
        return new ReportFigures(calls, sl, c.occupancy(), c.hungUpCount(HangupParty.AGENT),
                c.hungUpCount(HangupParty.CALLER));
    }
}
