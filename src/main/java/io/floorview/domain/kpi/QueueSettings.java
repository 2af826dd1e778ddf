package io.floorview.domain.kpi;

import java.util.Objects;

/**
 * A queue's service-level objective and the formulas its figures use.
 *
 * @param slThresholdSec  T: an answer within this many seconds of queue wait meets the objective
 * @param slTargetPercent the share of calls (0–100) that should meet it
 */
public record QueueSettings(int slThresholdSec, double slTargetPercent, ServiceLevelFormula slFormula,
                            AbandonRateFormula abandonFormula) {

    public static final QueueSettings DEFAULT =
            new QueueSettings(20, 80, ServiceLevelFormula.SHORT_ABANDONS_EXCLUDED,
                    AbandonRateFormula.SHORT_ABANDONS_EXCLUDED);

    public QueueSettings {
        Objects.requireNonNull(slFormula, "slFormula");
        Objects.requireNonNull(abandonFormula, "abandonFormula");
        if (slThresholdSec < 0 || slThresholdSec > WaitHistogram.MAX_SECONDS) {
            throw new IllegalArgumentException("service-level threshold must be 0.." + WaitHistogram.MAX_SECONDS
                    + " seconds, not " + slThresholdSec);
        }
        if (!(slTargetPercent >= 0 && slTargetPercent <= 100)) {
            throw new IllegalArgumentException("service-level target must be 0..100 %, not " + slTargetPercent);
        }
    }

    public QueueSettings withObjective(int thresholdSec, double targetPercent) {
        return new QueueSettings(thresholdSec, targetPercent, slFormula, abandonFormula);
    }

    public QueueSettings withSlFormula(ServiceLevelFormula formula) {
        return new QueueSettings(slThresholdSec, slTargetPercent, formula, abandonFormula);
    }
}
