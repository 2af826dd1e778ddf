package io.floorview.domain.event;

import java.util.List;
import java.util.Objects;

/**
 * One event of the call-event feed (protocol v1, see {@code docs/feed-protocol.md}).
 *
 * <p>Every event has a {@code seq}, strictly increasing by one within a feed, and a timestamp in epoch
 * milliseconds (UTC). Durations are in milliseconds. Optional text fields are {@code null} when absent.
 */
public sealed interface FeedEvent {

    long seq();

    /** When it happened, epoch milliseconds UTC. */
    long ts();

    EventType type();

    /** The call it is about, or {@code null} for agent-only and configuration events. */
    default String callId() {
        return null;
    }

    /** The queue it is about, or {@code null}. */
    default String queue() {
        return null;
    }

    /** The agent it is about, or {@code null}. */
    default String agent() {
        return null;
    }

    /**
     * The id of the supervisor's command this event is the result of, or {@code null} (the phone system did it
     * on its own, or cannot tell). Only agent state changes and logouts carry one.
     */
    default String commandId() {
        return null;
    }

    /** The same event with another sequence number (sources number their events as they publish them). */
    FeedEvent withSeq(long seq);

    /** A caller joined a queue; {@code position} is 1 for the head of the queue. */
    record CallEntered(long seq, long ts, String callId, String queue, String caller, int position)
            implements FeedEvent {
        public CallEntered {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(queue, "queue");
        }

        @Override
        public EventType type() {
            return EventType.CALL_ENTERED;
        }

        @Override
        public CallEntered withSeq(long s) {
            return new CallEntered(s, ts, callId, queue, caller, position);
        }
    }

