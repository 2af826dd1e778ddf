package io.floorview.domain.kpi;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;

/**
 * The running counts of one queue (or of the whole center) over a period. Mutable, owned by one thread;
 * every update is constant work.
 */
public final class QueueCounters {

    long offered;
    long answered;
    long abandoned;
    long transferred;
    long handled;
    long ringNoAnswer;
    final long[] overflowed = new long[OverflowReason.values().length];
    final long[] rejected = new long[RejectReason.values().length];
    final WaitHistogram answeredWaits = new WaitHistogram();
    final WaitHistogram abandonedWaits = new WaitHistogram();
    long sumAnswerWaitMs;
    long sumAbandonWaitMs;
    long maxWaitMs;
    long sumTalkMs;
    long sumHoldMs;
    long sumWrapMs;
    /** Connected calls that ended, by who hung up ({@link HangupParty#ordinal()}). */
    final long[] hungUp = new long[HangupParty.values().length];
    /** Time the agents serving the queue spent in each state ({@link AgentState#ordinal()}). */
    final long[] agentMs = new long[AgentState.values().length];

    /**
     * The names of the counters, in the order of {@link #scalars()}: what the store keeps as columns. Every
     * counter adds up, except {@code max_wait_ms}, which takes the larger.
     */
    public static final java.util.List<String> SCALAR_NAMES = scalarNames();

    /** The scalar counter that is a maximum, not a sum. */
    public static final String MAX_WAIT = "max_wait_ms";

    private static java.util.List<String> scalarNames() {
        java.util.List<String> n = new java.util.ArrayList<>(java.util.List.of("offered", "answered", "abandoned",
                "transferred", "handled", "ring_no_answer"));
        for (OverflowReason r : OverflowReason.values()) {
            n.add("overflow_" + r.wire());
        }
        for (RejectReason r : RejectReason.values()) {
            n.add("rejected_" + r.wire());
        }
        n.addAll(java.util.List.of("sum_answer_wait_ms", "sum_abandon_wait_ms", MAX_WAIT, "sum_talk_ms",
                "sum_hold_ms", "sum_wrap_ms"));
        for (HangupParty h : HangupParty.values()) {
            n.add("hung_up_" + h.wire());
        }
        for (AgentState s : AgentState.values()) {
            n.add("agent_ms_" + s.wire());
        }
        return java.util.List.copyOf(n);
    }

    /** The counters in the order of {@link #SCALAR_NAMES} (the wait histograms apart). */
    public long[] scalars() {
        long[] v = new long[SCALAR_NAMES.size()];
        int i = 0;
        v[i++] = offered;
        v[i++] = answered;
        v[i++] = abandoned;
        v[i++] = transferred;
        v[i++] = handled;
        v[i++] = ringNoAnswer;
        for (long x : overflowed) {
            v[i++] = x;
        }
        for (long x : rejected) {
            v[i++] = x;
        }
        v[i++] = sumAnswerWaitMs;
        v[i++] = sumAbandonWaitMs;
        v[i++] = maxWaitMs;
        v[i++] = sumTalkMs;
        v[i++] = sumHoldMs;
        v[i++] = sumWrapMs;
        for (long x : hungUp) {
            v[i++] = x;
        }
        for (long x : agentMs) {
            v[i++] = x;
        }
        return v;
    }

    /** Adds counters stored as {@link #scalars()} and encoded wait histograms (rollups read back). */
    public void addStored(long[] v, byte[] answeredWaitCounts, byte[] abandonedWaitCounts) {
        if (v.length != SCALAR_NAMES.size()) {
            throw new IllegalArgumentException("expected " + SCALAR_NAMES.size() + " counters, not " + v.length);
        }
        int i = 0;
        offered += v[i++];
        answered += v[i++];
        abandoned += v[i++];
        transferred += v[i++];
        handled += v[i++];
        ringNoAnswer += v[i++];
        for (int k = 0; k < overflowed.length; k++) {
            overflowed[k] += v[i++];
        }
        for (int k = 0; k < rejected.length; k++) {
            rejected[k] += v[i++];
        }
        sumAnswerWaitMs += v[i++];
        sumAbandonWaitMs += v[i++];
        maxWaitMs = Math.max(maxWaitMs, v[i++]);
        sumTalkMs += v[i++];
        sumHoldMs += v[i++];
        sumWrapMs += v[i++];
        for (int k = 0; k < hungUp.length; k++) {
            hungUp[k] += v[i++];
        }
        for (int k = 0; k < agentMs.length; k++) {
            agentMs[k] += v[i++];
        }
        answeredWaits.addEncoded(answeredWaitCounts);
        abandonedWaits.addEncoded(abandonedWaitCounts);
    }

