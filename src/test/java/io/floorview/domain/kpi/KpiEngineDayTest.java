package io.floorview.domain.kpi;

import static io.floorview.domain.kpi.KpiEngineCallsTest.agent;
import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.OverflowReason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Today" is a calendar day in the center's time zone, from its day start; counters never silently reset. */
class KpiEngineDayTest {

    private static final long HOUR = 3_600_000L;

    private static CenterSettings settings(String zone, String dayStart) {
        return new CenterSettings(ZoneId.of(zone), LocalTime.parse(dayStart), 5, QueueSettings.DEFAULT, Map.of());
    }

    @Test
    void eventsFromBeforeTheDayStartMoveLiveStateButDoNotCount() {
        // the console starts at 09:00 and replays its cache from yesterday evening
        Timeline t = Timeline.utc("2026-03-10").at("09:00");
        t.start();
        t.at("2026-03-09T23:40").entered("y1", "sales");
        t.at("2026-03-09T23:41").answered("y1", "sales", "ann");
        t.at("2026-03-09T23:50").loggedIn("ann", "Ann", "sales");
        t.at("2026-03-09T23:55").entered("y2", "sales");
        t.at("2026-03-10T08:00:00").entered("c1", "sales");
        t.at("2026-03-10T08:00:10").answered("c1", "sales", "ann");

        FloorSnapshot s = t.snapshotAt("09:00");

        assertThat(s.day()).isEqualTo(LocalDate.parse("2026-03-10"));
        CallFigures f = s.queue("sales").orElseThrow().today();
        // only c1: y1 entered and was answered yesterday, y2 entered yesterday
        assertThat(f.offered()).isEqualTo(1);
        assertThat(f.answered()).isEqualTo(1);
        assertThat(s.center().today().offered()).isEqualTo(1);
        // y2 still waits: since 23:55, i.e. 9 h 05 min
        QueueKpis sales = s.queue("sales").orElseThrow();
        assertThat(sales.waitingCalls()).extracting(WaitingCall::callId).containsExactly("y2");
        assertThat(sales.longestWaitMs()).isEqualTo(9 * HOUR + 5 * 60_000);
        // ann logged in yesterday and is ready: today's ready time runs from midnight, 9 h
        AgentView ann = agent(s, "ann");
        assertThat(ann.state()).isEqualTo(AgentState.READY);
        assertThat(ann.readyMsToday()).isEqualTo(9 * HOUR);
        assertThat(ann.answeredToday()).isEqualTo(1);
    }

    @Test
    void aCallWaitingAcrossTheDayStartBelongsToTheDayItEntered() {
        // product brief §3: a call belongs to the interval in which it entered the queue
        Timeline t = Timeline.utc("2026-03-09").at("20:00");
        t.start();
        t.at("23:59:50").entered("late", "sales");
        t.at("23:59:55").entered("later", "sales");
        t.at("2026-03-10T00:00:10").answered("late", "sales", "ann");
        t.at("2026-03-10T00:00:30").abandoned("later", "sales");
        t.at("2026-03-10T00:01:00").entered("c1", "sales");
        t.at("2026-03-10T00:01:05").answered("c1", "sales", "ann");

        FloorSnapshot s = t.snapshotAt("00:05");

        // today only c1 entered: 1 offered, 1 answered; "late" and "later" are yesterday's calls
        for (QueueKpis q : new QueueKpis[] {s.queue("sales").orElseThrow(), s.center()}) {
            CallFigures f = q.today();
            assertThat(f.offered()).as(q.queue()).isEqualTo(1);
            assertThat(f.answered()).as(q.queue()).isEqualTo(1);
            assertThat(f.abandoned()).as(q.queue()).isZero();
            // c1's 5 s only
            assertThat(f.asaMs()).as(q.queue()).isEqualTo(5_000.0);
            assertThat(f.maxWaitMs()).as(q.queue()).isEqualTo(5_000);
            // 1 / 1, and never more answered than offered
            assertThat(f.serviceLevel()).as(q.queue()).isEqualTo(1.0);
            assertThat(f.abandonRate()).as(q.queue()).isEqualTo(0.0);
        }
        // ann's own board counts the answers she gave today: "late" at 00:00:10 and c1
        assertThat(agent(s, "ann").answeredToday()).isEqualTo(2);
    }

