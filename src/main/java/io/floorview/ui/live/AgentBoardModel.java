package io.floorview.ui.live;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.kpi.AgentView;
import io.floorview.domain.kpi.AgentWatch;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.service.actions.ActionOutcome;
import io.floorview.service.actions.AgentAction;
import io.floorview.service.actions.SupervisorActions;
import io.floorview.ui.common.Formats;
import io.floorview.ui.common.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The agent board: every agent with state, reason, time in state, team, queues, calls handled and current call,
 * filtered by state, queue and a search on the name; and the supervisor's actions on an agent, whose outcome is
 * shown on the agent's row. Time in state is counted on the snapshot's clock (the feed's), and the rows are
 * refreshed once per second of that clock or when an agent changes. FX thread; no nodes.
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
    private final StringProperty lastAction = new SimpleStringProperty(this, "lastAction", "");
    private AgentWatch watch = AgentWatch.DEFAULT;
    private SupervisorActions actions;
    private String supervisor;
    private Executor fxThread = Runnable::run;
    private List<AgentView> lastAgents = List.of();
    private long lastSecond = Long.MIN_VALUE;

    AgentBoardModel(Messages messages, Formats formats, Function<String, String> reasonLabel) {
        this.messages = messages;
        this.formats = formats;
        this.reasonLabel = reasonLabel;
        search.addListener((o, a, b) -> refilter());
        stateFilter.addListener((o, a, b) -> refilter());
        queueFilter.addListener((o, a, b) -> refilter());
    }

    /**
     * Lets the board act on agents: requests go to {@code actions} in {@code supervisor}'s name, and their
     * outcomes come back through {@code fxThread}.
     */
    public void setActions(SupervisorActions actions, String supervisor, Executor fxThread) {
        this.actions = actions;
        this.supervisor = supervisor;
        this.fxThread = fxThread;
    }

    public void setWatch(AgentWatch watch) {
        this.watch = watch;
        lastSecond = Long.MIN_VALUE;
    }

    /** All agents, in the feed's order. */
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
        return lastAction;
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
        if (seen.size() != byId.size()) {
            byId.keySet().retainAll(seen);
            rows.removeIf(r -> !seen.contains(r.id()));
        }
        // new and gone rows are filtered by the list itself; a row that changed is looked at again only when a
        // filter could now take it in or leave it out (a new predicate makes the table rebuild every cell)
        if (filterInputsChanged && filtering()) {
            refilter();
        }
        filterInputsChanged = false;
    }

    private boolean filterInputsChanged;

    private boolean filtering() {
        return stateFilter.get() != null || !(queueFilter.get() == null || FloorSnapshot.ALL_QUEUES.equals(queueFilter.get()))
                || !(search.get() == null || search.get().isBlank());
    }

    private void fill(AgentRow row, AgentView a, long nowMs) {
        long inState = AgentWatch.timeInStateMs(a, nowMs);
        row.nameProperty().set(a.displayName());
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
        row.currentCallProperty().set(a.callId() == null ? "" : a.callId());
    }

    public String stateLabel(AgentState s) {
        return messages.get("state." + s.name().toLowerCase(Locale.ROOT));
    }

    private void refilter() {
        String q = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        AgentState st = stateFilter.get();
        String queue = queueFilter.get();
        shown.setPredicate(r -> (st == null || r.stateProperty().get() == st)
                && (queue == null || FloorSnapshot.ALL_QUEUES.equals(queue) || r.queueIds().contains(queue))
                && (q.isEmpty() || r.nameProperty().get().toLowerCase(Locale.ROOT).contains(q)
                    || r.id().toLowerCase(Locale.ROOT).contains(q)));
    }

    // --- actions

    /** Asks for {@code kind} on the agent of {@code row} ({@code reason} for not ready); the row shows how it goes. */
    public void request(AgentRow row, AgentAction.Kind kind, String reason) {
        String what = kind == AgentAction.Kind.NOT_READY
                ? messages.get("board.action.NOT_READY.with", reasonLabel.apply(reason))
                : messages.get("board.action." + kind.name());
        String who = row.nameProperty().get();
        if (actions == null) {
            show(row, AgentRow.ActionState.FAILED, messages.get("board.outcome.unavailable", what), who);
            return;
        }
        show(row, AgentRow.ActionState.PENDING, messages.get("board.outcome.pending", what), who);
        AgentAction action;
        try {
            action = new AgentAction(row.id(), kind, reason, supervisor);
        } catch (IllegalArgumentException e) {
            show(row, AgentRow.ActionState.FAILED, messages.get("board.outcome.FAILED", what, e.getMessage()), who);
            return;
        }
        actions.request(action).whenComplete((outcome, error) -> fxThread.execute(() -> {
            if (error != null) {
                show(row, AgentRow.ActionState.FAILED, messages.get("board.outcome.FAILED", what,
                        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()), who);
            } else {
                shown(row, what, who, outcome);
            }
        }));
    }

    private void shown(AgentRow row, String what, String who, ActionOutcome outcome) {
        AgentRow.ActionState st = switch (outcome.status()) {
            case CONFIRMED -> AgentRow.ActionState.CONFIRMED;
            case REFUSED -> AgentRow.ActionState.REFUSED;
            case FAILED, TIMED_OUT -> AgentRow.ActionState.FAILED;
        };
        String message = outcome.message() == null ? "" : outcome.message();
        show(row, st, messages.get("board.outcome." + outcome.status().name(), what, message), who);
    }

    private void show(AgentRow row, AgentRow.ActionState st, String text, String who) {
        row.showAction(st, text);
        lastAction.set(messages.get("board.lastAction", who, text));
    }
}
