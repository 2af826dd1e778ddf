package io.floorview.feed.asterisk.ami;

import io.floorview.feed.server.QueueMemberControl;
import java.util.List;

/**
 * Supervisors' commands carried out by Asterisk: pause and unpause in every queue ({@code QueuePause}), log out
 * as removal from each queue the agent serves ({@code QueueRemove}), over the AMI feed's own connection.
 */
public final class AmiQueueMemberControl implements QueueMemberControl {

    private final AmiFeed feed;

    public AmiQueueMemberControl(AmiFeed feed) {
        this.feed = feed;
    }

    @Override
    public Outcome pause(String agent, String reason) {
        return outcome(feed.pause(agent, null, reason));
    }

    @Override
    public Outcome unpause(String agent) {
        return outcome(feed.unpause(agent, null));
    }

    @Override
    public Outcome remove(String agent) {
        List<String> queues = feed.queuesOf(agent);
        if (queues.isEmpty()) {
            return Outcome.refused("Asterisk shows " + agent + " in no queue");
        }
        for (String q : queues) {
            AmiActions.ActionResult r = feed.remove(agent, q);
            if (!r.done()) {
                return outcome(r);
            }
        }
        return Outcome.done();
    }

    private Outcome outcome(AmiActions.ActionResult r) {
        if (r.done()) {
            return Outcome.done();
        }
        String why = r.message() == null ? "no reason given" : r.message();
        // not connected or no answer: the phone system could not be asked; anything else is its refusal
        return !feed.connected() || why.contains("did not answer") || why.startsWith("cannot ")
                ? Outcome.unreachable(why) : Outcome.refused(why);
    }
}
