package io.floorview.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.kpi.AgentWatch.Escalation;
import io.floorview.domain.kpi.AgentWatch.Flag;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AgentWatchTest {

    @ParameterizedTest
    @CsvSource({
        "WRAP_UP, 59, NONE", "WRAP_UP, 60, WARNING", "WRAP_UP, 179, WARNING", "WRAP_UP, 180, CRITICAL",
        "ON_CALL, 599, NONE", "ON_CALL, 600, WARNING", "ON_CALL, 1200, CRITICAL",
        "NOT_READY, 899, NONE", "NOT_READY, 900, WARNING", "NOT_READY, 1800, CRITICAL",
        "READY, 100000, NONE", "LOGGED_OUT, 100000, NONE"})
    void timeInStateEscalatesByTheStatesOwnLimits(AgentState state, long seconds, Escalation expected) {
        assertThat(AgentWatch.DEFAULT.escalation(state, seconds * 1000)).isEqualTo(expected);
    }

    @Test
    void longWrapUpIsStuckAndALongUnchangedLoginHasNoActivity() {
        AgentWatch w = AgentWatch.DEFAULT;
        assertThat(w.flags(AgentState.WRAP_UP, 299_999)).isEmpty();
        assertThat(w.flags(AgentState.WRAP_UP, 300_000)).containsExactly(Flag.STUCK_WRAP_UP);
        assertThat(w.flags(AgentState.READY, 45 * 60_000)).containsExactly(Flag.NO_ACTIVITY);
        assertThat(w.flags(AgentState.NOT_READY, 45 * 60_000 - 1)).isEmpty();
        assertThat(w.flags(AgentState.ON_CALL, 3 * 3_600_000)).as("a long call is escalated, not idle").isEmpty();
        assertThat(w.flags(AgentState.LOGGED_OUT, 3 * 3_600_000)).isEmpty();
    }

    @Test
    void timeInStateComesFromTheSnapshotsClockAndIsNeverNegative() {
        AgentView a = new AgentView("a1", "Ann", "T1", List.of("sales"), AgentState.READY, null, 10_000, null,
                null, null, 0, 0, 0, 0, 0, 0);
        assertThat(AgentWatch.timeInStateMs(a, 25_000)).isEqualTo(15_000);
        assertThat(AgentWatch.timeInStateMs(a, 5_000)).isZero();
    }

    @Test
    void aCriticalBelowTheWarningIsRefused() {
        assertThatThrownBy(() -> new AgentWatch.Limits(10, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
