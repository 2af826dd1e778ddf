package io.floorview.domain.schedule;

import io.floorview.domain.event.AgentState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adherence and conformance (product brief §4), from the published schedule and the agent's states.
 *
 * <ul>
 *   <li>Scheduled time: the stretches where a shift or an activity is what the agent is scheduled to do (by
 *       layer precedence); time off expects no work and is left out.</li>
 *   <li>An exception: within one such stretch, a run of time in states that do not adhere to its activity (its
 *       {@link ActivityCode#adheres expected states}). Runs shorter than the activity's grace minutes are
 *       ignored; longer ones count whole, less what a supervisor excused.</li>
 *   <li>Adherence = {@code max(0, 1 − out / scheduled)}; conformance = actual on-queue time (ready, on a call,
 *       wrapping up) / scheduled on-queue time (stretches of on-queue activities: shift, overtime).</li>
 * </ul>
 */
public final class Adherence {

    private static final long MINUTE = 60_000L;

    private Adherence() {
    }

    /** The agent's figures over {@code [fromMs, toMs)}; {@code states} cover that range in time order. */
    public static AdherenceResult of(Schedule schedule, String agent, List<StateSpan> states, long fromMs, long toMs,
                                     List<Excuse> excuses) {
        List<long[]> excused = Intervals.union(excuses.stream().filter(e -> e.agent().equals(agent))
                .map(e -> new long[] {e.fromMs(), e.toMs()}).toList());
        long scheduled = 0;
        long scheduledOnQueue = 0;
        long out = 0;
        List<AdherenceException> exceptions = new ArrayList<>();
        for (Schedule.Stretch st : schedule.stretches(agent, fromMs, toMs)) {
            ActivityCode code = schedule.codes().require(st.item().code());
            if (code.layer() == Layer.TIME_OFF) {
                continue;
            }
            scheduled += st.ms();
            if (code.onQueue()) {
                scheduledOnQueue += st.ms();
            }
            StateSpan runStart = null;
            long runFrom = 0;
            long runTo = 0;
            for (StateSpan s : states) {
                long a = Math.max(s.fromMs(), st.fromMs());
                long b = Math.min(s.toMs(), st.toMs());
                if (b <= a) {
                    continue;
                }
                if (!code.adheres(s.state(), s.reason())) {
                    if (runStart != null && a == runTo) {
                        runTo = b;
                    } else {
                        out += close(agent, code, runStart, runFrom, runTo, excused, exceptions);
                        runStart = s;
                        runFrom = a;
                        runTo = b;
                    }
                } else {
                    out += close(agent, code, runStart, runFrom, runTo, excused, exceptions);
                    runStart = null;
                }
            }
            out += close(agent, code, runStart, runFrom, runTo, excused, exceptions);
        }
        long onQueue = 0;
        for (StateSpan s : states) {
            if (s.state() == AgentState.READY || s.state() == AgentState.ON_CALL || s.state() == AgentState.WRAP_UP) {
                onQueue += Math.max(0, Math.min(s.toMs(), toMs) - Math.max(s.fromMs(), fromMs));
            }
        }
        return new AdherenceResult(agent, scheduled, out, scheduledOnQueue, onQueue, exceptions);
    }

    private static long close(String agent, ActivityCode code, StateSpan start, long from, long to,
                              List<long[]> excused, List<AdherenceException> out) {
        if (start == null || to - from < code.graceMinutes() * MINUTE) {
            return 0;
        }
        AdherenceException e = new AdherenceException(agent, code.code(), start.state(), start.reason(), from, to,
                Intervals.overlapMs(excused, from, to));
        out.add(e);
        return e.countedMs();
    }

    /** Where an agent stands now. */
    public record Now(String agent, String code, AgentState state, String reason, boolean adhering, long sinceMs,
                      boolean out, boolean excused) {
    }

    /**
     * The agent's adherence at {@code nowMs}: what is scheduled now, whether the state adheres to it, since when
     * it has not, and whether that is longer than the activity's grace (out of adherence). Nothing scheduled
     * is nothing to adhere to: never out.
     */
    public static Now now(Schedule schedule, String agent, AgentState state, String reason, long stateSinceMs,
                          long nowMs, List<Excuse> excuses) {
        List<Schedule.Stretch> st = schedule.stretches(agent, nowMs - 86_400_000L, nowMs + 1);
        Optional<Schedule.Stretch> current = st.isEmpty() || st.get(st.size() - 1).toMs() <= nowMs
                ? Optional.empty() : Optional.of(st.get(st.size() - 1));
        if (current.isEmpty()) {
            return new Now(agent, null, state, reason, true, stateSinceMs, false, false);
        }
        ActivityCode code = schedule.codes().require(current.get().item().code());
        boolean adheres = code.adheres(state, reason);
        long since = Math.max(stateSinceMs, current.get().fromMs());
        boolean out = !adheres && nowMs - since >= code.graceMinutes() * MINUTE;
        boolean excused = excuses.stream().anyMatch(e -> e.agent().equals(agent) && e.fromMs() <= nowMs
                && e.toMs() > nowMs);
        return new Now(agent, code.code(), state, reason, adheres, since, out, excused);
    }
}
