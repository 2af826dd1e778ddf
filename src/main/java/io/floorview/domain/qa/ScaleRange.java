package io.floorview.domain.qa;

/**
 * The whole numbers a scale question offers, {@code min} to {@code max} inclusive. The record holds what an
 * editor typed, even {@code min >= max}; {@link ScorecardValidator} reports what is wrong with it.
 */
public record ScaleRange(int min, int max) {

    /** The most steps a scale may have (0–100 is the widest that still makes sense as buttons). */
    public static final int MAX_STEPS = 100;

    /** Whether this range can be offered: {@code min < max} and at most {@link #MAX_STEPS} steps. */
    public boolean usable() {
        return min < max && (long) max - min <= MAX_STEPS;
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    @Override
    public String toString() {
        return min + "–" + max;
    }
}
