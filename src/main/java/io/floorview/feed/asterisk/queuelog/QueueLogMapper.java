package io.floorview.feed.asterisk.queuelog;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.CallAbandoned;
import io.floorview.domain.event.FeedEvent.CallAnswered;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.CallRejected;
import io.floorview.domain.event.FeedEvent.CallTransferred;
import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns queue_log lines into feed events, numbered 1, 2, 3 … in the order of the lines: the same lines
 * always give the same events with the same seqs, and more lines only add events after them.
 * The mapping is described in {@code docs/asterisk-queue-log.md}. A line that does not make sense is
 * refused with a {@link QueueLogLineException} and changes nothing; lines that are not about calls or agents
 * ({@link Outcome#IGNORED}) and events Floorview does not know ({@link Outcome#UNKNOWN}) give no event.
 * Not thread-safe.
 */
public final class QueueLogMapper {

    public enum Outcome { MAPPED, IGNORED, UNKNOWN }

    /** Events that are no call or agent event; they are counted by name, not set aside. */
    static final Set<String> NOT_CALL_EVENTS = Set.of("QUEUESTART", "CONFIGRELOAD", "DID", "INFO", "SYSCOMPAT",
            "PENALTY", "RINGINUSE", "RINGCANCELED");

    private final QueueLogOptions options;
    private final EventOutput out;
    private final AgentBook agents;
    private final CallBook calls;
    private long latestTs = Long.MIN_VALUE;

    public QueueLogMapper(QueueLogOptions options, Consumer<FeedEvent> events) {
        this.options = options;
        this.out = new EventOutput(events);
        this.agents = new AgentBook(out, options);
        this.calls = new CallBook(out, agents);
    }

    /** The seq of the last event handed on (events may wait for a later line, see {@link EventOutput}). */
    public long lastSeq() {
        return out.lastSeq();
    }

    /** Maps one line; its events go to the consumer now or, when held, with a later line. */
    public Outcome map(QueueLogLine l) throws QueueLogLineException {
        LineHandler h = LineHandler.BY_EVENT.get(l.event());
        if (h == null) {
            return notMapped(l);
        }
        h.map(this, l);
        return Outcome.MAPPED;
    }

    /** A line that is no call or agent event: time passes all the same; counted by name. */
    private Outcome notMapped(QueueLogLine l) {
        long before = latestTs;
        begin(l, null);
        if (!NOT_CALL_EVENTS.contains(l.event())) {
            return Outcome.UNKNOWN;
        }
        if (l.event().equals("QUEUESTART")) {
            // Asterisk (re)started: the calls it had are gone, as of the last line written before
            calls.closeAll(before == Long.MIN_VALUE ? l.ts() : before);
        }
        return Outcome.IGNORED;
    }

    void addMember(QueueLogLine l) throws QueueLogLineException {
        String agent = need(l.agent(), l, "an agent");
        String queue = need(l.queue(), l, "a queue");
        begin(l, null);
        agents.addMember(agent, queue, "PAUSED".equalsIgnoreCase(l.data(0)), l.ts());
    }

    void removeMember(QueueLogLine l) throws QueueLogLineException {
        String agent = need(l.agent(), l, "an agent");
        String queue = need(l.queue(), l, "a queue");
        begin(l, null);
        agents.removeMember(agent, queue, l.ts());
    }

    void login(QueueLogLine l) throws QueueLogLineException {
        String agent = need(l.agent(), l, "an agent");
        begin(l, null);
        agents.login(agent, l.ts());
    }

    void logoff(QueueLogLine l) throws QueueLogLineException {
        String agent = need(l.agent(), l, "an agent");
        begin(l, null);
        agents.logout(agent, l.ts());
    }

    /** PAUSE pauses the agent in {@code queue}; PAUSEALL ({@code null}) everywhere. */
    void pause(QueueLogLine l, String queue) throws QueueLogLineException {
        String agent = need(l.agent(), l, "an agent");
        begin(l, null);
        agents.pause(agent, queue, DataFields.text(l, 0), l.ts());
    }

    void unpause(QueueLogLine l, String queue) throws QueueLogLineException {
        String agent = need(l.agent(), l, "an agent");
        begin(l, null);
        agents.unpause(agent, queue, l.ts());
    }

    /** Lets time pass without a line (a live file that is quiet): closes overflows and wrap-ups due by now. */
    public void tick(long nowMs) {
        out.expire(nowMs, options.overflowWindowMs());
        agents.fireDue(nowMs);
    }

    /**
     * The input ended: overflows still waiting for a next line are handed on without a target. Wrap-ups
     * still running stay open (a file that grows later ends them at the same place).
     */
    public void finish() {
        out.flush();
    }

    /** Whether events are waiting for a later line. */
    public boolean holding() {
        return out.holding();
    }

    /** What every mapped line does first: time passes, and a held overflow of the same call learns its fate. */
    private void begin(QueueLogLine l, String wentTo) {
        long ts = l.ts();
        out.expire(ts, options.overflowWindowMs());
        agents.fireDue(ts);
        calls.sweep(ts);
        if (l.callId() != null) {
            EventOutput.Hold h = out.openHold(l.callId());
            if (h != null) {
                out.resolve(h, wentTo);
            }
        }
        latestTs = Math.max(latestTs, ts);
    }

    void enter(QueueLogLine l) throws QueueLogLineException {
        String callId = need(l.callId(), l, "a call id");
        String queue = need(l.queue(), l, "a queue");
        int position = DataFields.position(l, 2, "origposition");
        calls.checkEntry(l, callId, queue);
        begin(l, queue);
        calls.entered(callId, queue, l.ts(), position);
        out.emit(new CallEntered(out.next(), l.ts(), callId, queue, DataFields.text(l, 1), position));
    }

    void connect(QueueLogLine l) throws QueueLogLineException {
        String callId = need(l.callId(), l, "a call id");
        String queue = need(l.queue(), l, "a queue");
        String agent = need(l.agent(), l, "an agent");
        long hold = DataFields.seconds(l, 0, "holdtime");
        long waitMs = hold >= 0 ? hold * 1000 : calls.waitedSoFar(l, callId, queue);
        calls.checkAnswer(l, callId);
        begin(l, null);
        agents.working(agent, queue, l.ts());
        calls.answered(callId, queue, agent, l.ts(), waitMs);
        out.emit(new CallAnswered(out.next(), l.ts(), callId, queue, agent, waitMs));
        agents.onCall(agent, callId, l.ts());
    }

    void complete(QueueLogLine l, HangupParty by) throws QueueLogLineException {
        String callId = need(l.callId(), l, "a call id");
        calls.checkNotOver(l, callId);
        long hold = DataFields.seconds(l, 0, "holdtime");
        long talk = DataFields.seconds(l, 1, "calltime");
        long talkMs = talk >= 0 ? talk * 1000 : calls.talkedSoFar(l, callId);
        begin(l, null);
        calls.ended(callId, l.queue(), l.agent(), l.ts(), talkMs, hold < 0 ? -1 : hold * 1000, by);
    }

    void transfer(QueueLogLine l, boolean attended) throws QueueLogLineException {
        String callId = need(l.callId(), l, "a call id");
        calls.checkNotOver(l, callId);
        String target;
        int last = l.dataCount() - 1;
        long talk;
        long hold;
        if (attended) {
            // method|method-data[|second channel]|holdtime|calltime|origposition: the numbers are the last three
            String method = l.data(0);
            target = switch (method) {
                case "LINK" -> l.data(2);
                case "BRIDGE" -> "bridge " + l.data(1);
                case "APP" -> "app " + l.data(1);
                default -> (method + " " + l.data(1)).trim();
            };
            talk = last >= 4 ? DataFields.seconds(l, last - 1, "calltime") : -1;
            hold = last >= 4 ? DataFields.seconds(l, last - 2, "holdtime") : -1;
        } else {
            String ext = l.data(0);
            String context = l.data(1);
            target = context.isEmpty() ? ext : ext + "@" + context;
            talk = DataFields.seconds(l, 3, "calltime");
            hold = DataFields.seconds(l, 2, "holdtime");
        }
        if (target.isBlank()) {
            target = "unknown";
        }
        long talkMs = talk >= 0 ? talk * 1000 : calls.talkedSoFar(l, callId);
        begin(l, null);
        String agent = l.agent() != null ? l.agent() : calls.agentOf(callId);
        String queue = l.queue() != null ? l.queue() : calls.queueOf(callId);
        out.emit(new CallTransferred(out.next(), l.ts(), callId, queue, agent, target, attended));
        calls.ended(callId, queue, agent, l.ts(), talkMs, hold < 0 ? -1 : hold * 1000, HangupParty.AGENT);
    }

    void abandon(QueueLogLine l) throws QueueLogLineException {
        String callId = need(l.callId(), l, "a call id");
        String queue = need(l.queue(), l, "a queue");
        calls.checkNotOver(l, callId);
        int position = DataFields.position(l, 0, "position");
        int entry = DataFields.position(l, 1, "origposition");
        long wait = DataFields.seconds(l, 2, "waittime");
        long waitMs = wait >= 0 ? wait * 1000 : calls.waitedSoFar(l, callId, queue);
        int entryPosition = entry > 0 ? entry : calls.entryPositionOr(callId, 0);
        begin(l, null);
        calls.left(callId, queue, l.ts());
        out.emit(new CallAbandoned(out.next(), l.ts(), callId, queue, waitMs, position, entryPosition));
    }

    /** EXITWITH*: position|origposition|waittime, after the key for EXITWITHKEY ({@code skip} = 1). */
    void exit(QueueLogLine l, OverflowReason reason, int skip) throws QueueLogLineException {
        String callId = need(l.callId(), l, "a call id");
        String queue = need(l.queue(), l, "a queue");
        calls.checkNotOver(l, callId);
        int position = DataFields.position(l, skip, "position");
        long wait = DataFields.seconds(l, skip + 2, "waittime");
        long waitMs = wait >= 0 ? wait * 1000 : calls.waitedSoFar(l, callId, queue);
        begin(l, null);
        calls.left(callId, queue, l.ts());
        out.hold(new EventOutput.Hold(callId, queue, reason, l.ts(), waitMs, position));
    }

    void reject(QueueLogLine l, RejectReason reason) throws QueueLogLineException {
        String callId = need(l.callId(), l, "a call id");
        begin(l, l.queue());
        out.emit(new CallRejected(out.next(), l.ts(), callId, l.queue(), null, reason));
    }

    void missedRing(QueueLogLine l, long ringMs) throws QueueLogLineException {
        String agent = need(l.agent(), l, "an agent");
        begin(l, null);
        agents.working(agent, l.queue(), l.ts());
        out.emit(new FeedEvent.RingNoAnswer(out.next(), l.ts(), l.callId(), l.queue(), agent, Math.max(0, ringMs)));
    }

    private static String need(String value, QueueLogLine l, String what) throws QueueLogLineException {
        if (value == null) {
            throw new QueueLogLineException(l.event() + " without " + what + " (the field is empty or NONE)");
        }
        return value;
    }
}
