package io.floorview.domain.schedule;

import java.time.LocalDate;

/**
 * Something in an agent's schedule that breaks a rule, shown next to the block it is about.
 *
 * @param otherItemId for an overlap, the other block; for too little rest, the shift before; else {@code null}
 * @param valueMs     what was found: the overlap, the rest, the hours of the day or week; 0 for a break outside
 * @param limitMs     the limit broken (0 for an overlap and a break outside its shift)
 * @param day         for daily hours the day, for weekly hours the Monday of the week, else the block's day
 */
public record RuleWarning(String agent, String itemId, Kind kind, String otherItemId, long valueMs, long limitMs,
                          LocalDate day) {

    public enum Kind {
        /** Two blocks of one layer overlap. */
        OVERLAP,
        /** A break, lunch or other off-queue activity is not within a shift. */
        OUTSIDE_SHIFT,
        /** Less rest than the minimum between the end of one shift and the start of the next. */
        SHORT_REST,
        /** More working hours in a day than the limit. */
        DAILY_HOURS,
        /** More working hours in a week than the limit. */
        WEEKLY_HOURS
    }
}
