package io.floorview.feed.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The roster and the shifts planned for it. */
class StaffingTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate TUESDAY = LocalDate.of(2024, 3, 12);
    private static final SimulatorConfig CONFIG = SimulatorConfig.defaults(42, BRUSSELS);
    private static final long HOUR = 3_600_000L;
    private final List<QueueSpec> queues = QueueCatalog.build(CONFIG);
    private final List<AgentProfile> roster = Roster.build(CONFIG, queues);
    private final ShiftPlanner planner = new ShiftPlanner(CONFIG, queues, roster,
            new ArrivalCurve(CONFIG, roster));

    @Test
    void theRosterHasPeopleInTeamsWithOneToThreeSkills() {
        assertThat(roster).hasSize(36);
        assertThat(roster.get(0).id()).isEqualTo("a1001");
        assertThat(roster.get(35).id()).isEqualTo("a1036");
        assertThat(roster).extracting(AgentProfile::name).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\S+ .+"));
        assertThat(roster).extracting(AgentProfile::team).containsOnly("Team North", "Team South", "Team East",
                "Team West");
        assertThat(roster).allMatch(a -> !a.skills().isEmpty() && a.skills().size() <= 3
                && a.skills().stream().distinct().count() == a.skills().size());
        for (QueueSpec q : queues) {
            long serving = roster.stream().filter(a -> a.serves(q)).count();
            assertThat(serving).as(q.id()).isGreaterThanOrEqualTo(Math.round(36 * q.share()));
        }
        assertThat(roster).anyMatch(AgentProfile::partTime).anyMatch(a -> !a.partTime());
    }

    @Test
    void aSmallCenterStillHasSomeoneForEveryQueue() {
        SimulatorConfig small = CONFIG.withQueues(26).withAgents(26);
        List<QueueSpec> many = QueueCatalog.build(small);
        List<AgentProfile> few = Roster.build(small, many);
        for (QueueSpec q : many) {
            assertThat(few).as(q.id()).anyMatch(a -> a.serves(q));
        }
        assertThat(many).extracting(QueueSpec::id).doesNotHaveDuplicates();
        assertThat(many).allMatch(q -> q.overflowTo() != q.index());
    }

    @Test
    void aWeekdayPlanPutsEveryoneOnShiftExceptNightWorkersResting() {
        List<Shift> shifts = planner.plan(TUESDAY);
        Set<String> onShift = new HashSet<>();
        shifts.forEach(s -> assertThat(onShift.add(s.agent().id())).as("one shift a day").isTrue());
        Set<String> nightBefore = ids(planner.nightCrew(TUESDAY.minusDays(1)));
        Set<String> tonight = ids(planner.nightCrew(TUESDAY));
        assertThat(shifts).hasSize(36 - (int) nightBefore.stream().filter(id -> !tonight.contains(id)).count());
        assertThat(onShift).doesNotContainAnyElementsOf(nightBefore.stream().filter(id -> !tonight.contains(id))
                .toList());
    }

    @Test
    void theNightCrewServesEveryQueue() {
        List<AgentProfile> crew = planner.nightCrew(TUESDAY);
        assertThat(crew).hasSizeBetween(2, 4).noneMatch(AgentProfile::partTime);
        Set<String> served = new HashSet<>();
        crew.forEach(a -> served.addAll(a.queueIds()));
        assertThat(served).containsExactlyInAnyOrder("sales", "support", "billing");
    }

    @Test
    void shiftsHaveTheirBreaksAndLunchInside() {
        for (Shift s : planner.plan(TUESDAY)) {
            long length = s.endMs() - s.startMs();
            List<String> reasons = s.activities().stream().map(Activity::reason).toList();
            if (s.agent().partTime()) {
                assertThat(length).isEqualTo(5 * HOUR);
                assertThat(reasons).containsOnlyOnce("break").doesNotContain("lunch");
            } else {
                assertThat(length).isEqualTo(8 * HOUR + HOUR / 2);
                assertThat(reasons.stream().filter("break"::equals).count()).isEqualTo(2);
                assertThat(reasons).containsOnlyOnce("lunch");
            }
            for (Activity a : s.activities()) {
                assertThat(a.startMs()).isGreaterThan(s.startMs() + HOUR);
                assertThat(a.endMs()).isLessThan(s.endMs() - HOUR / 2);
                assertThat(a.durationMs()).isEqualTo(switch (a.reason()) {
                    case "break" -> 15 * 60_000L;
                    case "lunch", "meeting" -> 30 * 60_000L;
                    case "training" -> HOUR;
                    case "coaching" -> 20 * 60_000L;
                    default -> throw new AssertionError(a);
                });
            }
            List<Activity> sorted = new ArrayList<>(s.activities());
            sorted.sort(Comparator.comparingLong(Activity::startMs));
            assertThat(s.activities()).isEqualTo(sorted);
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(sorted.get(i).startMs()).isGreaterThanOrEqualTo(sorted.get(i - 1).endMs());
            }
            assertThat(Math.abs(s.loginMs() - s.startMs())).isLessThanOrEqualTo(20 * 60_000L);
        }
    }

    @Test
    void staffingFollowsTheCurve() {
        List<Shift> shifts = new ArrayList<>(planner.plan(TUESDAY.minusDays(1)));
        shifts.addAll(planner.plan(TUESDAY));
        long start = TUESDAY.atStartOfDay(BRUSSELS).toInstant().toEpochMilli();
        int night = onShift(shifts, start + 3 * HOUR + HOUR / 2);
        int morningPeak = onShift(shifts, start + 10 * HOUR + HOUR / 2);
        int afternoon = onShift(shifts, start + 15 * HOUR + HOUR / 2);
        int evening = onShift(shifts, start + 20 * HOUR + HOUR / 2);
        assertThat(night).isBetween(1, 4);
        assertThat(morningPeak).isGreaterThan(5 * night).isGreaterThan(evening);
        assertThat(afternoon).isGreaterThan(2 * evening);
        assertThat(evening).isGreaterThan(night);
    }

    @Test
    void nobodyWorksTwoShiftsAtOnceAcrossAWeek() {
        Map<String, List<Shift>> byAgent = new HashMap<>();
        for (int d = 0; d < 8; d++) {
            for (Shift s : planner.plan(TUESDAY.plusDays(d))) {
                byAgent.computeIfAbsent(s.agent().id(), k -> new ArrayList<>()).add(s);
            }
        }
        byAgent.forEach((agent, list) -> {
            list.sort(Comparator.comparingLong(Shift::startMs));
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i).loginMs()).as(agent).isGreaterThan(list.get(i - 1).logoutMs());
            }
        });
    }

    @Test
    void fewerAgentsWorkAtTheWeekend() {
        LocalDate saturday = LocalDate.of(2024, 3, 16);
        LocalDate sunday = saturday.plusDays(1);
        assertThat(planner.headcount(TUESDAY)).isEqualTo(36);
        assertThat(planner.headcount(saturday)).isLessThan(36).isGreaterThan(planner.headcount(sunday));
        assertThat(planner.plan(sunday).size()).isLessThanOrEqualTo(planner.headcount(sunday));
    }

    @Test
    void aDayIsPlannedTheSameWhateverWasPlannedBefore() {
        List<Shift> first = planner.plan(TUESDAY);
        planner.plan(TUESDAY.plusDays(3));
        assertThat(new ShiftPlanner(CONFIG, queues, roster, new ArrivalCurve(CONFIG, roster)).plan(TUESDAY))
                .isEqualTo(first).isEqualTo(planner.plan(TUESDAY));
    }

    private static int onShift(List<Shift> shifts, long t) {
        return (int) shifts.stream().filter(s -> s.startMs() <= t && t < s.endMs()).count();
    }

    private static Set<String> ids(List<AgentProfile> agents) {
        Set<String> ids = new HashSet<>();
        agents.forEach(a -> ids.add(a.id()));
        return ids;
    }
}
