package io.floorview.domain.kpi;

/**
 * The service-level variants supervisors ask for (product brief §3). A stands for answered, A≤T answered
 * within the threshold, Ab abandoned, ShortAb abandoned before the short-abandon threshold, O overflowed.
 * With nothing in the denominator the service level is undefined ({@code null}), never 100 %.
 */
public enum ServiceLevelFormula {
    /** The default: short abandons are left out, other abandons count against. */
    SHORT_ABANDONS_EXCLUDED("A≤T / (A + Ab − ShortAb)"),
    ANSWERED_ONLY("A≤T / A"),
    ABANDONS_AGAINST("A≤T / (A + Ab)"),
    ABANDONS_WITHIN_T_IGNORED("A≤T / (A + Ab>T)"),
    ABANDONS_WITHIN_T_MET("(A≤T + Ab≤T) / (A + Ab)"),
    OVERFLOW_AGAINST("A≤T / (A + Ab − ShortAb + O)");

    private final String expression;

    ServiceLevelFormula(String expression) {
        this.expression = expression;
    }

    /** The formula as shown to users, e.g. {@code A≤T / (A + Ab − ShortAb)}. */
    public String expression() {
        return expression;
    }

    /**
     * The service level as a fraction in [0, 1], or {@code null} when no call counts.
     *
     * @param answeredWithin  A≤T
     * @param answered        A
     * @param abandoned       Ab
     * @param shortAbandoned  ShortAb
     * @param abandonedWithin Ab≤T
     * @param overflowed      O
     */
    public Double compute(long answeredWithin, long answered, long abandoned, long shortAbandoned,
                          long abandonedWithin, long overflowed) {
        long numerator = answeredWithin;
        long denominator;
        switch (this) {
            case SHORT_ABANDONS_EXCLUDED -> denominator = answered + abandoned - shortAbandoned;
            case ANSWERED_ONLY -> denominator = answered;
            case ABANDONS_AGAINST -> denominator = answered + abandoned;
            case ABANDONS_WITHIN_T_IGNORED -> denominator = answered + (abandoned - abandonedWithin);
            case ABANDONS_WITHIN_T_MET -> {
                numerator = answeredWithin + abandonedWithin;
                denominator = answered + abandoned;
            }
            case OVERFLOW_AGAINST -> denominator = answered + abandoned - shortAbandoned + overflowed;
            default -> throw new IllegalStateException(name());
        }
        return denominator <= 0 ? null : (double) numerator / denominator;
    }
}
