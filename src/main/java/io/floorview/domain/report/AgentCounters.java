package io.floorview.domain.report;

import io.floorview.domain.event.AgentState;
import java.util.Map;
import java.util.TreeMap;

/**
 * An agent's counts over a period, for one queue or (with the time spent in each state) for all of them.
 * Additive: the counts of two periods add up to the counts of both.
 */
public final class AgentCounters {

    long answered;
    long sumAnswerWaitMs;
    long missed;
    long transferred;
    long handled;
    long sumTalkMs;
    long sumHoldMs;
    long sumWrapMs;
    long hungUpByAgent;
    long hungUpByCaller;
    final long[] msByState = new long[AgentState.values().length];
    final Map<String, Long> notReadyMsByReason = new TreeMap<>();

    /**
     * The names of the counters, in the order of {@link #scalars()}: what the store keeps as columns (the
     * not-ready time by reason apart). Every counter adds up.
     */
    public static final java.util.List<String> SCALAR_NAMES = scalarNames();

    private static java.util.List<String> scalarNames() {
        java.util.List<String> n = new java.util.ArrayList<>(java.util.List.of("answered", "sum_answer_wait_ms",
                "missed", "transferred", "handled", "sum_talk_ms", "sum_hold_ms", "sum_wrap_ms", "hung_up_agent",
                "hung_up_caller"));
        for (AgentState s : AgentState.values()) {
            n.add("ms_" + s.wire());
        }
        return java.util.List.copyOf(n);
    }

    public long[] scalars() {
        long[] v = new long[SCALAR_NAMES.size()];
        int i = 0;
        v[i++] = answered;
        v[i++] = sumAnswerWaitMs;
        v[i++] = missed;
        v[i++] = transferred;
        v[i++] = handled;
        v[i++] = sumTalkMs;
        v[i++] = sumHoldMs;
        v[i++] = sumWrapMs;
        v[i++] = hungUpByAgent;
        v[i++] = hungUpByCaller;
        for (long x : msByState) {
            v[i++] = x;
        }
        return v;
    }

    /** Adds counters stored as {@link #scalars()} and not-ready time by reason (rollups read back). */
    public void addStored(long[] v, Map<String, Long> notReadyByReason) {
        if (v.length != SCALAR_NAMES.size()) {
            throw new IllegalArgumentException("expected " + SCALAR_NAMES.size() + " counters, not " + v.length);
        }
        int i = 0;
        answered += v[i++];
        sumAnswerWaitMs += v[i++];
        missed += v[i++];
        transferred += v[i++];
        handled += v[i++];
        sumTalkMs += v[i++];
        sumHoldMs += v[i++];
        sumWrapMs += v[i++];
        hungUpByAgent += v[i++];
        hungUpByCaller += v[i++];
        for (int k = 0; k < msByState.length; k++) {
            msByState[k] += v[i++];
        }
        notReadyByReason.forEach((k, ms) -> notReadyMsByReason.merge(k, ms, Long::sum));
    }

    public void add(AgentCounters o) {
        answered += o.answered;
        sumAnswerWaitMs += o.sumAnswerWaitMs;
        missed += o.missed;
        transferred += o.transferred;
        handled += o.handled;
        sumTalkMs += o.sumTalkMs;
        sumHoldMs += o.sumHoldMs;
        sumWrapMs += o.sumWrapMs;
        hungUpByAgent += o.hungUpByAgent;
        hungUpByCaller += o.hungUpByCaller;
        for (int i = 0; i < msByState.length; i++) {
            msByState[i] += o.msByState[i];
        }
        o.notReadyMsByReason.forEach((k, v) -> notReadyMsByReason.merge(k, v, Long::sum));
    }

    void time(AgentState state, String reason, long ms) {
        msByState[state.ordinal()] += ms;
        if (state == AgentState.NOT_READY) {
            notReadyMsByReason.merge(reason == null ? "" : reason, ms, Long::sum);
        }
    }

    public long answered() {
        return answered;
    }

    public long missed() {
        return missed;
    }

    public long transferred() {
        return transferred;
    }

    public long handled() {
        return handled;
    }

    public long sumAnswerWaitMs() {
        return sumAnswerWaitMs;
    }

    public long sumTalkMs() {
        return sumTalkMs;
    }

    public long sumHoldMs() {
        return sumHoldMs;
    }

    public long sumWrapMs() {
        return sumWrapMs;
    }

    public long hungUpByAgent() {
        return hungUpByAgent;
    }

    public long hungUpByCaller() {
        return hungUpByCaller;
    }

    public long ms(AgentState state) {
        return msByState[state.ordinal()];
    }

    /** Not-ready time by reason code ("" when the phone system gave none). */
    public Map<String, Long> notReadyMsByReason() {
        return java.util.Collections.unmodifiableMap(notReadyMsByReason);
    }

    /** Everything but logged-out time. */
    public long loggedInMs() {
        long n = 0;
        for (AgentState s : AgentState.values()) {
            if (s != AgentState.LOGGED_OUT) {
                n += msByState[s.ordinal()];
            }
        }
        return n;
    }

    public boolean isEmpty() {
        return answered == 0 && missed == 0 && transferred == 0 && handled == 0 && hungUpByAgent == 0
                && hungUpByCaller == 0 && loggedInMs() == 0;
    }
}
