package io.floorview.feed.asterisk.queuelog;

import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import java.util.HashMap;
import java.util.Map;

/**
 * What each event name does. A table rather than one switch: a line costs one lookup, and each event's
 * handling stays a method of its own for the JIT (one method holding every case was the costliest to
 * compile of a whole report, and ran unoptimised for most of a large file while it waited for that).
 */
enum LineHandler {
    ENTER("ENTERQUEUE") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.enter(l);
        }
    },
    CONNECT("CONNECT") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.connect(l);
        }
    },
    COMPLETE_CALLER("COMPLETECALLER") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.complete(l, HangupParty.CALLER);
        }
    },
    COMPLETE_AGENT("COMPLETEAGENT") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.complete(l, HangupParty.AGENT);
        }
    },
    TRANSFER("BLINDTRANSFER", "TRANSFER") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.transfer(l, false);
        }
    },
    ATTENDED_TRANSFER("ATTENDEDTRANSFER") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.transfer(l, true);
        }
    },
    ABANDON("ABANDON") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.abandon(l);
        }
    },
    EXIT_TIMEOUT("EXITWITHTIMEOUT") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.exit(l, OverflowReason.TIMEOUT, 0);
        }
    },
    EXIT_EMPTY("EXITEMPTY") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.exit(l, OverflowReason.EMPTY, 0);
        }
    },
    EXIT_KEY("EXITWITHKEY") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.exit(l, OverflowReason.KEY, 1);
        }
    },
    WITHDRAW("WITHDRAW") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.exit(l, OverflowReason.TRANSFERRED, 0);
        }
    },
    FULL("FULL", "DIVERT_CA_RATIO", "DIVERT_HOLDTIME") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.reject(l, RejectReason.QUEUE_FULL);
        }
    },
    JOIN_EMPTY("JOINEMPTY") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.reject(l, RejectReason.JOIN_EMPTY);
        }
    },
    CLOSED("CLOSED") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.reject(l, RejectReason.QUEUE_CLOSED);
        }
    },
    RING_NO_ANSWER("RINGNOANSWER") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.missedRing(l, DataFields.millis(l, 0, "ringtime"));
        }
    },
    AGENT_DUMP("AGENTDUMP") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.missedRing(l, 0);
        }
    },
    ADD_MEMBER("ADDMEMBER") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.addMember(l);
        }
    },
    REMOVE_MEMBER("REMOVEMEMBER") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.removeMember(l);
        }
    },
    LOGIN("AGENTLOGIN", "AGENTCALLBACKLOGIN") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.login(l);
        }
    },
    LOGOFF("AGENTLOGOFF", "AGENTCALLBACKLOGOFF") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.logoff(l);
        }
    },
    PAUSE("PAUSE") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.pause(l, l.queue());
        }
    },
    PAUSE_ALL("PAUSEALL") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.pause(l, null);
        }
    },
    UNPAUSE("UNPAUSE") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.unpause(l, l.queue());
        }
    },
    UNPAUSE_ALL("UNPAUSEALL") {
        @Override
        void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException {
            m.unpause(l, null);
        }
    };

    static final Map<String, LineHandler> BY_EVENT = new HashMap<>();

    static {
        for (LineHandler h : values()) {
            for (String name : h.events) {
                BY_EVENT.put(name, h);
            }
        }
    }

    private final String[] events;

    LineHandler(String... events) {
        this.events = events;
    }

    abstract void map(QueueLogMapper m, QueueLogLine l) throws QueueLogLineException;
}
