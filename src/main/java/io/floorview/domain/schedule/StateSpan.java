package io.floorview.domain.schedule;

import io.floorview.domain.event.AgentState;

/** A stretch of time an agent spent in one state (with its not-ready reason), {@code [fromMs, toMs)}. */
public record StateSpan(String agent, AgentState state, String reason, long fromMs, long toMs) {
}
