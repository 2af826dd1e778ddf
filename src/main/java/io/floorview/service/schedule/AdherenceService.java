package io.floorview.service.schedule;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.AgentView;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.schedule.Adherence;
import io.floorview.domain.schedule.AdherenceResult;
import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.DayRoster;
import io.floorview.domain.schedule.Excuse;
import io.floorview.domain.schedule.Schedule;
import io.floorview.domain.schedule.StateHistory;
import io.floorview.feed.protocol.BadLineException;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.store.EventCache;
import io.floorview.store.schedule.ExcuseRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * Real-time and historical adherence: the published schedule against the agents' states, live from the floor's
 * snapshots or over a range from the cached feed events. Blocks on the database (not on the FX thread).
 * Thread-safe.
 */
public final class AdherenceService {

    private static final long DAY_MS = 86_400_000L;
    /** A published schedule read for live use is read again after this long (a publication shows soon). */
    private static final long LIVE_REFRESH_MS = 30_000;
    /** How far before a range's start the states are folded from, to know the state at its start. */
    private static final long LOOKBACK_MS = 12 * 3_600_000L;

    private final ScheduleService schedules;
    private final EventCache cache;
    private final ExcuseRepository excuses;
    private final LongSupplier wallClock;
    private final EventCodec codec = new EventCodec();
    private Schedule liveSchedule;
    private List<Excuse> liveExcuses = List.of();
    private long liveReadAt = Long.MIN_VALUE;
    private long liveFrom;
    private long liveTo;
    private List<Agent> liveAgents;
    private List<DayRoster.Entry> liveRoster;
    private long liveRosterFrom;
    private long liveRosterTo;

    public AdherenceService(ScheduleService schedules, EventCache cache, ExcuseRepository excuses,
                            LongSupplier wallClock) {
        this.schedules = schedules;
        this.cache = cache;
        this.excuses = excuses;
        this.wallClock = wallClock;
    }

    /**
     * Each agent's adherence now, from a floor snapshot and the published schedule: what is scheduled, whether
     * the state adheres, since when not, and whether that is out of adherence (past the activity's grace).
     * Agents scheduled now but unknown to the floor count as logged out. For the schedule view and the agent board.
     */
    public synchronized Map<String, Adherence.Now> live(FloorSnapshot snapshot) {
        long now = snapshot.asOfMs();
        readLive(now);
        Map<String, Adherence.Now> out = new TreeMap<>();
        Map<String, AgentView> seen = new HashMap<>();
        snapshot.agents().forEach(a -> seen.put(a.id(), a));
        for (String agent : liveSchedule.agents()) {
            AgentView a = seen.get(agent);
            out.put(agent, a == null
                    ? Adherence.now(liveSchedule, agent, io.floorview.domain.event.AgentState.LOGGED_OUT, null,
                            snapshot.day().atStartOfDay(snapshot.zone()).toInstant().toEpochMilli(), now, liveExcuses)
                    : Adherence.now(liveSchedule, agent, a.state(), a.reason(), a.stateSinceMs(), now, liveExcuses));
        }
        return out;
    }

    /**
     * Who the published schedule has working in the business day {@code [dayStartMs, dayEndMs)} around
     * {@code nowMs}, with their shifts and their names from the roster: for the agent board, which lists the
     * scheduled agents who have not logged in. Read again like {@link #live}'s schedule.
     */
    public synchronized List<DayRoster.Entry> roster(long nowMs, long dayStartMs, long dayEndMs) {
        readLive(nowMs);
        if (liveAgents == null) {
            liveAgents = schedules.agents();
        }
        if (liveRoster == null || liveRosterFrom != dayStartMs || liveRosterTo != dayEndMs) {
            Map<String, Agent> known = new HashMap<>();
            liveAgents.forEach(a -> known.put(a.id(), a));
            liveRoster = DayRoster.of(liveSchedule, known, dayStartMs, dayEndMs);
            liveRosterFrom = dayStartMs;
            liveRosterTo = dayEndMs;
        }
        return liveRoster;
    }