    /** The center refused a call at the door. {@code queue} may be null when no queue was reached. */
    record CallRejected(long seq, long ts, String callId, String queue, String caller, RejectReason reason)
            implements FeedEvent {
        public CallRejected {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public EventType type() {
            return EventType.CALL_REJECTED;
        }

        @Override
        public CallRejected withSeq(long s) {
            return new CallRejected(s, ts, callId, queue, caller, reason);
        }
    }

    /** An agent answered a waiting call after {@code waitMs} in this queue. */
    record CallAnswered(long seq, long ts, String callId, String queue, String agent, long waitMs)
            implements FeedEvent {
        public CallAnswered {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(queue, "queue");
            Objects.requireNonNull(agent, "agent");
        }

        @Override
        public EventType type() {
            return EventType.CALL_ANSWERED;
        }

        @Override
        public CallAnswered withSeq(long s) {
            return new CallAnswered(s, ts, callId, queue, agent, waitMs);
        }
    }

    /** The caller hung up while waiting, at {@code position}, having entered at {@code entryPosition}. */
    record CallAbandoned(long seq, long ts, String callId, String queue, long waitMs, int position,
                         int entryPosition) implements FeedEvent {
        public CallAbandoned {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(queue, "queue");
        }

        @Override
        public EventType type() {
            return EventType.CALL_ABANDONED;
        }

        @Override
        public CallAbandoned withSeq(long s) {
            return new CallAbandoned(s, ts, callId, queue, waitMs, position, entryPosition);
        }
    }

    /**
     * A waiting call left its queue unanswered without hanging up. {@code target} is the queue it went on
     * to, or {@code null} when it left the center's queues (voicemail, an external number, hang-up by the
     * system).
     */
    record CallOverflowed(long seq, long ts, String callId, String queue, OverflowReason reason, long waitMs,
                          int position, String target) implements FeedEvent {
        public CallOverflowed {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(queue, "queue");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public EventType type() {
            return EventType.CALL_OVERFLOWED;
        }

        @Override
        public CallOverflowed withSeq(long s) {
            return new CallOverflowed(s, ts, callId, queue, reason, waitMs, position, target);
        }
    }

    /** An agent transferred a connected call to {@code target} (a queue or a number). */
    record CallTransferred(long seq, long ts, String callId, String queue, String agent, String target,
                           boolean attended) implements FeedEvent {
        public CallTransferred {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(target, "target");
        }

        @Override
        public EventType type() {
            return EventType.CALL_TRANSFERRED;
        }

        @Override
        public CallTransferred withSeq(long s) {
            return new CallTransferred(s, ts, callId, queue, agent, target, attended);
        }
    }

    /**
     * A connected call ended: {@code talkMs} talking and {@code holdMs} on hold (the call lasted their sum).
     */
    record CallEnded(long seq, long ts, String callId, String queue, String agent, long talkMs, long holdMs,
                     HangupParty hungUpBy) implements FeedEvent {
        public CallEnded {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(hungUpBy, "hungUpBy");
        }

        @Override
        public EventType type() {
            return EventType.CALL_ENDED;
        }

        @Override
        public CallEnded withSeq(long s) {
            return new CallEnded(s, ts, callId, queue, agent, talkMs, holdMs, hungUpBy);
        }
    }

    /** The agent finished the after-call work of a call, which took {@code wrapMs}. */
    record WrapUpEnded(long seq, long ts, String callId, String queue, String agent, long wrapMs)
            implements FeedEvent {
        public WrapUpEnded {
            Objects.requireNonNull(agent, "agent");
        }

        @Override
        public EventType type() {
            return EventType.WRAPUP_ENDED;
        }

        @Override
        public WrapUpEnded withSeq(long s) {
            return new WrapUpEnded(s, ts, callId, queue, agent, wrapMs);
        }
    }

    /** A waiting call was offered to an agent whose phone rang for {@code ringMs} without an answer. */
    record RingNoAnswer(long seq, long ts, String callId, String queue, String agent, long ringMs)
            implements FeedEvent {
        public RingNoAnswer {
            Objects.requireNonNull(agent, "agent");
        }

        @Override
        public EventType type() {
            return EventType.RING_NO_ANSWER;
        }

        @Override
        public RingNoAnswer withSeq(long s) {
            return new RingNoAnswer(s, ts, callId, queue, agent, ringMs);
        }
    }

    /** An agent logged in to {@code queues}; {@code name} and {@code team} are optional. */
    record AgentLoggedIn(long seq, long ts, String agent, String name, String team, List<String> queues)
            implements FeedEvent {
        public AgentLoggedIn {
            Objects.requireNonNull(agent, "agent");
            queues = queues == null ? List.of() : List.copyOf(queues);
        }

        @Override
        public EventType type() {
            return EventType.AGENT_LOGGED_IN;
        }

        @Override
        public AgentLoggedIn withSeq(long s) {
            return new AgentLoggedIn(s, ts, agent, name, team, queues);
        }
    }

    /**
     * An agent logged out of every queue; {@code commandId} names the supervisor's command it results from, else
     * {@code null}.
     */
    record AgentLoggedOut(long seq, long ts, String agent, String commandId) implements FeedEvent {
        public AgentLoggedOut {
            Objects.requireNonNull(agent, "agent");
        }

        /** A logout that no supervisor's command caused (or that the source cannot tie to one). */
        public AgentLoggedOut(long seq, long ts, String agent) {
            this(seq, ts, agent, null);
        }

        @Override
        public EventType type() {
            return EventType.AGENT_LOGGED_OUT;
        }

        @Override
        public AgentLoggedOut withSeq(long s) {
            return new AgentLoggedOut(s, ts, agent, commandId);
        }
    }

    /**
     * An agent's state changed; {@code reason} is the not-ready reason code, else {@code null}; {@code commandId}
     * names the supervisor's command the change results from, else {@code null}.
     */
    record AgentStateChanged(long seq, long ts, String agent, AgentState state, String reason, String callId,
                             String commandId) implements FeedEvent {
        public AgentStateChanged {
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(state, "state");
        }

        /** A change that no supervisor's command caused (or that the source cannot tie to one). */
        public AgentStateChanged(long seq, long ts, String agent, AgentState state, String reason, String callId) {
            this(seq, ts, agent, state, reason, callId, null);
        }

        @Override
        public EventType type() {
            return EventType.AGENT_STATE;
        }

        @Override
        public AgentStateChanged withSeq(long s) {
            return new AgentStateChanged(s, ts, agent, state, reason, callId, commandId);
        }
    }

    /** A recording of a call can be fetched at {@code uri}. */
    record RecordingAvailable(long seq, long ts, String callId, String uri, long durationMs)
            implements FeedEvent {
        public RecordingAvailable {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(uri, "uri");
        }

        @Override
        public EventType type() {
            return EventType.RECORDING_AVAILABLE;
        }

        @Override
        public RecordingAvailable withSeq(long s) {
            return new RecordingAvailable(s, ts, callId, uri, durationMs);
        }
    }

    /**
     * The phone system's settings for a queue: its display name and service-level objective
     * ({@code slTargetPercent} of calls answered within {@code slThresholdSec}). The console's own settings
     * take precedence.
     */
    record QueueConfigured(long seq, long ts, String queue, String name, int slThresholdSec,
                           double slTargetPercent) implements FeedEvent {
        public QueueConfigured {
            Objects.requireNonNull(queue, "queue");
        }

        @Override
        public EventType type() {
            return EventType.QUEUE_CONFIGURED;
        }

        @Override
        public QueueConfigured withSeq(long s) {
            return new QueueConfigured(s, ts, queue, name, slThresholdSec, slTargetPercent);
        }
    }

    /** The site's settings: its name, its number of phone lines (0 when unknown) and its time zone. */
    record SiteConfigured(long seq, long ts, String site, int lines, String timeZone) implements FeedEvent {
        @Override
        public EventType type() {
            return EventType.SITE_CONFIGURED;
        }

        @Override
        public SiteConfigured withSeq(long s) {
            return new SiteConfigured(s, ts, site, lines, timeZone);
        }
    }
}
