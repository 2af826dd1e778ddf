package io.floorview.domain.kpi;

/** How the abandon rate is computed (product brief §3). */
public enum AbandonRateFormula {
    /** The default: short abandons leave both sides, {@code (Ab − ShortAb) / (Off − ShortAb)}. */
    SHORT_ABANDONS_EXCLUDED("(Ab − ShortAb) / (Off − ShortAb)"),
    /** Every abandon against every offered call, {@code Ab / Off}. */
    ALL_ABANDONS("Ab / Off");

    private final String expression;

    AbandonRateFormula(String expression) {
        this.expression = expression;
    }

    public String expression() {
        return expression;
    }

    /** The rate as a fraction, or {@code null} when no call was offered. */
    public Double compute(long offered, long abandoned, long shortAbandoned) {
        long num = this == ALL_ABANDONS ? abandoned : abandoned - shortAbandoned;
        long den = this == ALL_ABANDONS ? offered : offered - shortAbandoned;
        return den <= 0 ? null : (double) Math.max(0, num) / den;
    }
}
