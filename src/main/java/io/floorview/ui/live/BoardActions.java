package io.floorview.ui.live;

import io.floorview.service.actions.ActionOutcome;
import io.floorview.service.actions.AgentAction;
import io.floorview.service.actions.SupervisorActions;
import io.floorview.ui.common.Messages;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The supervisor's actions on the agent board: each request goes to the phone system in the supervisor's name,
 * and where it stands shows on the agent's row and on the line under the board. An agent who is not logged in
 * is refused at once, with the reason. FX thread.
 */
final class BoardActions {

    private final Messages messages;
    private final Function<String, String> reasonLabel;
    private final StringProperty lastAction = new SimpleStringProperty(this, "lastAction", "");
    private SupervisorActions actions;
    private String supervisor;
    private Executor fxThread = Runnable::run;

    BoardActions(Messages messages, Function<String, String> reasonLabel) {
        this.messages = messages;
        this.reasonLabel = reasonLabel;
    }

    void set(SupervisorActions actions, String supervisor, Executor fxThread) {
        this.actions = actions;
        this.supervisor = supervisor;
        this.fxThread = fxThread;
    }

    StringProperty lastAction() {
        return lastAction;
    }

    void request(AgentRow row, AgentAction.Kind kind, String reason) {
        String what = kind == AgentAction.Kind.NOT_READY
                ? messages.get("board.action.NOT_READY.with", reasonLabel.apply(reason))
                : messages.get("board.action." + kind.name());
        String who = row.nameProperty().get();
        if (!row.onFloor()) {  // nothing to act on: say so rather than send what the phone system would ignore
            show(row, AgentRow.ActionState.REFUSED, messages.get("board.outcome.notLoggedIn", what, who), who);
            return;
        }
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
