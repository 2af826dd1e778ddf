package io.floorview.domain.qa.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The evaluators' percents of one section, or of the whole form, side by side.
 *
 * @param id       the section id, or {@code "overall"}
 * @param percents one per evaluator, in the report's evaluator order; {@code null} where an evaluator's
 *                 score has no percent (everything N/A)
 */
public record ScoreSpread(String id, String title, List<Double> percents) {

    public ScoreSpread {
        percents = Collections.unmodifiableList(new ArrayList<>(percents));
    }

    private List<Double> values() {
        return percents.stream().filter(Objects::nonNull).toList();
    }

    public Double min() {
        return values().stream().min(Double::compare).orElse(null);
    }

    public Double max() {
        return values().stream().max(Double::compare).orElse(null);
    }

    /** Max − min in percentage points, {@code null} when no evaluator has a percent. */
    public Double spread() {
        Double min = min();
        return min == null ? null : max() - min;
    }

    public Double mean() {
        List<Double> v = values();
        return v.isEmpty() ? null : v.stream().mapToDouble(Double::doubleValue).sum() / v.size();
    }
}
