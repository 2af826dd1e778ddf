package io.floorview.app.cli;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the staffing command's values from the user's text, keeping decimals exact, and says what was
 * wrong with a value in one line.
 */
final class StaffingArgs {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(s|sec|m|min|h)?",
            Pattern.CASE_INSENSITIVE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private StaffingArgs() {
    }

    /** A bad value, with the reason a user reads. */
    static final class BadValue extends RuntimeException {
        BadValue(String message) {
            super(message);
        }
    }

    static BigDecimal number(String option, String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new BadValue(option + ": '" + text + "' is not a number");
        }
    }

    /** A share such as {@code 0.30} or {@code 30%}. */
    static BigDecimal share(String option, String text) {
        String t = text.trim();
        if (t.endsWith("%")) {
            return number(option, t.substring(0, t.length() - 1)).divide(HUNDRED);
        }
        return number(option, t);
    }

    /** A length of time in seconds: {@code 15m}, {@code 1h}, {@code 3600s}, or a bare number of seconds when allowed. */
    static BigDecimal seconds(String option, String text, boolean bareIsSeconds) {
        String hint = bareIsSeconds ? "use seconds such as 180, or 3m" : "use a unit, such as 15m, 30m, 1h or 3600s";
        Matcher m = DURATION.matcher(text.trim());
        if (text.trim().startsWith("-")) {
            throw new BadValue(option + ": '" + text + "' is negative; " + hint);
        }
        if (!m.matches()) {
            throw new BadValue(option + ": '" + text + "' is not a length of time; " + hint);
        }
        BigDecimal value = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        switch (unit) {
            case "" -> {
                if (!bareIsSeconds) {
                    throw new BadValue(option + ": '" + text + "' has no unit; " + hint);
                }
                return value;
            }
            case "s", "sec" -> {
                return value;
            }
            case "m", "min" -> {
                return value.multiply(BigDecimal.valueOf(60));
            }
            default -> {
                return value.multiply(BigDecimal.valueOf(3600));
            }
        }
    }

    /** {@code 80/20}: 80 % of calls answered within 20 s; {@code 80%/20s} too. */
    static Target target(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new BadValue("--target: '" + text + "' is not PERCENT/SECONDS, such as 80/20 (80 % within 20 s)");
        }
        String p = parts[0].trim();
        BigDecimal percent = number("--target", p.endsWith("%") ? p.substring(0, p.length() - 1) : p);
        BigDecimal threshold = seconds("--target", parts[1], true);
        return new Target(percent, threshold.doubleValue());
    }

    static int agents(String text) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n < 1) {
                throw new BadValue("--agents: " + n + " agents; give 1 or more");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadValue("--agents: '" + text + "' is not a whole number of agents");
        }
    }

    record Target(BigDecimal percent, double thresholdSec) {
    }
}
