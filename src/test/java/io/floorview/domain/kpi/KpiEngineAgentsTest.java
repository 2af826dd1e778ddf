package io.floorview.domain.kpi;

import static io.floorview.domain.kpi.KpiEngineCallsTest.agent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.floorview.domain.event.AgentState;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Handle time, occupancy, agents by state and the waiting list. */
class KpiEngineAgentsTest {

    /**
     * ann serves sales; bob serves sales and support.
     *
     * <pre>
     * 08:00:00  ann and bob log in (ready)
     * 08:30:00  bob not ready: break
     * 09:00:00  c1 enters sales
     * 09:00:10  ann answers c1 (on call)
     * 09:05:10  c1 ends: talk 280 s + hold 20 s; ann in wrap-up
     * 09:06:10  ann ends wrap-up of c1 after 60 s (ready)
     * 09:10:00  bob ready again
     * 09:10:00  c2 enters sales
     * 09:10:05  bob answers c2 (on call)
     * 09:13:05  c2 ends: talk 150 s + hold 30 s; bob in wrap-up
     * 09:15:05  bob ends wrap-up of c2 after 120 s (ready)
     * </pre>
     */
    private static Timeline twoCalls(String stopAt) {
        Timeline t = Timeline.utc("2026-03-10").at("07:00");
        t.start();
        t.at("08:00").loggedIn("ann", "Ann", "sales").loggedIn("bob", "Bob", "sales", "support");
        t.at("08:30").notReady("bob", "break");
        t.at("09:00:00").entered("c1", "sales");
        t.at("09:00:10").answered("c1", "sales", "ann").state("ann", AgentState.ON_CALL, null, "c1");
        t.at("09:05:10").ended("c1", "sales", "ann", 280_000, 20_000).state("ann", AgentState.WRAP_UP, null, "c1");
        t.at("09:06:10").wrapUpEnded("c1", "sales", "ann", 60_000).state("ann", AgentState.READY);
        t.at("09:10:00").state("bob", AgentState.READY).entered("c2", "sales");
        t.at("09:10:05").answered("c2", "sales", "bob").state("bob", AgentState.ON_CALL, null, "c2");
        t.at("09:13:05").ended("c2", "sales", "bob", 150_000, 30_000).state("bob", AgentState.WRAP_UP, null, "c2");
        if (stopAt.equals("09:14:00")) {
            return t.at(stopAt);
        }
        t.at("09:15:05").wrapUpEnded("c2", "sales", "bob", 120_000).state("bob", AgentState.READY);
        return t.at(stopAt);
    }

    @Test
    void aCallCountsInHandleTimeOnlyOnceItsWrapUpEnds() {
        // at 09:14:00 bob is still wrapping up c2: only c1 is handled
        FloorSnapshot s = twoCalls("09:14:00").snapshot();
        CallFigures sales = s.queue("sales").orElseThrow().today();

        assertThat(sales.answered()).isEqualTo(2);
        assertThat(sales.handled()).isEqualTo(1);
        // c1 alone: talk 280 s, hold 20 s, wrap 60 s → AHT 360 s
        assertThat(sales.avgTalkMs()).isEqualTo(280_000.0);
        assertThat(sales.avgHoldMs()).isEqualTo(20_000.0);
        assertThat(sales.avgWrapMs()).isEqualTo(60_000.0);
        assertThat(sales.ahtMs()).isEqualTo(360_000.0);
    }