    /** The counters of {@link #scalars()} as compact bytes, for the store. */
    public byte[] encodeScalars() {
        long[] v = scalars();
        VarInts out = new VarInts(v.length + 8);
        out.put(v.length);
        for (long x : v) {
            out.put(Math.max(0, x));
        }
        return out.toBytes();
    }

    /** Reads bytes written by {@link #encodeScalars()} back as counts in the order of {@link #SCALAR_NAMES}. */
    public static long[] decodeScalars(byte[] bytes) {
        long[] v = new long[SCALAR_NAMES.size()];
        if (bytes == null || bytes.length == 0) {
            return v;
        }
        VarInts in = new VarInts(bytes);
        long n = in.next();
        for (int i = 0; i < n; i++) {
            long x = in.next();
            if (i < v.length) {
                v[i] = x; // counters a newer version added are left out
            }
        }
        return v;
    }

    /** Whether nothing was counted. */
    public boolean isEmpty() {
        for (long x : scalars()) {
            if (x != 0) {
                return false;
            }
        }
        return answeredWaits.isEmpty() && abandonedWaits.isEmpty();
    }

    public void addOffered() {
        offered++;
    }

    public void addAnswered(long waitMs) {
        answered++;
        answeredWaits.add(waitMs);
        sumAnswerWaitMs += Math.max(0, waitMs);
        maxWaitMs = Math.max(maxWaitMs, waitMs);
    }

    public void addAbandoned(long waitMs) {
        abandoned++;
        abandonedWaits.add(waitMs);
        sumAbandonWaitMs += Math.max(0, waitMs);
        maxWaitMs = Math.max(maxWaitMs, waitMs);
    }

    public void addOverflowed(OverflowReason reason, long waitMs) {
        overflowed[reason.ordinal()]++;
        maxWaitMs = Math.max(maxWaitMs, waitMs);
    }

    public void addRejected(RejectReason reason) {
        rejected[reason.ordinal()]++;
    }

    public void addHandled(long talkMs, long holdMs, long wrapMs) {
        handled++;
        sumTalkMs += Math.max(0, talkMs);
        sumHoldMs += Math.max(0, holdMs);
        sumWrapMs += Math.max(0, wrapMs);
    }

    public void addTransferred() {
        transferred++;
    }

    public void addRingNoAnswer() {
        ringNoAnswer++;
    }

    public void addHungUp(HangupParty by) {
        hungUp[by.ordinal()]++;
    }

    public void addAgentTime(AgentState state, long ms) {
        agentMs[state.ordinal()] += ms;
    }

    /** Handle time / (handle time + ready time) with {@code open} more ms per state, or {@code null}. */
    Double occupancy(long[] open) {
        long handle = agentMs[AgentState.ON_CALL.ordinal()] + agentMs[AgentState.WRAP_UP.ordinal()]
                + open[AgentState.ON_CALL.ordinal()] + open[AgentState.WRAP_UP.ordinal()];
        long ready = agentMs[AgentState.READY.ordinal()] + open[AgentState.READY.ordinal()];
        return handle + ready == 0 ? null : (double) handle / (handle + ready);
    }

