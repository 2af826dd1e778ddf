package io.floorview.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked timelines: times in minutes of a UTC day unless said otherwise. */
class AdherenceTest {

    private static final long M = 60_000L;
    private static final long H = 60 * M;
    private static final long D = 24 * H;

    /** ann: shift 08:00-16:00, break 10:00-10:15 (grace 3), lunch 12:00-12:30 (grace 5); shift grace 5. */
    private static final Schedule DAY = new Schedule(ActivityCodes.defaults(), List.of(
            new ScheduleItem("s", "ann", "shift", 8 * H, 8 * H),
            new ScheduleItem("b", "ann", "break", 10 * H, 15 * M),
            new ScheduleItem("l", "ann", "lunch", 12 * H, 30 * M)));

    /** A feed of ann's day: each step is (time, state, reason); LOGGED_OUT is a logout. */
    private static final class Feed {
        final StateHistory history = new StateHistory();
        long seq;

        Feed at(long ts, AgentState state, String reason) {
            FeedEvent e = switch (state) {
                case LOGGED_OUT -> new FeedEvent.AgentLoggedOut(++seq, ts, "ann");
                case READY -> new FeedEvent.AgentStateChanged(++seq, ts, "ann", state, null, null);
                default -> new FeedEvent.AgentStateChanged(++seq, ts, "ann", state, reason, null);
            };
            if (state == AgentState.READY && seq == 1) {
                e = new FeedEvent.AgentLoggedIn(seq, ts, "ann", "Ann", "North", List.of("sales"));
            }
            history.apply(e);
            return this;
        }

        AdherenceResult result(Schedule s, long from, long to, List<Excuse> excuses) {
            return Adherence.of(s, "ann", history.spans("ann", from, to), from, to, excuses);
        }
    }

    private static final AgentState READY = AgentState.READY;
    private static final AgentState NR = AgentState.NOT_READY;
    private static final AgentState OUT = AgentState.LOGGED_OUT;

