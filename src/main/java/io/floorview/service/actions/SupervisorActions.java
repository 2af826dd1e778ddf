package io.floorview.service.actions;

import java.util.concurrent.CompletionStage;

/**
 * Supervisor actions on agents: they travel to the phone system through the feed server's command endpoint,
 * are carried out there, and complete when the resulting event arrives on the feed. Never a silent no-op:
 * every request completes with an outcome that says what happened.
 */
public interface SupervisorActions {

    CompletionStage<ActionOutcome> request(AgentAction action);
}
