package io.floorview.domain.kpi;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CallAccounting.AgentLive;
import io.floorview.domain.kpi.CallAccounting.QueueLive;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Today's live figures of the floor, kept up to date event by event with constant work per event.
 *
 * <p>What counts where is decided by {@link CallAccounting}, the same as for the reports (docs/metrics.md): a
 * call's offer and outcome count on the business day on which it entered the queue, so a caller who waits
 * across the day start counts on neither live day, and today's figures never hold more answers than offers.
 * Refusals, transfers, missed rings and an agent's answers count on the day they happen; a handled call on
 * the day its after-call work ends. Events from before today still move the live state (who is logged in,
 * who is waiting) but do not count. "All queues" counts each call once, however many queues it crossed:
 * offered at its first entry, its wait measured from then, overflowed only when it left the center's queues.
 * Not thread-safe: one thread applies events and takes snapshots.
 */
public final class KpiEngine {

    private CenterSettings settings;
    private LocalDate day;
    private long dayStartMs;
    private long dayEndMs;

    private final TodayCounts today = new TodayCounts();
    private final CallAccounting accounting;
    private long eventsApplied;
    private long lastSeq;

    public KpiEngine(CenterSettings settings, long nowMs) {
        this(settings, nowMs, null);
    }

    /**
     * An engine whose accounting also tells {@code alsoTell} every fact, e.g. the report rollups: the tiles
     * and the reports then come from the very same facts.
     */
    public KpiEngine(CenterSettings settings, long nowMs, Tally alsoTell) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.accounting = new CallAccounting(alsoTell == null ? today : new BothTallies(today, alsoTell));
        startDay(settings.businessDay(nowMs));
    }

    public CenterSettings settings() {
        return settings;
    }

    /**
     * Changes the settings. Thresholds and formulas apply to today's figures at once; a new time zone or
     * day start begins a new day when it moves the current day.
     */
    public void setSettings(CenterSettings newSettings, long nowMs) {
        boolean dayRulesChanged = !newSettings.zone().equals(settings.zone())
                || !newSettings.dayStart().equals(settings.dayStart());
        this.settings = newSettings;
        if (dayRulesChanged) {
            LocalDate d = newSettings.businessDay(nowMs);
            dayStartMs = newSettings.dayStartMs(d);
            dayEndMs = newSettings.dayStartMs(d.plusDays(1));
            if (!d.equals(day)) {
                startDay(d);
            }
        }
    }

    public LocalDate day() {
        return day;
    }

    public long eventsApplied() {
        return eventsApplied;
    }

    public long lastSeq() {
        return lastSeq;
    }

    /** Takes in one event. Events must come in feed order. */
    public void apply(FeedEvent e) {
        eventsApplied++;
        lastSeq = Math.max(lastSeq, e.seq());
        if (e.ts() >= dayEndMs) {
            startDay(settings.businessDay(e.ts()));
        }
        accounting.apply(e);
    }

    /** Counts every agent's time in the current state up to {@code ts} (see {@link CallAccounting#countTimeUpTo}). */
    public void countTimeUpTo(long ts) {
        accounting.countTimeUpTo(ts);
    }

    private void startDay(LocalDate d) {
        day = d;
        dayStartMs = settings.dayStartMs(d);
        dayEndMs = settings.dayStartMs(d.plusDays(1));
        today.startDay(dayStartMs, dayEndMs);
        // after-call work of calls that ended more than a day ago will not be matched any more
        accounting.forget(dayStartMs - 86_400_000L);
    }

    /** The effective settings of {@code queue}: the supervisor's, else what the feed announced, else defaults. */
    public QueueSettings settingsOf(String queue) {
        if (settings.hasOwnSettings(queue)) {
            return settings.queue(queue);
        }
        QueueLive q = accounting.queueState(queue);
        if (q == null || q.announcedThresholdSec() == 0) {
            return settings.defaults();
        }
        // the phone system names the objective; the formulas stay the supervisor's current defaults
        return settings.defaults().withObjective(q.announcedThresholdSec(), q.announcedTargetPercent());
    }

    /** Today's figures as of {@code nowMs}; starts a new day first when {@code nowMs} is past the current one. */
    public FloorSnapshot snapshot(long nowMs) {
        if (nowMs >= dayEndMs) {
            startDay(settings.businessDay(nowMs));
        }
        Map<String, AgentView> views = new HashMap<>();
        for (AgentLive a : accounting.agents()) {
            views.put(a.id(), agentView(a.id(), a, nowMs));
        }
        for (String id : today.agentIds()) {
            views.computeIfAbsent(id, k -> agentView(k, null, nowMs));
        }
        List<AgentView> agentViews = new ArrayList<>(views.values());
        agentViews.sort(Comparator.comparing(AgentView::displayName).thenComparing(AgentView::id));

        List<QueueLive> live = new ArrayList<>(accounting.queues());
        live.sort(Comparator.comparing(QueueLive::id));
        List<QueueKpis> queueKpis = new ArrayList<>(live.size());
        List<WaitingCall> allWaiting = new ArrayList<>();
        for (QueueLive q : live) {
            List<WaitingCall> waiting = new ArrayList<>(q.waiting());
            for (WaitingCall w : waiting) {
                allWaiting.add(accounting.sinceFirstEntry(w));
            }
            QueueSettings qs = settingsOf(q.id());
            queueKpis.add(new QueueKpis(q.id(), q.name(), qs, waiting.size(),
                    waiting.isEmpty() ? 0 : waiting.get(0).waitMs(nowMs), waiting,
                    today.queue(q.id()).figures(qs, settings.shortAbandonSec()),
                    byState(agentViews, q.id()), today.queue(q.id()).occupancy(openTime(q.id(), nowMs)),
                    today.recent(q.id(), nowMs, qs, settings.shortAbandonSec()), today.intervals(q.id()),
                    today.abandoned(q.id()), today.overflowed(q.id())));
        }
        allWaiting.sort(Comparator.comparingLong(WaitingCall::enteredMs));
        QueueSettings cs = settings.defaults();
        QueueKpis all = new QueueKpis(FloorSnapshot.ALL_QUEUES, "All queues", cs, allWaiting.size(),
                allWaiting.isEmpty() ? 0 : allWaiting.get(0).waitMs(nowMs), allWaiting,
                today.queue(null).figures(cs, settings.shortAbandonSec()), byState(agentViews, null),
                today.queue(null).occupancy(openTime(null, nowMs)),
                today.recent(null, nowMs, cs, settings.shortAbandonSec()), today.intervals(null),
                today.abandoned(null), today.overflowed(null));
        return new FloorSnapshot(nowMs, day, settings.zone(), accounting.site(), all, queueKpis, agentViews,
                accounting.linesInUse(), accounting.lineCapacity(), eventsApplied, lastSeq);
    }

    private AgentView agentView(String id, AgentLive a, long nowMs) {
        TodayCounts.AgentToday t = today.agent(id);
        AgentState state = a == null ? AgentState.LOGGED_OUT : a.state();
        long since = a == null || a.sinceMs() == Long.MIN_VALUE ? 0 : a.sinceMs();
        long counted = a == null || a.countedToMs() == Long.MIN_VALUE ? 0 : a.countedToMs();
        long open = Math.max(0, nowMs - Math.max(counted, dayStartMs));
        long[] ms = t.msToday.clone();
        ms[state.ordinal()] += open;
        return new AgentView(id, a == null ? null : a.name(), a == null ? null : a.team(),
                a == null ? List.of() : a.queues(), state, a == null ? null : a.reason(), since,
                a == null ? null : a.callId(), a == null ? null : a.callCaller(), callQueueName(a), t.answered,
                t.missed, ms[AgentState.READY.ordinal()], ms[AgentState.ON_CALL.ordinal()],
                ms[AgentState.WRAP_UP.ordinal()], ms[AgentState.NOT_READY.ordinal()]);
    }

    /** The name of the queue the agent's current call came from, or {@code null}. */
    private String callQueueName(AgentLive a) {
        String id = a == null ? null : a.callQueue();
        if (id == null) {
            return null;
        }
        CallAccounting.QueueLive q = accounting.queueState(id);
        return q == null ? id : q.name();
    }

    private static AgentsByState byState(List<AgentView> agents, String queue) {
        int ready = 0;
        int onCall = 0;
        int wrap = 0;
        int notReady = 0;
        int out = 0;
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (AgentView a : agents) {
            if (queue != null && !a.queues().contains(queue)) {
                continue;
            }
            switch (a.state()) {
                case READY -> ready++;
                case ON_CALL -> onCall++;
                case WRAP_UP -> wrap++;
                case NOT_READY -> {
                    notReady++;
                    reasons.merge(a.reason() == null ? "" : a.reason(), 1, Integer::sum);
                }
                case LOGGED_OUT -> out++;
                default -> throw new IllegalStateException(a.state().name());
            }
        }
        return new AgentsByState(ready, onCall, wrap, notReady, out, reasons);
    }

    /** The time of the agents' current states so far today, by state, for agents serving {@code queue}. */
    private long[] openTime(String queue, long nowMs) {
        long[] open = new long[AgentState.values().length];
        for (AgentLive a : accounting.agents()) {
            if (queue != null && !a.queues().contains(queue)) {
                continue;
            }
            long counted = a.countedToMs() == Long.MIN_VALUE ? 0 : a.countedToMs();
            open[a.state().ordinal()] += Math.max(0, nowMs - Math.max(counted, dayStartMs));
        }
        return open;
    }
}
