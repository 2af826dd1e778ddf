package io.floorview.domain.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question of a scorecard section. The record holds whatever an editor has typed so far, also when it is
 * not valid yet (no options, duplicate labels, …): {@link ScorecardValidator} says what is wrong.
 *
 * @param id        unique within the scorecard; answers refer to the question by it
 * @param text      the question as evaluators read it
 * @param help      guidance for evaluators (what counts as "Yes"), may be empty
 * @param type      how it is answered
 * @param options   the answers, in the order they are offered
 * @param scale     the range of a {@link QuestionType#SCALE} question, {@code null} for the other types
 * @param naAllowed whether "N/A" may be answered; an N/A answer leaves the question out of the score
 * @param required  whether the evaluation cannot be submitted without an answer (N/A counts as one)
 * @param critical  whether its failing answers ({@link AnswerOption#fails()}) fail the section or the form
 */
public record Question(String id, String text, String help, QuestionType type, List<AnswerOption> options,
                       ScaleRange scale, boolean naAllowed, boolean required, Criticality critical) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        help = help == null ? "" : help;
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        Objects.requireNonNull(critical, "critical");
        if (type == QuestionType.SCALE) {
            Objects.requireNonNull(scale, "a scale question needs its range");
        } else {
            scale = null;
        }
    }

    /** A required yes/no question: "Yes" earns {@code yesPoints}, "No" earns nothing. */
    public static Question yesNo(String id, String text, double yesPoints) {
        return new Question(id, text, "", QuestionType.YES_NO,
                List.of(AnswerOption.of("yes", "Yes", yesPoints), AnswerOption.of("no", "No", 0)),
                null, false, true, Criticality.NONE);
    }

    /** A required scale question from {@code min} to {@code max}; each value earns its own number of points. */
    public static Question scale(String id, String text, int min, int max) {
        ScaleRange range = new ScaleRange(min, max);
        return new Question(id, text, "", QuestionType.SCALE, scaleOptions(range, List.of()), range, false, true,
                Criticality.NONE);
    }

    /** A required multiple-choice question. */
    public static Question choice(String id, String text, AnswerOption... options) {
        return new Question(id, text, "", QuestionType.CHOICE, List.of(options), null, false, true, Criticality.NONE);
    }

    /** The points of the best answer: what the question adds to its section's possible points. */
    public double maxPoints() {
        double max = 0;
        for (AnswerOption o : options) {
            if (Double.isFinite(o.points()) && o.points() > max) {
                max = o.points();
            }
        }
        return max;
    }

    public Optional<AnswerOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public boolean isCritical() {
        return critical != Criticality.NONE;
    }

    /** Whether picking {@code optionId} is a critical failure. */
    public boolean failsWith(String optionId) {
        return isCritical() && option(optionId).map(AnswerOption::fails).orElse(false);
    }

    public Question withText(String newText) {
        return new Question(id, newText, help, type, options, scale, naAllowed, required, critical);
    }

    public Question withHelp(String newHelp) {
        return new Question(id, text, newHelp, type, options, scale, naAllowed, required, critical);
    }

    public Question withNaAllowed(boolean allowed) {
        return new Question(id, text, help, type, options, scale, allowed, required, critical);
    }

    public Question withRequired(boolean isRequired) {
        return new Question(id, text, help, type, options, scale, naAllowed, isRequired, critical);
    }

    public Question withCritical(Criticality newCritical) {
        return new Question(id, text, help, type, options, scale, naAllowed, required, newCritical);
    }

    public Question withOptions(List<AnswerOption> newOptions) {
        return new Question(id, text, help, type, newOptions, scale, naAllowed, required, critical);
    }

    public Question withOption(int index, AnswerOption option) {
        return withOptions(ListEdits.replace(options, index, option));
    }

    public Question addOption(AnswerOption option) {
        return withOptions(ListEdits.add(options, option));
    }

    public Question removeOption(int index) {
        return withOptions(ListEdits.remove(options, index));
    }

    public Question moveOption(int from, int to) {
        return withOptions(ListEdits.move(options, from, to));
    }

    /**
     * The question made a scale from {@code min} to {@code max}: one option per value, keeping the label,
     * points and failing mark of values it already had; a new value earns its own number of points. A range
     * that cannot be offered ({@link ScaleRange#usable()}) leaves the options as they were, and the
     * validator says why.
     */
    public Question withScale(int min, int max) {
        ScaleRange range = new ScaleRange(min, max);
        List<AnswerOption> kept = type == QuestionType.SCALE ? options : List.of();
        List<AnswerOption> newOptions = range.usable() ? scaleOptions(range, kept) : kept;
        return new Question(id, text, help, QuestionType.SCALE, newOptions, range, naAllowed, required, critical);
    }

    /** The question made a yes/no or multiple-choice one, keeping its options (the validator checks them). */
    public Question withType(QuestionType newType) {
        if (newType == QuestionType.SCALE) {
            ScaleRange range = scale != null ? scale : new ScaleRange(1, 5);
            return withScale(range.min(), range.max());
        }
        return new Question(id, text, help, newType, options, null, naAllowed, required, critical);
    }

    private static List<AnswerOption> scaleOptions(ScaleRange range, List<AnswerOption> existing) {
        List<AnswerOption> out = new ArrayList<>();
        if (!range.usable()) {
            return out;
        }
        for (int v = range.min(); v <= range.max(); v++) {
            String id = Integer.toString(v);
            int value = v;
            out.add(existing.stream().filter(o -> o.id().equals(id)).findFirst()
                    .orElseGet(() -> AnswerOption.of(id, id, value)));
        }
        return out;
    }
}
