package io.floorview.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.event.AgentState;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final long H = 3_600_000L;
    private static final long M = 60_000L;

    /** ann: shift 08:00–16:30, break 10:00–10:15, lunch 12:00–12:30, and sick from 15:00 to 17:00. */
    private static Schedule day() {
        return new Schedule(ActivityCodes.defaults(), List.of(
                new ScheduleItem("s1", "ann", "shift", 8 * H, 8 * H + 30 * M),
                new ScheduleItem("b1", "ann", "break", 10 * H, 15 * M),
                new ScheduleItem("l1", "ann", "lunch", 12 * H, 30 * M),
                new ScheduleItem("t1", "ann", "sick", 15 * H, 2 * H)));
    }

    @Test
    void timeOffOutranksActivitiesWhichOutrankTheShift() {
        Schedule s = day();
        assertThat(s.scheduledAt("ann", 9 * H)).map(ScheduleItem::id).hasValue("s1");
        assertThat(s.scheduledAt("ann", 10 * H + 5 * M)).map(ScheduleItem::id).hasValue("b1");
        assertThat(s.scheduledAt("ann", 10 * H + 15 * M)).as("the break ends at 10:15, exclusive")
                .map(ScheduleItem::id).hasValue("s1");
        assertThat(s.scheduledAt("ann", 16 * H)).map(ScheduleItem::id).hasValue("t1");
        assertThat(s.scheduledAt("ann", 7 * H)).isEmpty();
        assertThat(s.scheduledAt("bob", 9 * H)).isEmpty();
    }

    @Test
    void stretchesCutTheDayByWhatIsScheduled() {
        List<Schedule.Stretch> st = day().stretches("ann", 0, 24 * H);
        assertThat(st).extracting(x -> x.item().id() + " " + x.fromMs() / M + "-" + x.toMs() / M).containsExactly(
                "s1 480-600", "b1 600-615", "s1 615-720", "l1 720-750", "s1 750-900", "t1 900-1020");
    }

    @Test
    void overnightShiftsAreAStartAndADuration() {
        Schedule s = new Schedule(ActivityCodes.defaults(),
                List.of(new ScheduleItem("n", "zoe", "shift", 22 * H, 8 * H)));
        assertThat(s.scheduledAt("zoe", 24 * H + 3 * H)).isPresent();
        assertThat(s.stretches("zoe", 24 * H, 48 * H)).singleElement()
                .satisfies(x -> assertThat(x.ms()).isEqualTo(6 * H));
    }

    @Test
    void activitiesSayWhichAgentStatesAdhere() {
        ActivityCodes c = ActivityCodes.defaults();
        assertThat(c.require("shift").adheres(AgentState.ON_CALL, null)).isTrue();
        assertThat(c.require("shift").adheres(AgentState.NOT_READY, "break")).isFalse();
        assertThat(c.require("break").adheres(AgentState.NOT_READY, "break")).isTrue();
        assertThat(c.require("break").adheres(AgentState.NOT_READY, "lunch")).isFalse();
        assertThat(c.require("sick").adheres(AgentState.LOGGED_OUT, null)).isTrue();
        assertThatThrownBy(() -> c.require("party")).hasMessageContaining("no activity code 'party'");
        assertThatThrownBy(() -> new Schedule(c, List.of(new ScheduleItem("x", "a", "party", 0, 1))))
                .hasMessageContaining("party");
    }
}