    /** Reads the published schedule of the two days around {@code now} and the excuses when they are due. */
    private void readLive(long now) {
        long wall = wallClock.getAsLong();
        if (liveSchedule == null || wall - liveReadAt > LIVE_REFRESH_MS || now < liveFrom + DAY_MS / 2
                || now > liveTo - DAY_MS / 2) {
            liveFrom = now - DAY_MS;
            liveTo = now + DAY_MS;
            liveSchedule = schedules.publishedSchedule(Instant.ofEpochMilli(liveFrom), Instant.ofEpochMilli(liveTo));
            liveExcuses = excuses.between(liveFrom, liveTo);
            liveAgents = null;
            liveRoster = null;
            liveReadAt = wall;
        }
    }

    /** Makes the next {@link #live} read the published schedule and excuses again. */
    public synchronized void refresh() {
        liveSchedule = null;
    }

    /**
     * Per agent and per team adherence and conformance over {@code [from, to)}, with the exceptions. Only the part
     * of the range that has happened counts: up to the latest cached event or now, whichever is later.
     */
    public Report report(Instant from, Instant to) {
        long a = from.toEpochMilli();
        long[] last = {Long.MIN_VALUE};
        StateHistory history = history(a - LOOKBACK_MS, to.toEpochMilli(), last);
        long b = Math.min(to.toEpochMilli(), Math.max(last[0], wallClock.getAsLong()));
        if (b <= a) {
            AdherenceResult none = new AdherenceResult("", 0, 0, 0, 0, List.of());
            return new Report(a, a, List.of(), Map.of(), none, List.of());
        }
        Schedule schedule = schedules.publishedSchedule(from, Instant.ofEpochMilli(b));
        List<Excuse> ex = excuses.between(a, b);
        Map<String, String> teams = new HashMap<>();
        for (Agent agent : schedules.agents()) {
            teams.put(agent.id(), agent.team());
        }
        List<AdherenceResult> agents = new ArrayList<>();
        Map<String, List<AdherenceResult>> byTeam = new TreeMap<>();
        for (String agent : schedule.agents().stream().sorted().toList()) {
            AdherenceResult r = Adherence.of(schedule, agent, history.spans(agent, a, b), a, b, ex);
            if (r.scheduledMs() == 0) {
                continue;
            }
            agents.add(r);
            byTeam.computeIfAbsent(teams.getOrDefault(agent, ""), k -> new ArrayList<>()).add(r);
        }
        Map<String, AdherenceResult> teamTotals = new LinkedHashMap<>();
        byTeam.forEach((team, rs) -> teamTotals.put(team, AdherenceResult.total(team, rs)));
        return new Report(a, b, agents, teamTotals, AdherenceResult.total("", agents), ex);
    }

    /**
     * The figures of a range: per agent, per team (by team name), the whole center, and the excuses in it;
     * {@code toMs} is where the range was cut (now, when the range runs into the future).
     */
    public record Report(long fromMs, long toMs, List<AdherenceResult> agents, Map<String, AdherenceResult> teams,
                         AdherenceResult center, List<Excuse> excuses) {
    }

    /** Excuses an agent's time out of adherence, with a note (required). */
    public Excuse excuse(String agent, long fromMs, long toMs, String note, String author) {
        Excuse e = excuses.add(agent, fromMs, toMs, note, author, wallClock.getAsLong());
        refresh();
        return e;
    }

    /** The agents' states from the cached events of every feed, in time order, from {@code fromMs}. */
    private StateHistory history(long fromMs, long toMs, long[] lastTs) {
        List<FeedEvent> events = new ArrayList<>();
        for (String feed : cache.feedNames()) {
            OptionalLong id = cache.findFeed(feed);
            if (id.isEmpty()) {
                continue;
            }
            cache.replay(id.getAsLong(), fromMs, (seq, body) -> {
                if (!body.contains("\"agent")) {
                    return;
                }
                try {
                    FeedEvent e = codec.decodeEvent(body);
                    if (e.ts() < toMs) {
                        lastTs[0] = Math.max(lastTs[0], e.ts());
                        if (e.agent() != null && e.type().name().startsWith("AGENT_")) {
                            events.add(e);
                        }
                    }
                } catch (BadLineException ignored) {
                    // set aside at ingest already; a body that cannot be read back moves no state
                }
            });
        }
        events.sort(Comparator.comparingLong(FeedEvent::ts));
        StateHistory h = new StateHistory();
        events.forEach(h::apply);
        return h;
    }
}
