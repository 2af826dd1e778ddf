package io.floorview.feed.sim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** What the simulated center holds right now: who waits in which queue, who is logged in, the lines in use. */
final class Floor {

    final List<QueueSpec> queues;
    final List<SimAgent> agents;
    final int lines;
    int linesInUse;
    /** Waiting callers of each queue (ringing ones included), in order of entry: the head is position 1. */
    private final List<List<SimCall>> waiting;
    /** Logged-in agents serving each queue. */
    private final int[] loggedIn;
    /** Ready agents without a call, the longest idle first. */
    final LinkedHashSet<SimAgent> idle = new LinkedHashSet<>();

    Floor(List<QueueSpec> queues, List<AgentProfile> roster, int lines) {
        this.queues = queues;
        this.lines = lines;
        this.agents = roster.stream().map(SimAgent::new).toList();
        this.waiting = new ArrayList<>(queues.size());
        for (int i = 0; i < queues.size(); i++) {
            waiting.add(new ArrayList<>());
        }
        this.loggedIn = new int[queues.size()];
    }

    List<SimCall> waiting(QueueSpec q) {
        return waiting.get(q.index());
    }

    /** 1 for the head of its queue. */
    int position(SimCall call) {
        return waiting(call.queue).indexOf(call) + 1;
    }

    int loggedIn(QueueSpec q) {
        return loggedIn[q.index()];
    }

    void loggedIn(AgentProfile a, int delta) {
        for (QueueSpec q : a.skills()) {
            loggedIn[q.index()] += delta;
        }
    }

    /** A call already on a line may move into {@code q}: someone serves it and it has room. */
    boolean canEnter(QueueSpec q) {
        return q != null && loggedIn(q) > 0 && waiting(q).size() < q.maxLength();
    }

    /** The queue a call leaving {@code q} moves on to, when it can enter it; else null. */
    QueueSpec overflowTarget(QueueSpec q) {
        QueueSpec target = q.overflowTo() < 0 ? null : queues.get(q.overflowTo());
        return canEnter(target) ? target : null;
    }
}
