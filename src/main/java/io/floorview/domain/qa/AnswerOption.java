package io.floorview.domain.qa;

import java.util.Objects;

/**
 * One answer an evaluator can pick.
 *
 * @param id     stable within its question; an evaluation refers to the answer by it
 * @param label  what the evaluator sees, e.g. "Yes"
 * @param points what the answer earns; the question's possible points are its best option's
 * @param fails  whether picking it is a failure of a critical question (see {@link Question#critical()});
 *               on a question that is not critical it has no effect
 */
public record AnswerOption(String id, String label, double points, boolean fails) {

    public AnswerOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }

    public static AnswerOption of(String id, String label, double points) {
        return new AnswerOption(id, label, points, false);
    }

    public static AnswerOption failing(String id, String label, double points) {
        return new AnswerOption(id, label, points, true);
    }

    public AnswerOption withLabel(String newLabel) {
        return new AnswerOption(id, newLabel, points, fails);
    }

    public AnswerOption withPoints(double newPoints) {
        return new AnswerOption(id, label, newPoints, fails);
    }

    public AnswerOption withFails(boolean newFails) {
        return new AnswerOption(id, label, points, newFails);
    }
}
