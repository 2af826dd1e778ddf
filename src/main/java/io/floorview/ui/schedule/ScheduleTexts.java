package io.floorview.ui.schedule;

import io.floorview.domain.schedule.EditRefused;
import io.floorview.domain.schedule.RuleWarning;
import io.floorview.service.schedule.ScheduleCsv;
import io.floorview.ui.common.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** The schedule screen's words for warnings, refusals, bad CSV rows and times, from its bundle. */
final class ScheduleTexts {

    private final Messages messages;
    private final ZoneId zone;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dayName;

    ScheduleTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.time = DateTimeFormatter.ofPattern("HH:mm", messages.locale());
        this.dateTime = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", messages.locale());
        this.dayName = DateTimeFormatter.ofPattern("EEE d MMM", messages.locale());
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
    }

    java.util.Locale locale() {
        return messages.locale();
    }

    /** The text of {@code key}; every pattern of this bundle goes through MessageFormat (a quote is ''). */
    String get(String key, Object... args) {
        if (args.length > 0) {
            return messages.get(key, args);
        }
        return new java.text.MessageFormat(messages.get(key), messages.locale()).format(new Object[0]);
    }

    String time(long ms) {
        return time.format(Instant.ofEpochMilli(ms).atZone(zone));
    }

    String dateTime(long ms) {
        return dateTime.format(Instant.ofEpochMilli(ms).atZone(zone));
    }

    /** The day of {@code ms}, e.g. {@code Mon 23 Nov}. */
    String dayName(long ms) {
        return dayName.format(Instant.ofEpochMilli(ms).atZone(zone));
    }

    String date(java.time.LocalDate d) {
        return date.format(d);
    }

    /** Hours and minutes, e.g. {@code 9:30}. */
    static String hours(long ms) {
        long m = Math.round(ms / 60_000.0);
        return String.format(Locale.ROOT, "%d:%02d", m / 60, m % 60);
    }

    String warning(RuleWarning w) {
        return switch (w.kind()) {
            case OVERLAP -> get("schedule.warning.overlap", hours(w.valueMs()));
            case OUTSIDE_SHIFT -> get("schedule.warning.outsideShift");
            case SHORT_REST -> get("schedule.warning.shortRest", hours(w.valueMs()), hours(w.limitMs()));
            case DAILY_HOURS -> get("schedule.warning.dailyHours", hours(w.valueMs()), hours(w.limitMs()),
                    date(w.day()));
            case WEEKLY_HOURS -> get("schedule.warning.weeklyHours", hours(w.valueMs()), hours(w.limitMs()),
                    date(w.day()));
        };
    }

    String refusal(EditRefused e) {
        return refusal(e, id -> id);
    }

    /** Why an edit is refused, naming agents by {@code agentName}. */
    String refusal(EditRefused e, java.util.function.UnaryOperator<String> agentName) {
        if (e.reason() == EditRefused.Reason.AGENT_BUSY) {
            List<String> a = e.args();
            return get("schedule.refused.agent_busy", agentName.apply(a.get(0)), a.get(1),
                    dateTime(Long.parseLong(a.get(2))), time(Long.parseLong(a.get(3))));
        }
        String key = "schedule.refused." + e.reason().name().toLowerCase(Locale.ROOT);
        return get(key, e.args().toArray());
    }

    String rowError(ScheduleCsv.RowError e) {
        return get("schedule.csv.problem." + e.problem().name().toLowerCase(Locale.ROOT), e.line(), e.value());
    }
}
