package io.floorview.domain.qa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A section of a scorecard.
 *
 * @param id        unique within the scorecard
 * @param weight    its share of the overall score in percent; the counted sections' weights add up to 100.
 *                  A section of weight 0 is scored and shown but does not count in the overall score
 * @param questions in the order evaluators answer them
 */
public record Section(String id, String title, double weight, List<Question> questions) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        questions = List.copyOf(questions);
    }

    public static Section of(String id, String title, double weight, Question... questions) {
        return new Section(id, title, weight, List.of(questions));
    }

    /** Whether the section counts in the overall score (a weight above 0). */
    public boolean counted() {
        return weight > 0;
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Section withTitle(String newTitle) {
        return new Section(id, newTitle, weight, questions);
    }

    public Section withWeight(double newWeight) {
        return new Section(id, title, newWeight, questions);
    }

    public Section withQuestions(List<Question> newQuestions) {
        return new Section(id, title, weight, newQuestions);
    }

    public Section withQuestion(int index, Question question) {
        return withQuestions(ListEdits.replace(questions, index, question));
    }

    public Section addQuestion(Question question) {
        return withQuestions(ListEdits.add(questions, question));
    }

    public Section insertQuestion(int index, Question question) {
        return withQuestions(ListEdits.insert(questions, index, question));
    }

    public Section removeQuestion(int index) {
        return withQuestions(ListEdits.remove(questions, index));
    }

    public Section moveQuestion(int from, int to) {
        return withQuestions(ListEdits.move(questions, from, to));
    }
}
