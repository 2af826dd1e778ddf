package io.floorview.domain.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The checks of one question and its answer options, for {@link ScorecardValidator}. */
final class QuestionChecks {

    private QuestionChecks() {
    }

    static void check(int s, int q, Question question, List<Problem> out) {
        ProblemPath at = ProblemPath.question(s, q);
        if (question.id().isBlank()) {
            out.add(Problem.error(at.field("id"), "question.id-missing", "the question needs an id"));
        }
        if (question.text().isBlank()) {
            out.add(Problem.error(at.field("text"), "question.text-missing", "the question needs its text"));
        }
        List<AnswerOption> options = question.options();
        switch (question.type()) {
            case YES_NO -> {
                if (!options.isEmpty() && options.size() != 2) {
                    out.add(Problem.error(at.field("options"), "question.yes-no-options",
                            "a yes/no question has exactly two answers, not " + options.size()));
                }
            }
            case CHOICE -> {
                if (options.size() == 1) {
                    out.add(Problem.error(at.field("options"), "question.choice-options",
                            "a multiple-choice question needs at least two answers"));
                }
            }
            case SCALE -> checkScale(at, question, out);
        }
        if (options.isEmpty() && (question.type() != QuestionType.SCALE || question.scale().usable())) {
            out.add(Problem.error(at.field("options"), "question.no-options", "the question has no answers to pick"));
        }
        checkOptions(s, q, options, out);
        checkCritical(at, question, out);
    }

    private static void checkScale(ProblemPath at, Question question, List<Problem> out) {
        ScaleRange range = question.scale();
        if (range.min() >= range.max()) {
            out.add(Problem.error(at.field("scale"), "question.scale-range", "the scale's lowest value ("
                    + range.min() + ") must be below its highest (" + range.max() + ")"));
            return;
        }
        if ((long) range.max() - range.min() > ScaleRange.MAX_STEPS) {
            out.add(Problem.error(at.field("scale"), "question.scale-range", "a scale has at most "
                    + ScaleRange.MAX_STEPS + " steps; " + range + " has " + ((long) range.max() - range.min())));
            return;
        }
        Set<String> ids = question.options().stream().map(AnswerOption::id).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (int v = range.min(); v <= range.max(); v++) {
            if (!ids.contains(Integer.toString(v))) {
                missing.add(Integer.toString(v));
            }
        }
        List<String> outside = question.options().stream().map(AnswerOption::id)
                .filter(id -> !isValueOf(range, id)).toList();
        if (!outside.isEmpty()) {
            out.add(Problem.error(at.field("options"), "question.scale-options", "answer" + plural(outside)
                    + " " + quoted(outside) + " " + (outside.size() == 1 ? "is" : "are") + " not on the scale " + range));
        }
        if (!missing.isEmpty() && !question.options().isEmpty()) {
            out.add(Problem.error(at.field("options"), "question.scale-options", "the scale " + range
                    + " needs one answer for each value; missing " + String.join(", ", missing)));
        }
    }

    private static boolean isValueOf(ScaleRange range, String id) {
        try {
            int v = Integer.parseInt(id);
            return range.contains(v) && Integer.toString(v).equals(id);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void checkOptions(int s, int q, List<AnswerOption> options, List<Problem> out) {
        ProblemPath at = ProblemPath.question(s, q);
        Set<String> ids = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (int o = 0; o < options.size(); o++) {
            AnswerOption option = options.get(o);
            ProblemPath op = ProblemPath.option(s, q, o);
            if (option.id().isBlank()) {
                out.add(Problem.error(op.field("id"), "option.id-missing", "the answer needs an id"));
            } else if (!ids.add(option.id())) {
                out.add(Problem.error(at.field("options"), "option.duplicate-id",
                        "two answers share the id '" + option.id() + "'"));
            }
            String label = option.label().strip();
            if (label.isEmpty()) {
                out.add(Problem.error(op.field("label"), "option.label-missing", "the answer needs a label"));
            } else if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                out.add(Problem.error(at.field("options"), "option.duplicate-label",
                        "two answers are both called '" + label + "'"));
            }
            if (!Double.isFinite(option.points()) || option.points() < 0) {
                out.add(Problem.error(op.field("points"), "option.points-invalid",
                        "points are a number of 0 or more, not " + Fmt.num(option.points())));
            }
        }
    }

    private static void checkCritical(ProblemPath at, Question question, List<Problem> out) {
        List<AnswerOption> options = question.options();
        long failing = options.stream().filter(AnswerOption::fails).count();
        if (question.isCritical()) {
            if (failing == 0 && !options.isEmpty()) {
                out.add(Problem.error(at.field("options"), "question.critical-no-failing",
                        "a critical question needs at least one answer that fails it"));
            } else if (failing == options.size() && !options.isEmpty()) {
                out.add(Problem.error(at.field("options"), "question.critical-all-failing",
                        "every answer fails this critical question; at least one must pass"));
            }
        } else {
            if (failing > 0) {
                out.add(Problem.warning(at.field("options"), "question.failing-not-critical",
                        "answers are marked as failing, but the question is not critical, so they fail nothing"));
            }
            if (!options.isEmpty() && question.maxPoints() == 0) {
                out.add(Problem.warning(at.field("options"), "question.no-points",
                        "no answer earns points, so the question does not move the score"));
            }
        }
    }

    private static String plural(List<String> items) {
        return items.size() == 1 ? "" : "s";
    }

    private static String quoted(List<String> items) {
        return items.stream().map(i -> "'" + i + "'").collect(Collectors.joining(", "));
    }
}