    @Test
    void averageHandleTimeIsTalkPlusHoldPlusWrapUpPerHandledCall() {
        FloorSnapshot s = twoCalls("09:20:00").snapshot();

        for (QueueKpis q : new QueueKpis[] {s.queue("sales").orElseThrow(), s.center()}) {
            CallFigures f = q.today();
            assertThat(f.handled()).as(q.queue()).isEqualTo(2);
            // (280 + 150) / 2 = 215 s
            assertThat(f.avgTalkMs()).isEqualTo(215_000.0);
            // (20 + 30) / 2 = 25 s
            assertThat(f.avgHoldMs()).isEqualTo(25_000.0);
            // (60 + 120) / 2 = 90 s
            assertThat(f.avgWrapMs()).isEqualTo(90_000.0);
            // 215 + 25 + 90 = 330 s = (300 + 60 + 180 + 120) s / 2
            assertThat(f.ahtMs()).isEqualTo(330_000.0);
        }
        // support had no call
        assertThat(s.queue("support").orElseThrow().today().ahtMs()).isNull();
    }

    @Test
    void eachAgentsTimeTodayByState() {
        Timeline t = twoCalls("09:20:00");
        FloorSnapshot s = t.snapshot();

        AgentView ann = agent(s, "ann");
        // ready 08:00–09:00:10 (3610 s) + 09:06:10–09:20:00 (830 s) = 4440 s
        assertThat(ann.readyMsToday()).isEqualTo(4_440_000);
        // 09:00:10–09:05:10
        assertThat(ann.onCallMsToday()).isEqualTo(300_000);
        // 09:05:10–09:06:10
        assertThat(ann.wrapUpMsToday()).isEqualTo(60_000);
        assertThat(ann.notReadyMsToday()).isZero();
        assertThat(ann.state()).isEqualTo(AgentState.READY);
        assertThat(ann.stateSinceMs()).isEqualTo(t.ms("09:06:10"));

        AgentView bob = agent(s, "bob");
        // ready 08:00–08:30 (1800 s) + 09:10:00–09:10:05 (5 s) + 09:15:05–09:20:00 (295 s) = 2100 s
        assertThat(bob.readyMsToday()).isEqualTo(2_100_000);
        // 09:10:05–09:13:05
        assertThat(bob.onCallMsToday()).isEqualTo(180_000);
        // 09:13:05–09:15:05
        assertThat(bob.wrapUpMsToday()).isEqualTo(120_000);
        // 08:30–09:10
        assertThat(bob.notReadyMsToday()).isEqualTo(2_400_000);
    }

    @Test
    void occupancyIsHandleTimeOverHandlePlusReadyWithNotReadyLeftOut() {
        FloorSnapshot s = twoCalls("09:20:00").snapshot();

        // sales (ann + bob): handle = (300 + 60) + (180 + 120) = 660 s, ready = 4440 + 2100 = 6540 s
        // 660 / (660 + 6540) = 660 / 7200; bob's 2400 s of break are in neither
        assertThat(s.queue("sales").orElseThrow().occupancy()).isCloseTo(660.0 / 7200, within(1e-12));
        // support (bob only): 300 / (300 + 2100) = 300 / 2400 = 12.5 %
        assertThat(s.queue("support").orElseThrow().occupancy()).isCloseTo(0.125, within(1e-12));
        // all queues: the same two agents as sales
        assertThat(s.center().occupancy()).isCloseTo(660.0 / 7200, within(1e-12));
    }

    @Test
    void occupancyWhileOnACallCountsTheCallSoFar() {
        // at 09:14:00 bob has been in wrap-up for 55 s (since 09:13:05)
        FloorSnapshot s = twoCalls("09:14:00").snapshot();

        // bob: handle 180 + 55 = 235 s; ready 1800 + 5 = 1805 s → support = 235 / 2040
        assertThat(s.queue("support").orElseThrow().occupancy()).isCloseTo(235.0 / 2040, within(1e-12));
        AgentView bob = agent(s, "bob");
        assertThat(bob.state()).isEqualTo(AgentState.WRAP_UP);
        assertThat(bob.callId()).isEqualTo("c2");
        assertThat(bob.wrapUpMsToday()).isEqualTo(55_000);
    }

