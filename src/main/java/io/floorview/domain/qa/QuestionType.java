package io.floorview.domain.qa;

/** How an evaluator answers a question. Any type may also allow "N/A" ({@link Question#naAllowed()}). */
public enum QuestionType {
    /** Two answers, such as Yes and No. */
    YES_NO,
    /** One answer per whole number of a {@link ScaleRange}, such as 1 to 5; option ids are the numbers. */
    SCALE,
    /** Any number (two or more) of named answers. */
    CHOICE
}
