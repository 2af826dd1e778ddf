package io.floorview.feed.asterisk.queuelog;

import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import java.util.HashMap;
import java.util.Map;

/**
 * What each event name does. A table rather than one switch: a line costs one lookup, and each event's
 * handling stays a method (a lambda) of its own for the JIT (one method holding every case was the costliest to
 * compile of a whole report, and ran unoptimised for most of a large file while it waited for that).
 */
enum LineHandler {
    ENTER(QueueLogMapper::enter, "ENTERQUEUE"),
    CONNECT(QueueLogMapper::connect, "CONNECT"),
    COMPLETE_CALLER((m, l) -> m.complete(l, HangupParty.CALLER), "COMPLETECALLER"),
    COMPLETE_AGENT((m, l) -> m.complete(l, HangupParty.AGENT), "COMPLETEAGENT"),
    TRANSFER((m, l) -> m.transfer(l, false), "BLINDTRANSFER", "TRANSFER"),
    ATTENDED_TRANSFER((m, l) -> m.transfer(l, true), "ATTENDEDTRANSFER"),
    ABANDON(QueueLogMapper::abandon, "ABANDON"),
    EXIT_TIMEOUT((m, l) -> m.exit(l, OverflowReason.TIMEOUT, 0), "EXITWITHTIMEOUT"),
    EXIT_EMPTY((m, l) -> m.exit(l, OverflowReason.EMPTY, 0), "EXITEMPTY"),
    EXIT_KEY((m, l) -> m.exit(l, OverflowReason.KEY, 1), "EXITWITHKEY"),
    WITHDRAW((m, l) -> m.exit(l, OverflowReason.TRANSFERRED, 0), "WITHDRAW"),
    FULL((m, l) -> m.reject(l, RejectReason.QUEUE_FULL), "FULL", "DIVERT_CA_RATIO", "DIVERT_HOLDTIME"),
    JOIN_EMPTY((m, l) -> m.reject(l, RejectReason.JOIN_EMPTY), "JOINEMPTY"),
    CLOSED((m, l) -> m.reject(l, RejectReason.QUEUE_CLOSED), "CLOSED"),
    RING_NO_ANSWER((m, l) -> m.missedRing(l, DataFields.millis(l, 0, "ringtime")), "RINGNOANSWER"),
    AGENT_DUMP((m, l) -> m.missedRing(l, 0), "AGENTDUMP"),
    ADD_MEMBER(QueueLogMapper::addMember, "ADDMEMBER"),
    REMOVE_MEMBER(QueueLogMapper::removeMember, "REMOVEMEMBER"),
    LOGIN(QueueLogMapper::login, "AGENTLOGIN", "AGENTCALLBACKLOGIN"),
    LOGOFF(QueueLogMapper::logoff, "AGENTLOGOFF", "AGENTCALLBACKLOGOFF"),
    PAUSE((m, l) -> m.pause(l, l.queue()), "PAUSE"),
    PAUSE_ALL((m, l) -> m.pause(l, null), "PAUSEALL"),
    UNPAUSE((m, l) -> m.unpause(l, l.queue()), "UNPAUSE"),
    UNPAUSE_ALL((m, l) -> m.unpause(l, null), "UNPAUSEALL");

    /** What one event name does to the mapper. */
    @FunctionalInterface
    interface Mapping {
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException;
    }

    static final Map<String, LineHandler> BY_EVENT = new HashMap<>();

    static {
        for (LineHandler h : values()) {
            for (String name : h.events) {
                BY_EVENT.put(name, h);
            }
        }
    }

    private final Mapping mapping;
    private final String[] events;

    LineHandler(Mapping mapping, String... events) {
        this.mapping = mapping;
        this.events = events;
    }

    void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
        mapping.map(m, l);
    }
}
