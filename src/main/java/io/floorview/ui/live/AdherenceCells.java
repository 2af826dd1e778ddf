package io.floorview.ui.live;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.schedule.Adherence;
import io.floorview.domain.schedule.DayRoster;
import io.floorview.ui.common.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;

/**
 * The words of the board's adherence column: for an agent on the floor, how their state stands against what is
 * scheduled now; for a scheduled agent who has not logged in, their shift (due at, running since, over) and
 * whether that makes them out of adherence now. Each with a mark, so that it does not rest on colour alone.
 */
final class AdherenceCells {

    private final Messages messages;
    private final Function<String, String> reasonLabel;
    private final Function<AgentState, String> stateLabel;

    AdherenceCells(Messages messages, Function<String, String> reasonLabel, Function<AgentState, String> stateLabel) {
        this.messages = messages;
        this.reasonLabel = reasonLabel;
        this.stateLabel = stateLabel;
    }

    static DateTimeFormatter hhmm(ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
    }

    /** An agent on the floor: {@code n} is their adherence now, {@code null} when nothing is scheduled for them. */
    AdherenceCell of(Adherence.Now n, Map<String, String> names, DateTimeFormatter hhmm) {
        if (n == null || n.code() == null) {
            return new AdherenceCell(AdherenceCell.Status.NOT_SCHEDULED, Long.MAX_VALUE,
                    messages.get("board.adherence.none"));
        }
        String scheduled = names.getOrDefault(n.code(), n.code());
        String actual = stateLabel.apply(n.state()) + (n.state() == AgentState.NOT_READY && n.reason() != null
                ? messages.get("board.adherence.reason", reasonLabel.apply(n.reason())) : "");
        String since = hhmm.format(Instant.ofEpochMilli(n.sinceMs()));
        if (n.adhering()) {
            return new AdherenceCell(AdherenceCell.Status.IN, Long.MAX_VALUE,
                    messages.get("board.adherence.in", scheduled));
        }
        AdherenceCell.Status st = !n.out() ? AdherenceCell.Status.GRACE
                : n.excused() ? AdherenceCell.Status.EXCUSED : AdherenceCell.Status.OUT;
        return new AdherenceCell(st, n.sinceMs(), messages.get("board.adherence." + st.name(), since, scheduled,
                actual));
    }

    /**
     * A scheduled agent who is not logged in, at {@code nowMs}: before the shift, when it is due (neutral); during
     * it, not logged in since its start, out of adherence (or within grace, or excused) as {@code n} says; after
     * it, that it went by; with no shift that day, nothing to worry about.
     */
    AdherenceCell absent(DayRoster.Entry e, Adherence.Now n, Map<String, String> names, long nowMs,
                         DateTimeFormatter hhmm) {
        if (!e.hasShift()) {
            return new AdherenceCell(AdherenceCell.Status.NOT_SCHEDULED, Long.MAX_VALUE,
                    messages.get("board.absent.noShift"));
        }
        String start = hhmm.format(Instant.ofEpochMilli(e.shiftStartMs()));
        if (nowMs < e.shiftStartMs()) {
            // due later: neutral, the earliest first among the agents with nothing scheduled now
            return new AdherenceCell(AdherenceCell.Status.NOT_SCHEDULED, e.shiftStartMs(),
                    messages.get("board.absent.upcoming", start));
        }
        if (nowMs >= e.shiftEndMs()) {
            return new AdherenceCell(AdherenceCell.Status.NOT_SCHEDULED, Long.MAX_VALUE,
                    messages.get("board.absent.over", start, hhmm.format(Instant.ofEpochMilli(e.shiftEndMs()))));
        }
        if (n == null || n.code() == null) {  // a gap between the day's blocks
            return new AdherenceCell(AdherenceCell.Status.NOT_SCHEDULED, Long.MAX_VALUE,
                    messages.get("board.absent.between", start));
        }
        if (n.adhering()) {  // e.g. scheduled away now
            return new AdherenceCell(AdherenceCell.Status.IN, Long.MAX_VALUE,
                    messages.get("board.absent.in", names.getOrDefault(n.code(), n.code())));
        }
        AdherenceCell.Status st = !n.out() ? AdherenceCell.Status.GRACE
                : n.excused() ? AdherenceCell.Status.EXCUSED : AdherenceCell.Status.OUT;
        return new AdherenceCell(st, e.shiftStartMs(), messages.get("board.absent." + st.name(), start));
    }
}