    @Test
    void aCallMovedOnAfterTheDayStartIsTodaysCallForTheQueueItEnteredToday() {
        Timeline t = Timeline.utc("2026-03-09").at("20:00");
        t.start();
        // m1 enters A at 23:59:30, times out into B at 00:00:30, is answered in B at 00:00:40
        t.at("23:59:30").entered("m1", "A");
        t.at("2026-03-10T00:00:30").overflowed("m1", "A", OverflowReason.TIMEOUT, "B").entered("m1", "B");
        t.at("00:00:40").answered("m1", "B", "ann");
        // m2 enters A at 23:59:50 and leaves the center (A full) at 00:00:50
        t.at("2026-03-09T23:59:50").entered("m2", "A");
        t.at("2026-03-10T00:00:50").overflowed("m2", "A", OverflowReason.FULL, null);

        FloorSnapshot s = t.snapshotAt("00:05");

        // A's calls both entered yesterday: nothing today
        CallFigures a = s.queue("A").orElseThrow().today();
        assertThat(a.offered()).isZero();
        assertThat(a.overflowed()).isZero();
        // B got m1 today, after 10 s in B
        CallFigures b = s.queue("B").orElseThrow().today();
        assertThat(b.offered()).isEqualTo(1);
        assertThat(b.answered()).isEqualTo(1);
        assertThat(b.asaMs()).isEqualTo(10_000.0);
        // for all queues both callers arrived yesterday
        CallFigures all = s.center().today();
        assertThat(all.offered()).isZero();
        assertThat(all.answered()).isZero();
        assertThat(all.overflowed()).isZero();
        assertThat(all.serviceLevel()).isNull();
    }

