package io.floorview.domain.qa;

import java.util.List;
import java.util.Objects;

/**
 * Something wrong with a scorecard being edited or an evaluation's answers, with where it is.
 *
 * @param code    a stable name of the kind of problem ({@code "option.duplicate-label"}), for a screen that
 *                words it from its resource bundle; {@link #message()} is the English wording
 * @param subject the id the problem is about when the path cannot say it (an answer to an unknown
 *                question id), else {@code null}
 */
public record Problem(ProblemPath path, Severity severity, String code, String message, String subject) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(ProblemPath path, String code, String message) {
        return new Problem(path, Severity.ERROR, code, message, null);
    }

    public static Problem warning(ProblemPath path, String code, String message) {
        return new Problem(path, Severity.WARNING, code, message, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public static boolean anyErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
