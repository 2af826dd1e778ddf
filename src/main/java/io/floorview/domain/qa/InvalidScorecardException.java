package io.floorview.domain.qa;

import java.util.List;
import java.util.stream.Collectors;

/** A scorecard could not be activated (or imported) because of these errors, each with its place. */
public final class InvalidScorecardException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidScorecardException(ScorecardRef ref, List<Problem> problems) {
        super(ref + " cannot be activated: " + problems.stream().filter(Problem::isError).map(Problem::toString)
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
