package io.floorview.domain.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything wrong with a scorecard, each problem with its place ({@link ProblemPath}), so that an editor
 * shows them all in place as the user types. Errors block activation; warnings block nothing.
 * {@link Problem#code()} names the kind of problem (e.g. {@code "scorecard.weights-sum"},
 * {@code "option.duplicate-label"}); see {@code docs/qa-format.md} for the list.
 */
public final class ScorecardValidator {

    /** Weights may be off 100 by this much (they are typed with two decimals at most). */
    static final double WEIGHT_TOLERANCE = 0.005;

    private ScorecardValidator() {
    }

    public static List<Problem> validate(Scorecard sc) {
        List<Problem> out = new ArrayList<>();
        if (sc.name().isBlank()) {
            out.add(Problem.error(ProblemPath.ROOT.field("name"), "scorecard.name-missing",
                    "the scorecard needs a name"));
        }
        if (sc.sections().isEmpty()) {
            out.add(Problem.error(ProblemPath.ROOT.field("sections"), "scorecard.no-sections",
                    "the scorecard has no sections"));
        }
        checkWeights(sc, out);
        checkSectionIds(sc, out);
        Map<String, QuestionAt> seenQuestions = new HashMap<>();
        for (QuestionAt at : sc.questions()) {
            String id = at.question().id();
            QuestionAt first = seenQuestions.putIfAbsent(id, at);
            if (first != null && !id.isBlank()) {
                out.add(Problem.error(at.path().field("id"), "question.duplicate-id", "another question ("
                        + first.path() + ") has the id '" + id + "'; answers could not tell them apart"));
            }
        }
        for (int s = 0; s < sc.sections().size(); s++) {
            Section section = sc.sections().get(s);
            checkSection(s, section, out);
            for (int q = 0; q < section.questions().size(); q++) {
                QuestionChecks.check(s, q, section.questions().get(q), out);
            }
        }
        return List.copyOf(out);
    }

    /** The errors alone. */
    public static List<Problem> errors(Scorecard sc) {
        return validate(sc).stream().filter(Problem::isError).toList();
    }

    private static void checkWeights(Scorecard sc, List<Problem> out) {
        double sum = 0;
        boolean allReadable = true;
        for (int s = 0; s < sc.sections().size(); s++) {
            double w = sc.sections().get(s).weight();
            if (!Double.isFinite(w) || w < 0 || w > 100) {
                allReadable = false;
                out.add(Problem.error(ProblemPath.section(s).field("weight"), "section.weight-invalid",
                        "a weight is a percentage from 0 to 100, not " + Fmt.num(w)));
            } else {
                sum += w;
            }
        }
        if (!allReadable || sc.sections().isEmpty()) {
            return;
        }
        if (sum == 0) {
            out.add(Problem.error(ProblemPath.ROOT.field("weights"), "scorecard.no-counted-section",
                    "every section weighs 0 %, so nothing counts; give the sections that count weights adding up"
                            + " to 100 %"));
        } else if (Math.abs(sum - 100) > WEIGHT_TOLERANCE) {
            out.add(Problem.error(ProblemPath.ROOT.field("weights"), "scorecard.weights-sum",
                    "the section weights add up to " + Fmt.num(sum) + " %; they must add up to 100 %"));
        }
    }

    private static void checkSectionIds(Scorecard sc, List<Problem> out) {
        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (int s = 0; s < sc.sections().size(); s++) {
            Section section = sc.sections().get(s);
            if (section.id().isBlank()) {
                out.add(Problem.error(ProblemPath.section(s).field("id"), "section.id-missing",
                        "the section needs an id"));
            } else if (!ids.add(section.id())) {
                out.add(Problem.error(ProblemPath.section(s).field("id"), "section.duplicate-id",
                        "another section has the id '" + section.id() + "'"));
            }
            String title = section.title().strip().toLowerCase(Locale.ROOT);
            if (!title.isEmpty() && !titles.add(title)) {
                out.add(Problem.warning(ProblemPath.section(s).field("title"), "section.duplicate-title",
                        "another section is also called '" + section.title().strip() + "'"));
            }
        }
    }

    private static void checkSection(int s, Section section, List<Problem> out) {
        ProblemPath at = ProblemPath.section(s);
        if (section.title().isBlank()) {
            out.add(Problem.error(at.field("title"), "section.title-missing", "the section needs a title"));
        }
        if (section.questions().isEmpty()) {
            out.add(Problem.error(at.field("questions"), "section.empty", "the section has no questions"));
        } else if (section.counted()
                && section.questions().stream().allMatch(q -> !q.options().isEmpty() && q.maxPoints() == 0)) {
            out.add(Problem.warning(at.field("questions"), "section.scores-nothing",
                    "no question of this section earns points, so it only counts when a critical question fails it"));
        }
    }
}
