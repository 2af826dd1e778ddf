package io.floorview.ui.live;

import io.floorview.domain.event.AgentState;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One agent on the board, updated in place as snapshots come, so that the table keeps its selection, sort and
 * scroll position. The texts are ready to show; the numbers are there to sort by.
 */
public final class AgentRow {

    /** Where the last supervisor action on this agent stands. */
    public enum ActionState { NONE, PENDING, CONFIRMED, REFUSED, FAILED }

    private final String id;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty team = new SimpleStringProperty(this, "team", "");
    private final StringProperty queues = new SimpleStringProperty(this, "queues", "");
    private final ObjectProperty<AgentState> state = new SimpleObjectProperty<>(this, "state");
    private final StringProperty stateText = new SimpleStringProperty(this, "stateText", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final LongProperty timeInStateMs = new SimpleLongProperty(this, "timeInStateMs");
    private final StringProperty timeText = new SimpleStringProperty(this, "timeText", "");
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>(this, "level", Level.NONE);
    private final StringProperty flags = new SimpleStringProperty(this, "flags", "");
    private final LongProperty handled = new SimpleLongProperty(this, "handled");
    private final StringProperty currentCall = new SimpleStringProperty(this, "currentCall", "");
    private final StringProperty currentCallId = new SimpleStringProperty(this, "currentCallId", "");
    private final ObjectProperty<ActionState> actionState =
            new SimpleObjectProperty<>(this, "actionState", ActionState.NONE);
    private final StringProperty actionText = new SimpleStringProperty(this, "actionText", "");
    private final ObjectProperty<AdherenceCell> adherence = new SimpleObjectProperty<>(this, "adherence");
    private java.util.List<String> queueIds = java.util.List.of();
    private boolean onFloor = true;
    private long stateSinceMs = Long.MIN_VALUE;

    AgentRow(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty teamProperty() {
        return team;
    }

    public StringProperty queuesProperty() {
        return queues;
    }

    public ObjectProperty<AgentState> stateProperty() {
        return state;
    }

    public StringProperty stateTextProperty() {
        return stateText;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public LongProperty timeInStateMsProperty() {
        return timeInStateMs;
    }

    public StringProperty timeTextProperty() {
        return timeText;
    }

    /** How the time in state stands against the state's limits. */
    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    /** What looks wrong (stuck in wrap-up, no activity), as words; empty when nothing does. */
    public StringProperty flagsProperty() {
        return flags;
    }

    public LongProperty handledProperty() {
        return handled;
    }

    /** The current call as a supervisor knows it: the caller's number and the queue, e.g. "+1 555 0100 · Sales". */
    public StringProperty currentCallProperty() {
        return currentCall;
    }

    /** The current call's id (the phone system's), empty when the agent is on no call. */
    public StringProperty currentCallIdProperty() {
        return currentCallId;
    }

    public ObjectProperty<ActionState> actionStateProperty() {
        return actionState;
    }

    /** The last action and how it ended, e.g. "Not ready (Break): refused — agent is on a call". */
    public ReadOnlyStringProperty actionTextProperty() {
        return actionText;
    }

    /** The agent's live adherence; {@code null} while it is not known (or no schedule is at hand). */
    public ObjectProperty<AdherenceCell> adherenceProperty() {
        return adherence;
    }

    /**
     * Whether the feed knows the agent; {@code false} for an agent on today's schedule who has not logged in
     * (shown logged out, nothing can be done to them).
     */
    public boolean onFloor() {
        return onFloor;
    }

    void setOnFloor(boolean onFloor) {
        this.onFloor = onFloor;
    }

    /** When the agent entered their state, on the feed's clock; the earliest time for an agent off the feed. */
    long stateSinceMs() {
        return stateSinceMs;
    }

    void setStateSinceMs(long ms) {
        stateSinceMs = ms;
    }

    /** Shows a scheduled agent who has not logged in: logged out, with the roster's name, team and queues. */
    void showAbsent(io.floorview.domain.schedule.DayRoster.Entry e, String loggedOut) {
        onFloor = false;
        stateSinceMs = Long.MIN_VALUE;
        name.set(e.name());
        team.set(e.team());
        if (!queueIds.equals(e.queues())) {
            queueIds = e.queues();
            queues.set(String.join(", ", e.queues()));
        }
        state.set(AgentState.LOGGED_OUT);
        stateText.set(loggedOut);
        reason.set("");
        timeText.set("");  // the time cell reads the text when the number changes: set it first
        level.set(Level.NONE);
        timeInStateMs.set(0);
        flags.set("");
        handled.set(0);
        currentCallId.set("");
        currentCall.set("");
    }

    void showAction(ActionState s, String text) {
        actionState.set(s);
        actionText.set(text);
    }

    java.util.List<String> queueIds() {
        return queueIds;
    }

    void setQueueIds(java.util.List<String> ids) {
        queueIds = ids;
    }
}
