package io.floorview.ui.live;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.kpi.AgentView;
import io.floorview.domain.kpi.AgentWatch;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.schedule.Adherence;
import io.floorview.domain.schedule.DayRoster;
import io.floorview.service.actions.AgentAction;
import io.floorview.service.actions.SupervisorActions;
import io.floorview.ui.common.Formats;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The agent board: every agent with state, reason, time in state, team, queues, calls handled and current call,
 * and, with a schedule, every agent scheduled today who has not logged in (shown logged out, with their shift),
 * filtered by state, queue and a search on the name; and the supervisor's actions on an agent, whose outcome is
 * shown on the agent's row. Time in state is counted on the snapshot's clock (the feed's), and the rows are
 * refreshed once per second of that clock or when an agent changes. With an {@link AdherenceSource}, each agent's
 * live adherence to the published schedule too, worked out off the FX thread (it reads the database) for the
 * newest snapshot, one at a time, with the day's roster. FX thread; no nodes.
 */
public final class AgentBoardModel {

    /** The not-ready reasons a supervisor can choose from. */
    public static final List<String> REASONS = List.of("break", "lunch", "meeting", "training", "coaching");

    private final Messages messages;
    private final Formats formats;
    private final Function<String, String> reasonLabel;
    private final ObservableList<AgentRow> rows = FXCollections.observableArrayList();
    private final FilteredList<AgentRow> shown = new FilteredList<>(rows, r -> true);
    private final Map<String, AgentRow> byId = new HashMap<>();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<AgentState> stateFilter = new SimpleObjectProperty<>(this, "stateFilter");
    private final StringProperty queueFilter = new SimpleStringProperty(this, "queueFilter", FloorSnapshot.ALL_QUEUES);
    private final BooleanProperty outOfAdherenceOnly = new SimpleBooleanProperty(this, "outOfAdherenceOnly");
    private final ReadOnlyBooleanWrapper adherenceShown = new ReadOnlyBooleanWrapper(this, "adherenceShown");
    private final StringProperty adherenceProblem = new SimpleStringProperty(this, "adherenceProblem", "");
    private AdherenceSource adherence;
    private UiExecutor adherenceExecutor;
    private boolean adherenceBusy;
    private FloorSnapshot adherenceNext;
    private AgentWatch watch = AgentWatch.DEFAULT;
    private final BoardActions boardActions;
    private List<AgentView> lastAgents = List.of();
    private long lastSecond = Long.MIN_VALUE;
    /** The feed's agents in the last snapshot taken in. */
    private Set<String> onFeed = Set.of();
    /** Today's scheduled agents, as last worked out. */
    private final BoardRoster roster = new BoardRoster();
    private final AdherenceCells cells;

    AgentBoardModel(Messages messages, Formats formats, Function<String, String> reasonLabel) {
        this.messages = messages;
        this.formats = formats;
        this.reasonLabel = reasonLabel;
        this.cells = new AdherenceCells(messages, reasonLabel, this::stateLabel);
        this.boardActions = new BoardActions(messages, reasonLabel);
        search.addListener((o, a, b) -> refilter());
        stateFilter.addListener((o, a, b) -> refilter());
        queueFilter.addListener((o, a, b) -> refilter());
        outOfAdherenceOnly.addListener((o, a, b) -> refilter());
    }

    /**
     * Where live adherence comes from. Both calls run on the adherence executor's background thread and may
     * block on the database.
     */
    public interface AdherenceSource {

        /** Every scheduled agent's adherence at the snapshot's time. */
        Map<String, Adherence.Now> live(FloorSnapshot snapshot);

        /** The name of a scheduled activity, e.g. "Lunch" for {@code LUNCH}. */
        String activityName(String code);

        /**
         * Every agent scheduled in the snapshot's business day, with their shift; those the feed does not know are
         * shown logged out. None by default.
         */
        default List<DayRoster.Entry> roster(FloorSnapshot snapshot) {
            return List.of();
        }
    }

    /** Each agent's adherence, the names of the activities scheduled now and the day's roster, worked out together. */
    private record AdherenceFigures(Map<String, Adherence.Now> now, Map<String, String> names,
                                    List<DayRoster.Entry> roster) {
    }

    /**
     * Shows each agent's live adherence from {@code source}, worked out through {@code executor} (off the FX
     * thread) as snapshots come. Without it the board has no adherence column or filter.
     */
    public void setAdherence(AdherenceSource source, UiExecutor executor) {
        this.adherence = source;
        this.adherenceExecutor = executor;
        adherenceShown.set(source != null);
    }

    /** Whether the board shows adherence (a schedule source is wired). */
    public ReadOnlyBooleanProperty adherenceShownProperty() {
        return adherenceShown.getReadOnlyProperty();
    }

    /** Only agents out of adherence now (past the grace, not excused). */
    public BooleanProperty outOfAdherenceOnlyProperty() {
        return outOfAdherenceOnly;
    }

    /** Why adherence cannot be shown now; empty when it can. */
    public StringProperty adherenceProblemProperty() {
        return adherenceProblem;
    }

    /**
     * Lets the board act on agents: requests go to {@code actions} in {@code supervisor}'s name, and their
     * outcomes come back through {@code fxThread}.
     */
    public void setActions(SupervisorActions actions, String supervisor, Executor fxThread) {
        boardActions.set(actions, supervisor, fxThread);
    }

    public void setWatch(AgentWatch watch) {
        this.watch = watch;
        lastSecond = Long.MIN_VALUE;
    }

    /** All agents, in the feed's order, then the scheduled agents who have not logged in. */
    public ObservableList<AgentRow> rows() {
        return rows;
    }

    /** The agents that pass the filters and the search. */
    public ObservableList<AgentRow> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Only agents in this state; {@code null} for every state. */
    public ObjectProperty<AgentState> stateFilterProperty() {
        return stateFilter;
    }

    /** Only agents serving this queue; {@link FloorSnapshot#ALL_QUEUES} for every queue. */
    public StringProperty queueFilterProperty() {
        return queueFilter;
    }

    /** The last action asked and where it stands, for the line under the board. */
    public StringProperty lastActionProperty() {
        return boardActions.lastAction();
    }

    public AgentRow row(String agentId) {
        return byId.get(agentId);
    }

    /** Takes in the floor's newest picture. */
    void update(FloorSnapshot s) {
        long second = Math.floorDiv(s.asOfMs(), 1000);
        if (second == lastSecond && s.agents().equals(lastAgents)) {
            return;
        }
        lastSecond = second;
        lastAgents = s.agents();
        Set<String> seen = new HashSet<>();
        List<AgentRow> added = new ArrayList<>();
        for (AgentView a : s.agents()) {
            seen.add(a.id());
            AgentRow row = byId.get(a.id());
            if (row == null) {
                row = new AgentRow(a.id());
                byId.put(a.id(), row);
                added.add(row);
            }
            AgentState before = row.stateProperty().get();
            List<String> queuesBefore = row.queueIds();
            String nameBefore = row.nameProperty().get();
            fill(row, a, s.asOfMs());
            filterInputsChanged |= before != a.state() || !queuesBefore.equals(row.queueIds())
                    || !nameBefore.equals(row.nameProperty().get());
        }
        rows.addAll(added);
        if (!seen.equals(onFeed)) {  // someone came or went: only then are the rows off the feed looked at again
            onFeed = seen;
            filterInputsChanged |= reconcile();
        }
        // new and gone rows are filtered by the list itself; a row that changed is looked at again only when a
        // filter could now take it in or leave it out (a new predicate makes the table rebuild every cell)
        if (filterInputsChanged && filtering()) {
            refilter();
        }
        filterInputsChanged = false;
        askAdherence(s);
    }

    private void askAdherence(FloorSnapshot s) {
        if (adherence == null) {
            return;
        }
        if (adherenceBusy) {
            adherenceNext = s;  // only the newest waiting snapshot is worked out next
            return;
        }
        adherenceBusy = true;
        AdherenceSource source = adherence;
        adherenceExecutor.submit(() -> {
            List<DayRoster.Entry> today = source.roster(s);
            Map<String, Adherence.Now> now = source.live(s);
            Map<String, String> names = new HashMap<>();
            for (Adherence.Now n : now.values()) {
                if (n.code() != null) {
                    names.computeIfAbsent(n.code(), source::activityName);
                }
            }
            return new AdherenceFigures(now, names, today);
        }, figures -> {
            adherenceProblem.set("");
            if (roster.take(figures.roster()) && reconcile() && filtering()) {
                refilter();
            }
            showAdherence(figures, s);
            nextAdherence();
        }, error -> {
            adherenceProblem.set(messages.get("board.adherence.failed",
                    error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
            rows.forEach(r -> r.adherenceProperty().set(null));  // not known now: shown as such, not stale
            if (outOfAdherenceOnly.get()) {
                refilter();
            }
            nextAdherence();
        });
    }

    private void nextAdherence() {
        adherenceBusy = false;
        FloorSnapshot next = adherenceNext;
        adherenceNext = null;
        if (next != null) {
            askAdherence(next);
        }
    }

    /**
     * Makes the rows off the feed match the roster: a scheduled agent the feed does not know is shown logged out,
     * any other agent off the feed goes. Returns whether a row came, went or changed state.
     */
    private boolean reconcile() {
        boolean changed = false;
        List<AgentRow> gone = new ArrayList<>();
        for (AgentRow row : byId.values()) {
            if (!onFeed.contains(row.id())) {
                DayRoster.Entry e = roster.get(row.id());
                if (e == null) {
                    gone.add(row);
                } else {
                    changed |= row.onFloor();
                    row.showAbsent(e, stateLabel(AgentState.LOGGED_OUT));
                }
            }
        }
        if (!gone.isEmpty()) {
            gone.forEach(r -> byId.remove(r.id()));
            rows.removeAll(gone);
            changed = true;
        }
        List<AgentRow> added = new ArrayList<>();
        for (DayRoster.Entry e : roster.entries()) {
            if (!byId.containsKey(e.agent())) {
                AgentRow row = new AgentRow(e.agent());
                row.showAbsent(e, stateLabel(AgentState.LOGGED_OUT));
                byId.put(e.agent(), row);
                added.add(row);
            }
        }
        rows.addAll(added);
        return changed || !added.isEmpty();
    }

    private void showAdherence(AdherenceFigures figures, FloorSnapshot s) {
        DateTimeFormatter hhmm = AdherenceCells.hhmm(s.zone());
        boolean changed = false;
        for (AgentRow row : rows) {
            DayRoster.Entry absent = roster.notLoggedInForShift(row);
            Adherence.Now n = figures.now().get(row.id());
            AdherenceCell cell = absent == null ? cells.of(n, figures.names(), hhmm)
                    : cells.absent(absent, n, figures.names(), s.asOfMs(), hhmm);
            AdherenceCell before = row.adherenceProperty().get();
            changed |= before == null || before.status() != cell.status();
            if (!cell.equals(before)) {
                row.adherenceProperty().set(cell);
            }
        }
        if (changed && outOfAdherenceOnly.get()) {
            refilter();
        }
    }

    private boolean filterInputsChanged;

    private boolean filtering() {
        return stateFilter.get() != null || !(queueFilter.get() == null || FloorSnapshot.ALL_QUEUES.equals(queueFilter.get()))
                || !(search.get() == null || search.get().isBlank()) || outOfAdherenceOnly.get();
    }

    private void fill(AgentRow row, AgentView a, long nowMs) {
        long inState = AgentWatch.timeInStateMs(a, nowMs);
        row.setOnFloor(true);
        row.setStateSinceMs(a.stateSinceMs());
        DayRoster.Entry scheduled = a.name() == null || a.name().isBlank() ? roster.get(a.id()) : null;
        row.nameProperty().set(scheduled != null ? scheduled.name() : a.displayName());
        row.teamProperty().set(a.team() == null ? "" : a.team());
        if (!row.queueIds().equals(a.queues())) {
            row.setQueueIds(a.queues());
            row.queuesProperty().set(String.join(", ", a.queues()));
        }
        row.stateProperty().set(a.state());
        row.stateTextProperty().set(stateLabel(a.state()));
        row.reasonProperty().set(a.state() == AgentState.NOT_READY ? reasonLabel.apply(a.reason()) : "");
        // the time cell reads the text and the level when the number changes: set them first
        row.timeTextProperty().set(formats.duration(inState));
        row.levelProperty().set(switch (watch.escalation(a.state(), inState)) {
            case NONE -> Level.NONE;
            case WARNING -> Level.WARNING;
            case CRITICAL -> Level.CRITICAL;
        });
        row.timeInStateMsProperty().set(inState);
        List<String> flagWords = new ArrayList<>();
        for (AgentWatch.Flag f : watch.flags(a.state(), inState)) {
            flagWords.add(messages.get("board.flag." + f.name()));
        }
        row.flagsProperty().set(String.join(" · ", flagWords));
        row.handledProperty().set(a.answeredToday());
        row.currentCallIdProperty().set(a.callId() == null ? "" : a.callId());
        row.currentCallProperty().set(callText(a));
    }

    /** The caller and the queue of the agent's call; its id when neither is known; empty off a call. */
    static String callText(AgentView a) {
        String text = java.util.stream.Stream.of(a.callCaller(), a.callQueueName())
                .filter(x -> x != null && !x.isBlank()).collect(java.util.stream.Collectors.joining(" \u00b7 "));
        return !text.isEmpty() || a.callId() == null ? text : a.callId();
    }

    public String stateLabel(AgentState s) {
        return messages.get("state." + s.name().toLowerCase(Locale.ROOT));
    }

    private void refilter() {
        String q = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        AgentState st = stateFilter.get();
        String queue = queueFilter.get();
        boolean outOnly = outOfAdherenceOnly.get();
        shown.setPredicate(r -> (st == null || r.stateProperty().get() == st)
                && (!outOnly || (r.adherenceProperty().get() != null
                    && r.adherenceProperty().get().status() == AdherenceCell.Status.OUT))
                && (queue == null || FloorSnapshot.ALL_QUEUES.equals(queue) || r.queueIds().contains(queue))
                && (q.isEmpty() || r.nameProperty().get().toLowerCase(Locale.ROOT).contains(q)
                    || r.id().toLowerCase(Locale.ROOT).contains(q)));
    }

    /** Asks for {@code kind} on the agent of {@code row} ({@code reason} for not ready); the row shows how it goes. */
    public void request(AgentRow row, AgentAction.Kind kind, String reason) {
        boardActions.request(row, kind, reason);
    }
}
