package io.floorview.feed.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who gets which call: the longest-waiting call of an agent's queues, the longest-idle agent of a queue. */
class RoutingTest {

    private final SimulatorConfig config = SimulatorConfig.defaults(1, SimRuns.BRUSSELS);
    private final List<QueueSpec> queues = QueueCatalog.build(config);
    private final QueueSpec sales = queues.get(0);
    private final QueueSpec support = queues.get(1);
    private final QueueSpec billing = queues.get(2);
    private final AgentProfile salesAndBilling = new AgentProfile(0, "a1001", "Ann Lee", "Team North",
            List.of(sales, billing), false);
    private final AgentProfile supportOnly = new AgentProfile(1, "a1002", "Bo Chen", "Team North",
            List.of(support), false);
    private final AgentProfile salesOnly = new AgentProfile(2, "a1003", "Cy Diaz", "Team South",
            List.of(sales), false);
    private Floor floor;
    private Routing routing;
    private long serial;

    @BeforeEach
    void setUp() {
        floor = new Floor(queues, List.of(salesAndBilling, supportOnly, salesOnly), 30);
        routing = new Routing(new Scheduler(0), floor, new RandomStreams(1, queues.size()));
    }

    @Test
    void aReadyAgentTakesTheLongestWaitingCallOfItsQueuesThatIsNotRingingElsewhere() {
        SimCall ringingElsewhere = waiting(sales, 100);
        ringingElsewhere.status = SimCall.Status.RINGING;
        waiting(sales, 900);
        SimCall oldestBilling = waiting(billing, 500);
        waiting(support, 50); // older, but not one of the agent's queues

        SimAgent agent = idle(salesAndBilling);
        routing.offer(agent);

        assertThat(agent.status).isEqualTo(SimAgent.Status.RINGING);
        assertThat(agent.call).isSameAs(oldestBilling);
        assertThat(oldestBilling.status).isEqualTo(SimCall.Status.RINGING);
        assertThat(oldestBilling.agent).isSameAs(agent);
        assertThat(floor.idle).doesNotContain(agent);
    }

    @Test
    void aNewCallRingsTheLongestIdleAgentWhoServesItsQueue() {
        SimAgent supportAgent = idle(supportOnly);
        SimAgent idleLonger = idle(salesOnly);
        SimAgent idleShorter = idle(salesAndBilling);

        SimCall call = waiting(sales, 1000);
        routing.offer(call);

        assertThat(call.agent).isSameAs(idleLonger);
        assertThat(supportAgent.status).isEqualTo(SimAgent.Status.IDLE);
        assertThat(idleShorter.status).isEqualTo(SimAgent.Status.IDLE);
        assertThat(floor.idle).containsExactly(supportAgent, idleShorter);
    }

    @Test
    void stoppingTheRingingHandsTheAgentBack() {
        SimAgent agent = idle(salesOnly);
        SimCall call = waiting(sales, 10);
        routing.offer(call);
        assertThat(routing.stopRinging(call)).isSameAs(agent);
        assertThat(call.status).isEqualTo(SimCall.Status.WAITING);
        assertThat(call.agent).isNull();
        assertThat(agent.call).isNull();
        assertThat(routing.stopRinging(call)).isNull();
    }

    private SimCall waiting(QueueSpec q, long enteredMs) {
        SimCall c = new SimCall("c" + (++serial), null, serial, false);
        c.queue = q;
        c.enteredQueueMs = enteredMs;
        floor.waiting(q).add(c);
        return c;
    }

    private SimAgent idle(AgentProfile p) {
        SimAgent a = floor.agents.get(p.index());
        a.become(SimAgent.Status.IDLE);
        floor.idle.add(a);
        return a;
    }
}
