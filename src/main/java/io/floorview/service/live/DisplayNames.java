package io.floorview.service.live;

import io.floorview.domain.kpi.AgentView;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.QueueKpis;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names the phone system gave queues and agents, by id, as the live floor last saw them, so that screens
 * built from stored figures (which keep ids) show "Customer Support" and "Aisha Mensah" like the live floor,
 * not "support" and "a1002". Names are kept once seen (an agent who logged off keeps hers). Thread-safe: fed by
 * the snapshot publisher, read by the FX thread.
 */
public final class DisplayNames {

    private final Map<String, String> queues = new ConcurrentHashMap<>();
    private final Map<String, String> agents = new ConcurrentHashMap<>();

    public void update(FloorSnapshot s) {
        for (QueueKpis q : s.queues()) {
            if (q.name() != null && !q.name().isBlank() && !q.name().equals(q.queue())) {
                queues.put(q.queue(), q.name());
            }
        }
        for (AgentView a : s.agents()) {
            if (a.name() != null && !a.name().isBlank() && !a.name().equals(a.id())) {
                agents.put(a.id(), a.name());
            }
        }
    }

    /** The queue's name, else its id. */
    public String queue(String id) {
        return id == null ? null : queues.getOrDefault(id, id);
    }

    /** The agent's name, else the id. */
    public String agent(String id) {
        return id == null ? null : agents.getOrDefault(id, id);
    }
}
