package io.floorview.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedIn;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.CallAbandoned;
import io.floorview.domain.event.FeedEvent.CallAnswered;
import io.floorview.domain.event.FeedEvent.CallEnded;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.CallOverflowed;
import io.floorview.domain.event.FeedEvent.WrapUpEnded;
import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.kpi.AbandonRateFormula;
import io.floorview.domain.kpi.CallAccounting;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.KpiEngine;
import io.floorview.domain.kpi.QueueKpis;
import io.floorview.domain.kpi.ServiceLevelFormula;
import io.floorview.feed.sim.CallCenterSimulator;
import io.floorview.feed.sim.SimulatorConfig;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportEngineTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static long at(String hhmmss) {
        return LocalDateTime.of(DAY, java.time.LocalTime.parse(hhmmss)).atZone(ROME).toInstant().toEpochMilli();
    }

    /**
     * Four calls to "sales" and one agent:
     * 09:10:00 enters, answered at 09:10:10 (10 s), talk 60 s, wrap 20 s;
     * 09:20:00 enters, hangs up at 09:20:03 (a short abandon);
     * 09:40:00 enters, answered at 09:40:30 (30 s), talk 120 s, hold 10 s, wrap 0;
     * 09:50:00 enters, times out at 09:52:00 and leaves the center.
     */
    private static List<FeedEvent> morning() {
        List<FeedEvent> e = new ArrayList<>();
        e.add(new AgentLoggedIn(1, at("09:00:00"), "a1", "Anna", "North", List.of("sales")));
        e.add(new CallEntered(2, at("09:10:00"), "c1", "sales", "+3901", 1));
        e.add(new CallAnswered(3, at("09:10:10"), "c1", "sales", "a1", 10_000));
        e.add(new AgentStateChanged(4, at("09:10:10"), "a1", AgentState.ON_CALL, null, "c1"));
        e.add(new CallEnded(5, at("09:11:10"), "c1", "sales", "a1", 60_000, 0, HangupParty.CALLER));
        e.add(new AgentStateChanged(6, at("09:11:10"), "a1", AgentState.WRAP_UP, null, "c1"));
        e.add(new WrapUpEnded(7, at("09:11:30"), "c1", "sales", "a1", 20_000));
        e.add(new AgentStateChanged(8, at("09:11:30"), "a1", AgentState.READY, null, null));
        e.add(new CallEntered(9, at("09:20:00"), "c2", "sales", "+3902", 1));
        e.add(new CallAbandoned(10, at("09:20:03"), "c2", "sales", 3_000, 1, 1));
        e.add(new CallEntered(11, at("09:40:00"), "c3", "sales", "+3903", 1));
        e.add(new CallAnswered(12, at("09:40:30"), "c3", "sales", "a1", 30_000));
        e.add(new AgentStateChanged(13, at("09:40:30"), "a1", AgentState.ON_CALL, null, "c3"));
        e.add(new CallEnded(14, at("09:42:40"), "c3", "sales", "a1", 120_000, 10_000, HangupParty.AGENT));
        e.add(new WrapUpEnded(15, at("09:42:40"), "c3", "sales", "a1", 0));
        e.add(new AgentStateChanged(16, at("09:42:40"), "a1", AgentState.READY, null, null));
        e.add(new CallEntered(17, at("09:50:00"), "c4", "sales", "+3904", 1));
        e.add(new CallOverflowed(18, at("09:52:00"), "c4", "sales", OverflowReason.TIMEOUT, 120_000, 1, null));
        e.add(new AgentStateChanged(19, at("10:00:00"), "a1", AgentState.NOT_READY, "lunch", null));
        return e;
    }

    private static Rollups rollups(List<FeedEvent> events) {
        Rollups r = new Rollups();
        CallAccounting acc = new CallAccounting(r);
        events.forEach(acc::apply);
        return r;
    }

    private static ReportSpec spec(Interval interval) {
        return new ReportSpec(at("00:00:00"), at("23:59:59"), ROME, interval, Set.of(), Set.of(), List.of(20, 30),
                5, ServiceLevelFormula.SHORT_ABANDONS_EXCLUDED, AbandonRateFormula.SHORT_ABANDONS_EXCLUDED);
    }

    @Test
    void halfHoursOfAMorningWorkedOutByHand() {
        Report r = ReportEngine.run(spec(Interval.MINUTES_30), rollups(morning()));
        List<Report.Row> sales = r.rows().stream().filter(x -> x.queue().equals("sales")).toList();
        assertThat(sales).extracting(Report.Row::label)
                .containsExactly("2026-11-23 09:00", "2026-11-23 09:30");
        ReportFigures nine = sales.get(0).figures();
        // 09:00–09:30: offered 2 (c1, c2), answered 1 within 10 s, abandoned 1 after 3 s (short)
        assertThat(nine.calls().offered()).isEqualTo(2);
        assertThat(nine.calls().answered()).isEqualTo(1);
        assertThat(nine.calls().abandoned()).isEqualTo(1);
        assertThat(nine.calls().shortAbandoned()).isEqualTo(1);
        // SL(20) = A≤20 / (A + Ab − ShortAb) = 1 / (1 + 1 − 1) = 100 %
        assertThat(nine.serviceLevels()).containsEntry(20, 1.0).containsEntry(30, 1.0);
        // abandon rate (Ab − ShortAb) / (Off − ShortAb) = 0 / 1
        assertThat(nine.calls().abandonRate()).isEqualTo(0.0);
        // handled c1: talk 60 s + wrap 20 s
        assertThat(nine.calls().ahtMs()).isEqualTo(80_000.0);
        assertThat(nine.hungUpByCaller()).isEqualTo(1);

        ReportFigures half = sales.get(1).figures();
        // 09:30–10:00: offered 2 (c3, c4); c3 answered after 30 s; c4 overflowed (timeout)
        assertThat(half.calls().offered()).isEqualTo(2);
        assertThat(half.calls().overflowed()).isEqualTo(1);
        assertThat(half.calls().overflowByReason().get(OverflowReason.TIMEOUT)).isEqualTo(1);
        // SL(20) = 0 / 1; SL(30) = 1 / 1 (overflow does not count against by default)
        assertThat(half.serviceLevels()).containsEntry(20, 0.0).containsEntry(30, 1.0);
        // max wait: the 120 s of the timed-out call
        assertThat(half.calls().maxWaitMs()).isEqualTo(120_000);
        // AHT of c3: talk 120 + hold 10 + wrap 0 = 130 s
        assertThat(half.calls().ahtMs()).isEqualTo(130_000.0);

        ReportFigures total = r.totals().get("sales");
        assertThat(total.calls().offered()).isEqualTo(4);
        // ASA = (10 + 30) / 2 = 20 s
        assertThat(total.calls().asaMs()).isEqualTo(20_000.0);
        assertThat(r.totals().get("*").calls().offered()).isEqualTo(4);
    }

    @Test
    void agentsGetTheirCallsAndTheirTime() {
        Report r = ReportEngine.run(spec(Interval.PERIOD), rollups(morning()));
        assertThat(r.agents()).singleElement().satisfies(a -> {
            assertThat(a.agent()).isEqualTo("a1");
            assertThat(a.answered()).isEqualTo(2);
            assertThat(a.handled()).isEqualTo(2);
            assertThat(a.talkMs()).isEqualTo(180_000);
            // 09:00–10:00 logged in and counted: on call 60 s + 130 s, wrap-up 20 s, ready the rest
            assertThat(a.onCallMs()).isEqualTo(190_000);
            assertThat(a.wrapUpMs()).isEqualTo(20_000);
            assertThat(a.readyMs()).isEqualTo(3_600_000 - 210_000);
            assertThat(a.occupancy()).isCloseTo(210_000.0 / 3_600_000, within(1e-12));
            assertThat(a.hungUpByAgent()).isEqualTo(1);
            assertThat(a.hungUpByCaller()).isEqualTo(1);
        });
    }

    @Test
    void theCallsBehindTheNumbersAreListed() {
        Report r = ReportEngine.runWithCalls(spec(Interval.DAY), rollups(morning()));
        assertThat(ReportEngine.run(spec(Interval.DAY), rollups(morning())).abandoned()).isEmpty();
        assertThat(r.abandoned()).singleElement().satisfies(c -> {
            assertThat(c.callId()).isEqualTo("c2");
            assertThat(c.caller()).isEqualTo("+3902");
            assertThat(c.waitMs()).isEqualTo(3_000);
            assertThat(c.entryPosition()).isEqualTo(1);
        });
        assertThat(r.overflowed()).singleElement().satisfies(c -> {
            assertThat(c.callId()).isEqualTo("c4");
            assertThat(c.reason()).isEqualTo(OverflowReason.TIMEOUT);
        });
    }

    @Test
    void aQueueFilterLeavesOtherQueuesOut() {
        List<FeedEvent> e = new ArrayList<>(morning());
        e.add(new CallEntered(20, at("11:00:00"), "c9", "billing", "+3909", 1));
        e.add(new CallAbandoned(21, at("11:01:00"), "c9", "billing", 60_000, 1, 1));
        Report all = ReportEngine.run(spec(Interval.DAY), rollups(e));
        assertThat(all.queues()).containsExactly("billing", "sales");
        assertThat(all.totals().get("*").calls().offered()).isEqualTo(5);
        Report billing = ReportEngine.runWithCalls(spec(Interval.DAY).withFilters(Set.of("billing"), Set.of()), rollups(e));
        assertThat(billing.queues()).containsExactly("billing");
        assertThat(billing.totals().get("*").calls().offered()).isEqualTo(1);
        assertThat(billing.abandoned()).extracting(c -> c.callId()).containsExactly("c9");
        assertThat(billing.agents()).isEmpty();
    }

    @Test
    void theLiveFloorAndTheReportAgreeOnASimulatedDay() {
        SimulatorConfig cfg = SimulatorConfig.defaults(17, ROME);
        long dayStart = at("00:00:00");
        long now = at("17:37:00");
        CallCenterSimulator sim = new CallCenterSimulator(cfg, dayStart);
        KpiEngine live = new KpiEngine(CenterSettings.defaults(ROME), dayStart);
        Rollups rollups = new Rollups();
        CallAccounting accounting = new CallAccounting(rollups);
        sim.advanceTo(now, ev -> {
            live.apply(ev);
            accounting.apply(ev);
        });
        accounting.countTimeUpTo(now);
        FloorSnapshot floor = live.snapshot(now);
        // every queue's own objective (the simulator announces 20, 30 and 15 s) side by side, 20 s first
        List<Integer> thresholds = new ArrayList<>(List.of(20));
        floor.queues().forEach(q -> thresholds.add(q.settings().slThresholdSec()));
        ReportSpec spec = new ReportSpec(dayStart, now + 1, ROME, Interval.PERIOD, Set.of(), Set.of(), thresholds, 5,
                ServiceLevelFormula.SHORT_ABANDONS_EXCLUDED, AbandonRateFormula.SHORT_ABANDONS_EXCLUDED);
        Report report = ReportEngine.run(spec, rollups);
        assertThat(floor.center().today().offered()).isGreaterThan(500);
        for (QueueKpis q : floor.queues()) {
            ReportFigures f = report.totals().get(q.queue());
            assertThat(f.serviceLevels().get(q.settings().slThresholdSec())).as(q.queue())
                    .isEqualTo(q.today().serviceLevel());
            assertThat(f.calls()).as(q.queue()).usingRecursiveComparison().ignoringFields("serviceLevel")
                    .isEqualTo(q.today());
            assertThat(f.occupancy()).as(q.queue()).isEqualTo(q.occupancy());
        }
        assertThat(report.totals().get("*").serviceLevels().get(20)).isEqualTo(floor.center().today().serviceLevel());
        assertThat(report.totals().get("*").calls()).usingRecursiveComparison().ignoringFields("serviceLevel")
                .isEqualTo(floor.center().today());
        assertThat(report.totals().get("*").occupancy()).isEqualTo(floor.center().occupancy());

        // and the 15-minute rows add up to the day
        Report quarters = ReportEngine.run(spec.withInterval(Interval.MINUTES_15), rollups);
        long offered = quarters.rows().stream().filter(r -> r.queue().equals("*"))
                .mapToLong(r -> r.figures().calls().offered()).sum();
        assertThat(offered).isEqualTo(floor.center().today().offered());
    }
}