    @Test
    void aSnapshotAfterTheDayEndStartsANewDay() {
        Timeline t = Timeline.utc("2026-03-10").at("19:00");
        t.start();
        t.at("20:00").loggedIn("ann", "Ann", "sales");
        t.at("21:00:00").entered("c1", "sales");
        t.at("21:00:10").answered("c1", "sales", "ann").state("ann", AgentState.ON_CALL, null, "c1");
        t.at("21:10:10").ended("c1", "sales", "ann", 600_000, 0).state("ann", AgentState.WRAP_UP, null, "c1");
        t.at("21:11:10").wrapUpEnded("c1", "sales", "ann", 60_000).state("ann", AgentState.READY);
        t.at("23:59:00").entered("w1", "sales");

        // the last millisecond of the 10th still shows the 10th
        FloorSnapshot before = t.snapshotAt("23:59:59.999");
        assertThat(before.day()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(before.center().today().offered()).isEqualTo(2);
        assertThat(before.center().today().handled()).isEqualTo(1);
        // ready 20:00–21:00:10 + 21:11:10–23:59:59.999 = 3610 s + 10129.999 s
        assertThat(agent(before, "ann").readyMsToday()).isEqualTo(3_610_000 + 10_129_999);

        // midnight: a new day with nothing counted yet
        FloorSnapshot midnight = t.snapshotAt("2026-03-11T00:00");
        assertThat(midnight.day()).isEqualTo(LocalDate.parse("2026-03-11"));
        CallFigures f = midnight.center().today();
        assertThat(f.offered()).isZero();
        assertThat(f.answered()).isZero();
        assertThat(f.handled()).isZero();
        assertThat(f.serviceLevel()).isNull();
        assertThat(midnight.queue("sales").orElseThrow().today().offered()).isZero();
        AgentView ann = agent(midnight, "ann");
        assertThat(ann.answeredToday()).isZero();
        assertThat(ann.readyMsToday()).isZero();
        assertThat(ann.onCallMsToday()).isZero();
        // but w1 still waits, 60 s now
        assertThat(midnight.center().waiting()).isEqualTo(1);
        assertThat(midnight.center().longestWaitMs()).isEqualTo(60_000);

        // half an hour later ann's ready time counts from midnight only
        FloorSnapshot later = t.snapshotAt("00:30");
        assertThat(agent(later, "ann").readyMsToday()).isEqualTo(HOUR / 2);
    }

    @Test
    void anEventAtTheDayEndStartsTheNewDayAndCountsInIt() {
        Timeline t = Timeline.utc("2026-03-10").at("19:00");
        t.start();
        t.at("20:00").loggedIn("ann", "Ann", "sales");
        t.at("23:00:00").entered("c1", "sales");
        t.at("23:00:05").answered("c1", "sales", "ann");
        // exactly midnight
        t.at("2026-03-11T00:00:00.000").entered("c2", "sales");
        // at 00:20 ann goes not ready: her ready time is split at midnight
        t.at("00:20").notReady("ann", "lunch");

        FloorSnapshot s = t.snapshotAt("00:30");

        assertThat(s.day()).isEqualTo(LocalDate.parse("2026-03-11"));
        // c2 only
        assertThat(s.center().today().offered()).isEqualTo(1);
        assertThat(s.center().today().answered()).isZero();
        AgentView ann = agent(s, "ann");
        // 00:00–00:20 ready, 00:20–00:30 not ready
        assertThat(ann.readyMsToday()).isEqualTo(20 * 60_000);
        assertThat(ann.notReadyMsToday()).isEqualTo(10 * 60_000);
        assertThat(ann.answeredToday()).isZero();
    }

    @Test
    void afterCallWorkEndingAfterMidnightCountsTheWholeCallToday() {
        // AHT: a call counts in the interval in which its wrap-up ends
        Timeline t = Timeline.utc("2026-03-09").at("20:00");
        t.start();
        t.at("23:50:00").entered("c1", "sales");
        t.at("23:50:05").answered("c1", "sales", "ann");
        t.at("23:58:05").ended("c1", "sales", "ann", 450_000, 30_000);
        t.at("2026-03-10T00:01:05").wrapUpEnded("c1", "sales", "ann", 180_000);

        CallFigures f = t.snapshotAt("00:10").queue("sales").orElseThrow().today();

        // handled today with its talk and hold from yesterday: 450 + 30 + 180 = 660 s
        assertThat(f.handled()).isEqualTo(1);
        assertThat(f.avgTalkMs()).isEqualTo(450_000.0);
        assertThat(f.avgHoldMs()).isEqualTo(30_000.0);
        assertThat(f.avgWrapMs()).isEqualTo(180_000.0);
        assertThat(f.ahtMs()).isEqualTo(660_000.0);
        // but it was offered and answered yesterday
        assertThat(f.offered()).isZero();
        assertThat(f.answered()).isZero();
    }

    @Test
    void aDayThatStartsAtSixInTheMorning() {
        Timeline t = Timeline.utc("2026-03-10").at("05:00");
        t.start(settings("UTC", "06:00"));
        // 05:00 belongs to the day that started yesterday at 06:00
        assertThat(t.engine().day()).isEqualTo(LocalDate.parse("2026-03-09"));
        t.at("05:30").entered("c1", "sales");
        t.at("05:30:10").answered("c1", "sales", "ann");

        FloorSnapshot night = t.snapshotAt("05:59:59.999");
        assertThat(night.day()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(night.center().today().answered()).isEqualTo(1);

        t.at("06:00:00").entered("c2", "sales");
        FloorSnapshot morning = t.snapshotAt("06:00:01");
        assertThat(morning.day()).isEqualTo(LocalDate.parse("2026-03-10"));
        // c2 only
        assertThat(morning.center().today().offered()).isEqualTo(1);
        assertThat(morning.center().today().answered()).isZero();
    }

    @Test
    void theDayFollowsTheCentersZoneNotUtc() {
        // New York is on daylight time (UTC−4) from 8 March 2026: its midnight is 04:00 UTC
        Timeline t = Timeline.on("2026-03-09", "America/New_York").at("20:00");
        t.start(CenterSettings.defaults(ZoneId.of("America/New_York")));
        assertThat(t.ms("2026-03-10T00:00")).isEqualTo(Instant.parse("2026-03-10T04:00:00Z").toEpochMilli());

        // 23:30 New York = 03:30 UTC on the 10th, still the 9th for the center
        t.at("23:30").entered("c1", "sales");
        t.at("23:30:05").answered("c1", "sales", "ann");
        FloorSnapshot s = t.engine().snapshot(Instant.parse("2026-03-10T03:59:59Z").toEpochMilli());
        assertThat(s.day()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(s.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(s.center().today().answered()).isEqualTo(1);

        FloorSnapshot next = t.engine().snapshot(Instant.parse("2026-03-10T04:00:00Z").toEpochMilli());
        assertThat(next.day()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(next.center().today().answered()).isZero();
    }

    @ParameterizedTest(name = "{0} in Rome lasts {1} h")
    @CsvSource({
            // clocks go forward at 02:00: 23 h
            "2026-03-29, 23",
            // clocks go back at 03:00: 25 h
            "2026-10-25, 25",
            // an ordinary day
            "2026-06-15, 24",
    })
    void anAgentReadyAllDayIsReadyForTheLengthOfTheDay(String date, long hours) {
        LocalDate day = LocalDate.parse(date);
        Timeline t = Timeline.on(day.minusDays(1).toString(), "Europe/Rome").at("21:00");
        t.start(CenterSettings.defaults(ZoneId.of("Europe/Rome")));
        t.at("22:00").loggedIn("ann", "Ann", "sales");

        // the last millisecond of the day, then the next midnight
        t.at(day.plusDays(1) + "T00:00");
        FloorSnapshot last = t.engine().snapshot(t.now() - 1);
        assertThat(last.day()).isEqualTo(day);
        assertThat(agent(last, "ann").readyMsToday()).isEqualTo(hours * HOUR - 1);

        FloorSnapshot next = t.snapshot();
        assertThat(next.day()).isEqualTo(day.plusDays(1));
        assertThat(agent(next, "ann").readyMsToday()).isZero();
    }

    @Test
    void callsAcrossTheSpringChangeCountOnTheRightDay() {
        Timeline t = Timeline.on("2026-03-28", "Europe/Rome").at("21:00");
        t.start(CenterSettings.defaults(ZoneId.of("Europe/Rome")));
        // 01:59:50 CET, then 03:00:05 CEST: 15 s later on the wall clock's far side of the gap
        t.at("2026-03-29T01:59:50").entered("c1", "sales");
        t.at("2026-03-29T03:00:05").answered("c1", "sales", "ann");

        FloorSnapshot s = t.snapshotAt("2026-03-29T12:00");

        assertThat(s.day()).isEqualTo(LocalDate.parse("2026-03-29"));
        // waited 15 s of real time, not 1 h 0 min 15 s
        assertThat(s.center().today().asaMs()).isEqualTo(15_000.0);
        assertThat(s.center().today().serviceLevel()).isEqualTo(1.0);
    }

    @Test
    void aDayStartInsideTheSpringGapBeginsWhenJavaTimePutsIt() {
        // day start 02:30: on 29 March 2026 there is no 02:30 in Rome; java.time resolves it to 03:30 CEST
        CenterSettings cs = settings("Europe/Rome", "02:30");
        long start29 = cs.dayStartMs(LocalDate.parse("2026-03-29"));
        assertThat(start29).isEqualTo(Instant.parse("2026-03-29T01:30:00Z").toEpochMilli());

        // the console starts at 03:10 CEST, before that day start: it is still the 28th
        Timeline t = Timeline.on("2026-03-29", "Europe/Rome").at("03:10");
        t.start(cs);
        assertThat(t.engine().day()).isEqualTo(LocalDate.parse("2026-03-28"));
        t.at("03:05").entered("c1", "sales");
        t.at("03:06").answered("c1", "sales", "ann");

        FloorSnapshot s = t.snapshotAt("03:15");
        assertThat(s.day()).isEqualTo(LocalDate.parse("2026-03-28"));
        assertThat(s.center().today().answered()).isEqualTo(1);

        // at 03:30 CEST the 29th begins
        FloorSnapshot after = t.snapshotAt("03:30");
        assertThat(after.day()).isEqualTo(LocalDate.parse("2026-03-29"));
        assertThat(after.center().today().answered()).isZero();
    }

    @Test
    void countersDoNotResetDuringTheRepeatedHourOfTheAutumnChange() {
        // day start 02:30: on 25 October 2026 Rome lives 02:00–03:00 twice; java.time puts the day start at
        // the first 02:30 (CEST, 00:30 UTC), so the second 02:00–03:00 (CET) is already the 25th
        CenterSettings cs = settings("Europe/Rome", "02:30");
        assertThat(cs.dayStartMs(LocalDate.parse("2026-10-25")))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z").toEpochMilli());

        Timeline t = Timeline.on("2026-10-24", "Europe/Rome").at("12:00");
        t.start(cs);
        t.at("18:00").entered("c0", "sales");
        t.at("18:00:30").answered("c0", "sales", "ann");
        // the first calls of the 25th come in the second, CET, 02:00–03:00
        t.at("2026-10-25T02:10+01:00").entered("c1", "sales");
        t.at("2026-10-25T02:10:05+01:00").answered("c1", "sales", "ann");
        t.at("2026-10-25T02:20+01:00").entered("c2", "sales");
        t.at("2026-10-25T02:20:15+01:00").answered("c2", "sales", "ann");

        FloorSnapshot s = t.snapshotAt("2026-10-25T02:40+01:00");

        // c1 and c2 belong to the 25th (c0 to the 24th), and no event wiped what came before it
        assertThat(s.day()).isEqualTo(LocalDate.parse("2026-10-25"));
        CallFigures f = s.center().today();
        assertThat(f.offered()).isEqualTo(2);
        assertThat(f.answered()).isEqualTo(2);
        // (5 + 15) / 2 = 10 s
        assertThat(f.asaMs()).isEqualTo(10_000.0);
    }

    @ParameterizedTest(name = "{0} at {1} in {2} belongs to {3}")
    @CsvSource({
            // instant (UTC),        zone,             day start, business day
            "2026-03-10T03:59:59Z, America/New_York, 00:00, 2026-03-09",
            "2026-03-10T04:00:00Z, America/New_York, 00:00, 2026-03-10",
            "2026-03-28T22:59:59Z, Europe/Rome,      00:00, 2026-03-28",
            "2026-03-28T23:00:00Z, Europe/Rome,      00:00, 2026-03-29",
            "2026-03-29T21:59:59Z, Europe/Rome,      00:00, 2026-03-29",
            "2026-03-29T22:00:00Z, Europe/Rome,      00:00, 2026-03-30",
            // 03:10 CEST: before the 29th's start at 03:30 CEST
            "2026-03-29T01:10:00Z, Europe/Rome,      02:30, 2026-03-28",
            "2026-03-29T01:30:00Z, Europe/Rome,      02:30, 2026-03-29",
            // the second 02:10 (CET) comes after the first 02:30 (CEST)
            "2026-10-25T00:29:59Z, Europe/Rome,      02:30, 2026-10-24",
            "2026-10-25T01:10:00Z, Europe/Rome,      02:30, 2026-10-25",
            "2026-03-10T05:59:59Z, UTC,              06:00, 2026-03-09",
            "2026-03-10T06:00:00Z, UTC,              06:00, 2026-03-10",
    })
    void theBusinessDayOfAnInstantAgreesWithWhenDaysStart(String instant, String zone, String dayStart,
                                                          String expected) {
        CenterSettings cs = settings(zone, dayStart);
        long ms = Instant.parse(instant).toEpochMilli();

        LocalDate day = cs.businessDay(ms);

        assertThat(day).isEqualTo(LocalDate.parse(expected));
        assertThat(cs.dayStartMs(day)).isLessThanOrEqualTo(ms);
        assertThat(cs.dayStartMs(day.plusDays(1))).isGreaterThan(ms);
    }
}