    @Test
    void aLateStartCountsFromTheShiftsStart() {
        Feed f = new Feed().at(8 * H + 12 * M, READY, null).at(10 * H, NR, "break").at(10 * H + 15 * M, READY, null)
                .at(12 * H, NR, "lunch").at(12 * H + 30 * M, READY, null).at(16 * H, OUT, null);
        AdherenceResult r = f.result(DAY, 0, D, List.of());
        assertThat(r.scheduledMs()).isEqualTo(480 * M);
        assertThat(r.outMs()).isEqualTo(12 * M);
        assertThat(r.adherence()).isCloseTo(1 - 12.0 / 480, within(1e-12)); // 97.5 %
        assertThat(r.exceptions()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("shift");
            assertThat(e.state()).isEqualTo(OUT);
            assertThat(e.fromMs()).isEqualTo(8 * H);
            assertThat(e.toMs()).isEqualTo(8 * H + 12 * M);
        });
        // on queue 08:12-10:00, 10:15-12:00, 12:30-16:00 = 108 + 105 + 210 = 423 of 480 - 15 - 30 = 435 minutes
        assertThat(r.scheduledOnQueueMs()).isEqualTo(435 * M);
        assertThat(r.onQueueMs()).isEqualTo(423 * M);
        assertThat(r.conformance()).isCloseTo(423.0 / 435, within(1e-12));
    }

    @Test
    void anEarlyLunchIsOutAtBothEndsAndConformanceMayPassAHundred() {
        // logs in 07:58, break on time, lunch 11:50-12:20
        Feed f = new Feed().at(7 * H + 58 * M, READY, null).at(10 * H, NR, "break").at(10 * H + 15 * M, READY, null)
                .at(11 * H + 50 * M, NR, "lunch").at(12 * H + 20 * M, READY, null).at(16 * H, OUT, null);
        AdherenceResult r = f.result(DAY, 0, D, List.of());
        assertThat(r.exceptions()).extracting(AdherenceException::code, AdherenceException::ms)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shift", 10 * M),
                        org.assertj.core.groups.Tuple.tuple("lunch", 10 * M));
        assertThat(r.adherence()).isCloseTo(1 - 20.0 / 480, within(1e-12));
        // on queue 07:58-10:00, 10:15-11:50, 12:20-16:00 = 122 + 95 + 220 = 437 of 435
        assertThat(r.conformance()).isCloseTo(437.0 / 435, within(1e-12));
    }

    @Test
    void runsShorterThanTheGraceAreIgnored() {
        // break 10:02-10:17: 2 minutes late into the break (grace 3), 2 minutes late back (shift grace 5)
        Feed f = new Feed().at(8 * H, READY, null).at(10 * H + 2 * M, NR, "break").at(10 * H + 17 * M, READY, null)
                .at(12 * H, NR, "lunch").at(12 * H + 30 * M, READY, null).at(16 * H, OUT, null);
        AdherenceResult r = f.result(DAY, 0, D, List.of());
        assertThat(r.exceptions()).isEmpty();
        assertThat(r.adherence()).isEqualTo(1.0);
    }

    @Test
    void anOvernightShiftIsCountedInEachDayByItsPartInIt() {
        Schedule night = new Schedule(ActivityCodes.defaults(), List.of(
                new ScheduleItem("n", "ann", "shift", 22 * H, 8 * H),
                new ScheduleItem("b", "ann", "break", D + 2 * H, 15 * M)));
        // in 22:00, break 02:00-02:25, out at 05:30
        Feed f = new Feed().at(22 * H, READY, null).at(D + 2 * H, NR, "break").at(D + 2 * H + 25 * M, READY, null)
                .at(D + 5 * H + 30 * M, OUT, null);
        AdherenceResult first = f.result(night, 0, D, List.of());
        assertThat(first.scheduledMs()).isEqualTo(2 * H);
        assertThat(first.adherence()).isEqualTo(1.0);
        AdherenceResult second = f.result(night, D, 2 * D, List.of());
        assertThat(second.scheduledMs()).isEqualTo(6 * H);
        assertThat(second.exceptions()).extracting(AdherenceException::ms).containsExactly(10 * M, 30 * M);
        assertThat(second.adherence()).isCloseTo(1 - 40.0 / 360, within(1e-12));
    }

    @Test
    void aDaylightSavingDayCountsRealTime() {
        // Rome, Sunday 2026-03-29: a shift 01:00-09:00 on the wall clock lasts 7 hours; out at 08:00 (1 hour early)
        ZoneId rome = ZoneId.of("Europe/Rome");
        long from = LocalDate.of(2026, 3, 29).atStartOfDay(rome).toInstant().toEpochMilli();
        long to = LocalDate.of(2026, 3, 30).atStartOfDay(rome).toInstant().toEpochMilli();
        long one = LocalDate.of(2026, 3, 29).atTime(1, 0).atZone(rome).toInstant().toEpochMilli();
        long eight = LocalDate.of(2026, 3, 29).atTime(8, 0).atZone(rome).toInstant().toEpochMilli();
        long nine = LocalDate.of(2026, 3, 29).atTime(9, 0).atZone(rome).toInstant().toEpochMilli();
        assertThat(to - from).isEqualTo(23 * H);
        Schedule s = new Schedule(ActivityCodes.defaults(), List.of(new ScheduleItem("s", "ann", "shift", one,
                nine - one)));
        Feed f = new Feed().at(one, READY, null).at(eight, OUT, null);
        AdherenceResult r = f.result(s, from, to, List.of());
        assertThat(r.scheduledMs()).isEqualTo(7 * H);
        assertThat(r.outMs()).isEqualTo(H);
        assertThat(r.adherence()).isCloseTo(1 - 1.0 / 7, within(1e-12));
        assertThat(r.conformance()).isCloseTo(6.0 / 7, within(1e-12));
    }

    @Test
    void anExcusedExceptionIsListedButDoesNotCount() {
        Feed f = new Feed().at(8 * H + 12 * M, READY, null).at(10 * H, NR, "break").at(10 * H + 15 * M, READY, null)
                .at(12 * H, NR, "lunch").at(12 * H + 30 * M, READY, null).at(16 * H, OUT, null);
        AdherenceResult r = f.result(DAY, 0, D, List.of(new Excuse(1, "ann", 8 * H, 8 * H + 12 * M, "car broke down",
                "maria", 9 * H)));
        assertThat(r.exceptions()).singleElement().satisfies(e -> assertThat(e.excusedMs()).isEqualTo(12 * M));
        assertThat(r.outMs()).isZero();
        assertThat(r.adherence()).isEqualTo(1.0);
    }

    @Test
    void aTeamAddsUpItsAgentsTimes() {
        AdherenceResult a = new AdherenceResult("a", 480 * M, 12 * M, 435 * M, 423 * M, List.of());
        AdherenceResult b = new AdherenceResult("b", 240 * M, 0, 240 * M, 250 * M, List.of());
        AdherenceResult t = AdherenceResult.total("team", List.of(a, b));
        assertThat(t.adherence()).isCloseTo(1 - 12.0 / 720, within(1e-12));
        assertThat(t.conformance()).isCloseTo(673.0 / 675, within(1e-12));
        assertThat(new AdherenceResult("c", 0, 0, 0, 0, List.of()).adherence()).isNull();
    }

    @Test
    void liveAnAgentOnBreakEarlyGoesOutOfAdherenceAfterTheGrace() {
        // on a break from 09:50 while the shift is scheduled (grace 5)
        Adherence.Now early = Adherence.now(DAY, "ann", NR, "break", 9 * H + 50 * M, 9 * H + 52 * M, List.of());
        assertThat(early.code()).isEqualTo("shift");
        assertThat(early.adhering()).isFalse();
        assertThat(early.out()).isFalse();
        Adherence.Now later = Adherence.now(DAY, "ann", NR, "break", 9 * H + 50 * M, 9 * H + 56 * M, List.of());
        assertThat(later.out()).isTrue();
        assertThat(later.sinceMs()).isEqualTo(9 * H + 50 * M);
        // ready since 08:00 when the break starts at 10:00: out once the break's 3-minute grace is over
        assertThat(Adherence.now(DAY, "ann", READY, null, 8 * H, 10 * H + 2 * M, List.of()).out()).isFalse();
        Adherence.Now missed = Adherence.now(DAY, "ann", READY, null, 8 * H, 10 * H + 4 * M, List.of());
        assertThat(missed.out()).isTrue();
        assertThat(missed.code()).isEqualTo("break");
        assertThat(missed.sinceMs()).isEqualTo(10 * H);
        // nothing scheduled: nothing to be out of
        assertThat(Adherence.now(DAY, "ann", READY, null, 17 * H, 18 * H, List.of()).out()).isFalse();
        // excused
        assertThat(Adherence.now(DAY, "ann", READY, null, 8 * H, 10 * H + 4 * M,
                List.of(new Excuse(1, "ann", 10 * H, 10 * H + 15 * M, "escalation", "maria", 0))).excused()).isTrue();
    }

    @Test
    void theStateHistoryStartsLoggedOutAndFollowsLoginsAndStates() {
        Feed f = new Feed().at(8 * H, READY, null).at(9 * H, NR, "coaching").at(9 * H + 20 * M, OUT, null);
        List<StateSpan> spans = new ArrayList<>(f.history.spans("ann", 7 * H, 10 * H));
        assertThat(spans).containsExactly(new StateSpan("ann", OUT, null, 7 * H, 8 * H),
                new StateSpan("ann", READY, null, 8 * H, 9 * H),
                new StateSpan("ann", NR, "coaching", 9 * H, 9 * H + 20 * M),
                new StateSpan("ann", OUT, null, 9 * H + 20 * M, 10 * H));
    }
}
