package io.floorview.domain.qa;

/**
 * Where in a scorecard (or in an evaluation's answers) a problem is, so that a screen can show it in place:
 * indexes from 0, {@code null} where the path stops, and the name of the field, e.g. section 1, question 2,
 * field "options". {@link #toString()} reads {@code section 2 › question 3 › options} (counting from 1).
 *
 * @param field the property the problem is about ({@code "weight"}, {@code "label"}, …), or {@code null}
 */
public record ProblemPath(Integer section, Integer question, Integer option, String field) {

    /** The scorecard as a whole. */
    public static final ProblemPath ROOT = new ProblemPath(null, null, null, null);

    public static ProblemPath section(int sectionIndex) {
        return new ProblemPath(sectionIndex, null, null, null);
    }

    public static ProblemPath question(int sectionIndex, int questionIndex) {
        return new ProblemPath(sectionIndex, questionIndex, null, null);
    }

    public static ProblemPath option(int sectionIndex, int questionIndex, int optionIndex) {
        return new ProblemPath(sectionIndex, questionIndex, optionIndex, null);
    }

    public ProblemPath field(String name) {
        return new ProblemPath(section, question, option, name);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (section != null) {
            b.append("section ").append(section + 1);
        }
        if (question != null) {
            b.append(" › question ").append(question + 1);
        }
        if (option != null) {
            b.append(" › option ").append(option + 1);
        }
        if (field != null) {
            b.append(b.length() == 0 ? "" : " › ").append(field);
        }
        return b.length() == 0 ? "scorecard" : b.toString();
    }
}