    @Test
    void agentsByStateAndNotReadyByReasonPerQueueAndForAllQueues() {
        Timeline t = Timeline.utc("2026-03-10").at("07:00");
        t.start();
        t.at("08:00")
                .loggedIn("ann", "Ann", "sales")
                .loggedIn("bob", "Bob", "sales", "support")
                .loggedIn("cid", "Cid", "sales")
                .loggedIn("dan", "Dan", "support")
                .loggedIn("eve", "Eve", "support")
                .loggedIn("fay", "Fay", "support")
                .loggedIn("gus", "Gus", "sales");
        t.at("09:00")
                .state("bob", AgentState.ON_CALL, null, "c1")
                .notReady("cid", "lunch")
                .notReady("dan", "training")
                .notReady("eve", "lunch")
                .state("fay", AgentState.WRAP_UP, null, "c0")
                .loggedOut("gus");

        FloorSnapshot s = t.snapshotAt("09:30");

        // ann ready, bob on call, fay wrap-up, cid + dan + eve not ready, gus logged out
        AgentsByState all = s.center().agents();
        assertThat(all).isEqualTo(new AgentsByState(1, 1, 1, 3, 1, Map.of("lunch", 2, "training", 1)));
        assertThat(all.loggedIn()).isEqualTo(6);
        assertThat(all.notReadyByReasonSorted().keySet()).containsExactly("lunch", "training");
        // sales: ann ready, bob on call, cid lunch, gus out
        assertThat(s.queue("sales").orElseThrow().agents())
                .isEqualTo(new AgentsByState(1, 1, 0, 1, 1, Map.of("lunch", 1)));
        // support: bob on call, fay wrap-up, dan training, eve lunch
        assertThat(s.queue("support").orElseThrow().agents())
                .isEqualTo(new AgentsByState(0, 1, 1, 2, 0, Map.of("lunch", 1, "training", 1)));
        // the agent board is sorted by name
        assertThat(s.agents()).extracting(AgentView::displayName)
                .containsExactly("Ann", "Bob", "Cid", "Dan", "Eve", "Fay", "Gus");
        AgentView eve = agent(s, "eve");
        assertThat(eve.reason()).isEqualTo("lunch");
        assertThat(eve.queues()).containsExactly("support");
        // not ready since 09:00, ready 08:00–09:00
        assertThat(eve.notReadyMsToday()).isEqualTo(1_800_000);
        assertThat(eve.readyMsToday()).isEqualTo(3_600_000);
    }

    @Test
    void aNotReadyReasonIsForgottenWhenTheAgentMovesOn() {
        Timeline t = Timeline.utc("2026-03-10").at("07:00");
        t.start();
        t.at("08:00").loggedIn("ann", null, "sales").notReady("ann", "lunch");
        t.at("08:30").state("ann", AgentState.READY);

        AgentView ann = agent(t.snapshotAt("09:00"), "ann");

        assertThat(ann.state()).isEqualTo(AgentState.READY);
        assertThat(ann.reason()).isNull();
        // no name given: the board shows the id
        assertThat(ann.displayName()).isEqualTo("ann");
    }