    /** Adds another period's counts to these (rollups add up). */
    public void add(QueueCounters o) {
        offered += o.offered;
        answered += o.answered;
        abandoned += o.abandoned;
        transferred += o.transferred;
        handled += o.handled;
        ringNoAnswer += o.ringNoAnswer;
        for (int i = 0; i < overflowed.length; i++) {
            overflowed[i] += o.overflowed[i];
        }
        for (int i = 0; i < rejected.length; i++) {
            rejected[i] += o.rejected[i];
        }
        answeredWaits.addAll(o.answeredWaits);
        abandonedWaits.addAll(o.abandonedWaits);
        sumAnswerWaitMs += o.sumAnswerWaitMs;
        sumAbandonWaitMs += o.sumAbandonWaitMs;
        maxWaitMs = Math.max(maxWaitMs, o.maxWaitMs);
        sumTalkMs += o.sumTalkMs;
        sumHoldMs += o.sumHoldMs;
        sumWrapMs += o.sumWrapMs;
        for (int i = 0; i < hungUp.length; i++) {
            hungUp[i] += o.hungUp[i];
        }
        for (int i = 0; i < agentMs.length; i++) {
            agentMs[i] += o.agentMs[i];
        }
    }

    void clear() {
        java.util.Arrays.fill(hungUp, 0);
        java.util.Arrays.fill(agentMs, 0);
        offered = answered = abandoned = transferred = handled = ringNoAnswer = 0;
        java.util.Arrays.fill(overflowed, 0);
        java.util.Arrays.fill(rejected, 0);
        answeredWaits.clear();
        abandonedWaits.clear();
        sumAnswerWaitMs = sumAbandonWaitMs = maxWaitMs = sumTalkMs = sumHoldMs = sumWrapMs = 0;
    }

    long overflowedTotal() {
        long n = 0;
        for (long v : overflowed) {
            n += v;
        }
        return n;
    }

    long rejectedTotal() {
        long n = 0;
        for (long v : rejected) {
            n += v;
        }
        return n;
    }

    /** The figures of this period as the service level, abandon and time formulas see them. */
    public CallFigures figures(QueueSettings settings, int shortAbandonSec) {
        int t = settings.slThresholdSec();
        long shortAb = abandonedWaits.countBelow(shortAbandonSec);
        long overflow = overflowedTotal();
        Double sl = settings.slFormula().compute(answeredWaits.countAtMost(t), answered, abandoned, shortAb,
                abandonedWaits.countAtMost(t), overflow);
        Double abandonRate = settings.abandonFormula().compute(offered, abandoned, shortAb);
        return new CallFigures(offered, answered, abandoned, shortAb, overflow,
                OverflowCounts.of(overflowed), rejectedTotal(), RejectCounts.of(rejected), transferred,
                sl, abandonRate,
                answered == 0 ? null : (double) sumAnswerWaitMs / answered,
                abandoned == 0 ? null : (double) sumAbandonWaitMs / abandoned,
                maxWaitMs,
                handled,
                handled == 0 ? null : (double) sumTalkMs / handled,
                handled == 0 ? null : (double) sumHoldMs / handled,
                handled == 0 ? null : (double) sumWrapMs / handled,
                ringNoAnswer);
    }

    public long offered() {
        return offered;
    }

    public long answered() {
        return answered;
    }

    public long abandoned() {
        return abandoned;
    }

    public long transferredCount() {
        return transferred;
    }

    public long handledCount() {
        return handled;
    }

    public long ringNoAnswerCount() {
        return ringNoAnswer;
    }

    public long overflowed(OverflowReason reason) {
        return overflowed[reason.ordinal()];
    }

    public long rejected(RejectReason reason) {
        return rejected[reason.ordinal()];
    }

    public long overflowedCount() {
        return overflowedTotal();
    }

    public long rejectedCount() {
        return rejectedTotal();
    }

    public WaitHistogram answeredWaits() {
        return answeredWaits;
    }

    public WaitHistogram abandonedWaits() {
        return abandonedWaits;
    }

    public long sumAnswerWaitMs() {
        return sumAnswerWaitMs;
    }

    public long sumAbandonWaitMs() {
        return sumAbandonWaitMs;
    }

    public long maxWaitMs() {
        return maxWaitMs;
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

    public long hungUpCount(HangupParty by) {
        return hungUp[by.ordinal()];
    }

    public long agentMs(AgentState state) {
        return agentMs[state.ordinal()];
    }

    /** Occupancy of the period: handle time / (handle time + ready time), or {@code null}. */
    public Double occupancy() {
        return occupancy(new long[AgentState.values().length]);
    }
}
