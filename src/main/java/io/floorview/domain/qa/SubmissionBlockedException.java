package io.floorview.domain.qa;

import java.util.List;
import java.util.stream.Collectors;

/** An evaluation cannot be submitted yet; {@link #problems()} says what to answer or fix, each in its place. */
public final class SubmissionBlockedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SubmissionBlockedException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        long required = problems.stream().filter(p -> p.code().equals("answer.required")).count();
        String head = required == problems.size()
                ? (required == 1 ? "1 required question is" : required + " required questions are")
                        + " not answered yet"
                : "the answers need fixing first";
        return "Cannot submit: " + head + ": " + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("; "));
    }
}