    @Test
    void waitingCallsOldestFirstPerQueueAndForAllQueues() {
        Timeline t = Timeline.utc("2026-03-10").at("07:00");
        t.start();
        t.at("09:00:00").entered("s1", "sales", 1);
        t.at("09:00:20").entered("p1", "support", 1);
        t.at("09:00:40").entered("s2", "sales", 2);
        t.at("09:01:00").entered("p2", "support", 2);
        t.at("09:01:10").entered("s3", "sales", 3);
        // the head of sales is answered: s2 is now the oldest there
        t.at("09:01:30").answered("s1", "sales", "ann");

        FloorSnapshot s = t.snapshotAt("09:02:00");

        QueueKpis sales = s.queue("sales").orElseThrow();
        assertThat(sales.waitingCalls()).extracting(WaitingCall::callId).containsExactly("s2", "s3");
        // s2 since 09:00:40 → 80 s
        assertThat(sales.longestWaitMs()).isEqualTo(80_000);
        assertThat(sales.waitingCalls().get(0).waitMs(s.asOfMs())).isEqualTo(80_000);
        QueueKpis support = s.queue("support").orElseThrow();
        assertThat(support.waitingCalls()).extracting(WaitingCall::callId).containsExactly("p1", "p2");
        // p1 since 09:00:20 → 100 s
        assertThat(support.longestWaitMs()).isEqualTo(100_000);
        // all queues: by time of entry across both queues
        QueueKpis all = s.center();
        assertThat(all.waiting()).isEqualTo(4);
        assertThat(all.waitingCalls()).extracting(WaitingCall::callId).containsExactly("p1", "s2", "p2", "s3");
        assertThat(all.longestWaitMs()).isEqualTo(100_000);
        // four callers on lines, s1 talking: five
        assertThat(s.linesInUse()).isEqualTo(5);
    }
    @Test
    void theCurrentCallOfAnAgentCarriesItsCallerAndQueueUntilItsWorkIsDone() {
        Timeline t = Timeline.utc("2026-03-10").at("07:00");
        t.start();
        t.at("08:00").configured("sales", "Sales", 20, 80).loggedIn("ann", "Ann", "sales")
                .loggedIn("bob", "Bob", "sales", "support");
        t.at("09:00:00").entered("c1", "sales").entered("c2", "support");
        FloorSnapshot waiting = t.snapshotAt("09:00:05");
        String c1Caller = waiting.queue("sales").orElseThrow().waitingCalls().get(0).caller();
        String c2Caller = waiting.queue("support").orElseThrow().waitingCalls().get(0).caller();
        assertThat(c1Caller).isNotBlank();
        // ann's answer comes before her state; bob's state comes before his answer
        t.at("09:00:10").answered("c1", "sales", "ann").state("ann", AgentState.ON_CALL, null, "c1");
        t.at("09:00:12").state("bob", AgentState.ON_CALL, null, "c2").answered("c2", "support", "bob");

        FloorSnapshot talking = t.snapshotAt("09:01:00");
        AgentView ann = agent(talking, "ann");
        assertThat(ann.callId()).isEqualTo("c1");
        assertThat(ann.callCaller()).isEqualTo(c1Caller);
        assertThat(ann.callQueueName()).as("the queue's name, not its id").isEqualTo("Sales");
        AgentView bob = agent(talking, "bob");
        assertThat(bob.callCaller()).isEqualTo(c2Caller);
        assertThat(bob.callQueueName()).as("a queue without a name shows its id").isEqualTo("support");

        // after the call, during wrap-up, the call is still the agent's
        t.at("09:05:10").ended("c1", "sales", "ann", 300_000, 0).state("ann", AgentState.WRAP_UP, null, "c1");
        assertThat(agent(t.snapshot(), "ann").callCaller()).isEqualTo(c1Caller);
        // once its work is done, nothing is left of it, even before the state follows
        t.at("09:06:10").wrapUpEnded("c1", "sales", "ann", 60_000);
        AgentView done = agent(t.snapshot(), "ann");
        assertThat(done.callCaller()).isNull();
        assertThat(done.callQueueName()).isNull();
        t.state("ann", AgentState.READY);
        assertThat(agent(t.snapshot(), "ann").callId()).isNull();
        // bob leaves the call for not ready without wrap-up: cleared with the state
        t.at("09:07:00").ended("c2", "support", "bob", 408_000, 0).notReady("bob", "break");
        AgentView away = agent(t.snapshot(), "bob");
        assertThat(away.callCaller()).isNull();
        assertThat(away.callQueueName()).isNull();
        // a new call replaces the old one's caller, never mixes them
        t.at("09:10:00").state("ann", AgentState.ON_CALL, null, "c9");
        assertThat(agent(t.snapshot(), "ann").callCaller()).as("c9 was never answered as far as the feed says")
                .isNull();
    }
}
