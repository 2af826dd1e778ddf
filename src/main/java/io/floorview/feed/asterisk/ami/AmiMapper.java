package io.floorview.feed.asterisk.ami;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.QueueConfigured;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps AMI events onto the feed's vocabulary (see {@code docs/asterisk-ami.md} for the table). Everything
 * that is not about queues, their members and their callers (channel noise: {@code Newchannel},
 * {@code VarSet} of other variables, {@code Newexten}, RTCP, …) is ignored. A QueueStatus answer is taken in
 * as the starting state between {@link #beginSync()} and its {@code QueueStatusComplete}, and only what
 * differs from what the feed already said is emitted. Not thread-safe: the feed's thread owns it.
 */
final class AmiMapper {

    private static final Logger LOG = LoggerFactory.getLogger(AmiMapper.class);

    private final Emitter out;
    private final AgentTracker agents;
    private final CallTracker calls;
    /** Queue → the service-level threshold last announced. */
    private final Map<String, Integer> configured = new HashMap<>();
    private boolean sawChannelEvents;
    private boolean warnedNoChannelEvents;

    AmiMapper(Emitter out, ToIntFunction<String> wrapUpSecOf) {
        this.out = out;
        this.agents = new AgentTracker(out, wrapUpSecOf);
        this.calls = new CallTracker(out, agents::anyonePresent);
    }

    /** Takes in one AMI event. */
    void on(AmiMessage m) {
        switch (m.name().toLowerCase(Locale.ROOT)) {
            case "queuecallerjoin", "join" -> calls.joined(m);
            case "queuecallerabandon" -> calls.abandonRaised(m);
            case "queuecallerleave", "leave" -> {
                calls.left(m);
                warnIfBlindToHangups(m);
            }
            case "agentconnect" -> {
                CallTracker.Connected c = calls.answered(m);
                if (c != null) {
                    agents.connected(m, c.callId(), c.queue());
                }
            }
            case "agentcomplete" -> {
                CallTracker.Connected c = calls.completed(m);
                if (c != null) {
                    agents.completed(c.agent(), c.callId(), c.queue(), m.ts(), m.received());
                }
            }
            case "agentringnoanswer" -> calls.ringNoAnswer(m);
            case "queuememberstatus", "queuememberadded", "queuemember" -> agents.member(m);
            case "queuememberremoved" -> agents.removed(m);
            case "queuememberpause", "queuememberpaused" -> agents.paused(m);
            case "hanguprequest", "hangup" -> {
                sawChannelEvents = true;
                calls.hungUp(m);
            }
            case "softhanguprequest" -> {
                sawChannelEvents = true;
                calls.stoppedBySystem(m);
            }
            case "newchannel" -> sawChannelEvents = true;
            case "varset" -> calls.queueStatus(m);
            case "queueparams" -> queueParams(m);
            case "queueentry" -> calls.waitingNow(m);
            case "queuestatuscomplete" -> endSync(m.ts(), m.received());
            default -> {
                // AgentCalled (a member's phone rings) and everything else move nothing the feed shows
            }
        }
    }

    /** The feed's clock reached {@code nowMs}: settles the exits and ends the after-call work that are due. */
    void tick(long nowMs) {
        calls.tick(nowMs);
        agents.tick(nowMs);
    }

    /** A QueueStatus is on its way: what it does not confirm will be taken as gone. */
    void beginSync() {
        calls.beginSync();
        agents.beginSync();
    }

    private void endSync(long ts, long nowMs) {
        for (AgentTracker.OpenCall stale : agents.endSync(ts)) {
            calls.closeMissed(stale.callId(), ts);
            agents.completed(stale.agent(), stale.callId(), stale.queue(), ts, nowMs);
        }
        calls.endSync(ts);
    }

    /** {@code QueueParams}: the queue exists; its {@code ServiceLevel} is the threshold of its statistics. */
    private void queueParams(AmiMessage m) {
        String queue = m.get("queue");
        if (queue == null) {
            return;
        }
        int threshold = (int) m.number(0, "servicelevel");
        Integer before = configured.put(queue, threshold);
        if (before == null || before != threshold) {
            // Asterisk has a threshold but no target percentage: the target stays unknown (0)
            out.emit(new QueueConfigured(0, m.ts(), queue, null, threshold, 0));
        }
    }

    private void warnIfBlindToHangups(AmiMessage m) {
        if (!sawChannelEvents && !warnedNoChannelEvents) {
            warnedNoChannelEvents = true;
            LOG.warn("no channel event (Newchannel, Hangup) has come from Asterisk: if the manager user cannot read"
                    + " 'call' events, callers who hang up cannot be told from timeouts (queue {})", m.get("queue"));
        }
    }

    /** What the feed last said of {@code agent}: its state and queues. Any thread. */
    Optional<AgentTracker.Visible> visibleOf(String agent) {
        return agents.visibleOf(agent);
    }

    /** The interface Asterisk knows {@code agent} by, if it has been seen. */
    Optional<String> interfaceOf(String agent) {
        return agents.interfaceOf(agent);
    }

    /** Takes in an event this feed published before a restart, so that the feed goes on from what it said. */
    void restore(FeedEvent e) {
        if (e instanceof QueueConfigured q) {
            configured.put(q.queue(), q.slThresholdSec());
        }
        calls.restore(e);
        agents.restore(e);
    }
}
