package io.floorview.domain.qa.calibration;

import io.floorview.domain.qa.Answer;

/**
 * One evaluator's answer to a question in a calibration.
 *
 * @param points what the answer earned, {@code null} for N/A or no answer
 */
public record EvaluatorChoice(String evaluatorId, Answer answer, String label, Double points) {
}
