package io.floorview.domain.qa;

/**
 * What a critical question's failing answers do to the score. Precedence: {@link #FAIL_ALL} over
 * {@link #FAIL_SECTION} over N/A.
 */
public enum Criticality {
    /** Not critical: its answers earn points and nothing more. */
    NONE,
    /** A failing answer makes its section score 0 %. */
    FAIL_SECTION,
    /** A failing answer makes the whole form score 0 % (and its own section too). */
    FAIL_ALL
}
