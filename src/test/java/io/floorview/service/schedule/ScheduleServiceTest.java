package io.floorview.service.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.EditRefused;
import io.floorview.domain.schedule.ItemChange;
import io.floorview.domain.schedule.RuleLimits;
import io.floorview.domain.schedule.RuleWarning;
import io.floorview.domain.schedule.ScheduleItem;
import io.floorview.store.Database;
import io.floorview.domain.schedule.ScheduleChange;
import io.floorview.store.schedule.ScheduleRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleServiceTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final long H = 3_600_000L;
    private static final long M = 60_000L;
    /** Monday 2026-11-23 09:00 in Rome. */
    private static final long NINE = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();

    @TempDir
    Path dir;
    private ScheduleService service;
    private long now = NINE;

    @BeforeEach
    void open() {
        service = new ScheduleService(new ScheduleRepository(Database.open(dir.resolve("fv.db"))), ROME,
                RuleLimits.DEFAULT, () -> now);
        service.saveAgents(List.of(new Agent("a1001", "Ada Byron", "Team North", List.of("sales", "support")),
                new Agent("a1002", "Bo Chen", "Team South", List.of("support"))), "user");
    }

    private static ScheduleItem shift(String id, String agent, long start) {
        return new ScheduleItem(id, agent, "shift", start, 8 * H + 30 * M);
    }

    @Test
    void savedBlocksAreInTheDraftAndOnlyPublishedAfterPublish() {
        service.save("maria", List.of(ItemChange.insert(shift("s1", "a1001", NINE)),
                ItemChange.insert(new ScheduleItem("b1", "a1001", "break", NINE + 2 * H, 15 * M))));

        Instant from = Instant.ofEpochMilli(NINE - H);
        Instant to = Instant.ofEpochMilli(NINE + 10 * H);
        assertThat(service.draftSchedule(from, to).items()).extracting(ScheduleItem::id).containsExactly("s1", "b1");
        assertThat(service.publishedSchedule(from, to).items()).isEmpty();
        assertThat(service.hasUnpublishedChanges()).isTrue();

        assertThat(service.publish("maria")).isEqualTo(2);
        assertThat(service.publishedSchedule(from, to).scheduledAt("a1001", NINE + 2 * H + M))
                .map(ScheduleItem::code).contains("break");
        assertThat(service.hasUnpublishedChanges()).isFalse();
        assertThat(service.lastPublication()).map(ScheduleChange::author).contains("maria");
    }

    @Test
    void aBlockReachingIntoTheRangeFromBeforeIsInIt() {
        long night = NINE + 13 * H; // 22:00
        service.save("maria", List.of(ItemChange.insert(shift("n1", "a1002", night))));
        service.publish("maria");
        assertThat(service.publishedSchedule(Instant.ofEpochMilli(night + 24 * H - 22 * H),
                Instant.ofEpochMilli(night + 26 * H)).items()).extracting(ScheduleItem::id).containsExactly("n1");
    }

    @Test
    void aRefusedBatchSavesNothing() {
        ScheduleItem good = shift("s1", "a1001", NINE);
        ScheduleItem unknownAgent = shift("s2", "a9999", NINE);
        assertThatThrownBy(() -> service.save("maria", List.of(ItemChange.insert(good),
                ItemChange.insert(unknownAgent))))
                .isInstanceOfSatisfying(EditRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(EditRefused.Reason.UNKNOWN_AGENT);
                    assertThat(e.args()).containsExactly("a9999");
                });
        assertThat(service.draftSchedule(Instant.ofEpochMilli(0), Instant.ofEpochMilli(NINE + 24 * H)).items())
                .isEmpty();
        assertThat(service.history("a1001")).isEmpty();
    }

    @Test
    void aChangeToABlockSomeoneElseChangedIsRefused() {
        ScheduleItem s = shift("s1", "a1001", NINE);
        service.save("maria", List.of(ItemChange.insert(s)));
        service.save("luca", List.of(ItemChange.update(s, s.movedTo(NINE + H))));
        assertThatThrownBy(() -> service.save("maria", List.of(ItemChange.update(s, s.movedTo(NINE - H)))))
                .isInstanceOfSatisfying(EditRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(EditRefused.Reason.STALE));
    }

    @Test
    void aShiftMovedToAnotherAgentIsSavedWholeWithWarningsAndHistoryForBoth() {
        ScheduleItem s = shift("s1", "a1001", NINE);
        ScheduleItem b = new ScheduleItem("b1", "a1001", "break", NINE + 2 * H, 15 * M);
        ScheduleItem late = shift("s2", "a1002", NINE - 10 * H); // Bo's night shift: ends 07:30, 1:30 h before nine
        service.save("maria", List.of(ItemChange.insert(s), ItemChange.insert(b), ItemChange.insert(late)));
        now += M;
        ScheduleItem s2 = new ScheduleItem("s1", "a1002", "shift", NINE, s.durationMs());
        ScheduleItem b2 = new ScheduleItem("b1", "a1002", "break", NINE + 2 * H, 15 * M);

        List<RuleWarning> w = service.save("maria", List.of(ItemChange.update(s, s2), ItemChange.update(b, b2)));

        Instant from = Instant.ofEpochMilli(NINE - 12 * H);
        Instant to = Instant.ofEpochMilli(NINE + 12 * H);
        assertThat(service.draftSchedule(from, to).items("a1002")).containsExactly(late, s2, b2);
        assertThat(service.draftSchedule(from, to).items("a1001")).isEmpty();
        assertThat(w).as("Bo's rules are checked with the shift he now has")
                .extracting(RuleWarning::agent, RuleWarning::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("a1002", RuleWarning.Kind.SHORT_REST));
        assertThat(service.history("a1001").get(0).itemId()).isIn("s1", "b1");
        assertThat(service.history("a1002").get(0).atMs()).isEqualTo(NINE + M);
    }

    @Test
    void aMoveOntoAnAgentAlreadyWorkingThenIsRefusedAndNothingMoves() {
        ScheduleItem s = shift("s1", "a1001", NINE);
        ScheduleItem b = new ScheduleItem("b1", "a1001", "break", NINE + 2 * H, 15 * M);
        ScheduleItem bos = shift("s2", "a1002", NINE + 4 * H);
        service.save("maria", List.of(ItemChange.insert(s), ItemChange.insert(b), ItemChange.insert(bos)));

        assertThatThrownBy(() -> service.save("maria", List.of(
                ItemChange.update(b, new ScheduleItem("b1", "a1002", "break", b.startMs(), b.durationMs())),
                ItemChange.update(s, new ScheduleItem("s1", "a1002", "shift", NINE, s.durationMs())))))
                .isInstanceOfSatisfying(EditRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(EditRefused.Reason.AGENT_BUSY);
                    assertThat(e.args()).containsExactly("a1002", "Shift", Long.toString(bos.startMs()),
                            Long.toString(bos.endMs()));
                });
        Instant from = Instant.ofEpochMilli(NINE - H);
        Instant to = Instant.ofEpochMilli(NINE + 24 * H);
        assertThat(service.draftSchedule(from, to).items("a1001")).containsExactly(s, b);
        assertThat(service.draftSchedule(from, to).items("a1002")).containsExactly(bos);
        // a second shift of Bo's own, over the first, stays a warning as before
        assertThat(service.save("maria", List.of(ItemChange.insert(shift("s3", "a1002", NINE + 5 * H)))))
                .extracting(RuleWarning::kind).contains(RuleWarning.Kind.OVERLAP);
    }

    @Test
    void historyKeepsWhoWhenBeforeAndAfterAndRestorePutsTheBlockBack() {
        ScheduleItem s = shift("s1", "a1001", NINE);
        service.save("maria", List.of(ItemChange.insert(s)));
        now += M;
        service.save("luca", List.of(ItemChange.update(s, s.movedTo(NINE + H))));

        List<ScheduleChange> h = service.history("a1001");
        assertThat(h).extracting(ScheduleChange::author).containsExactly("luca", "maria");
        assertThat(h.get(0).action()).isEqualTo("update");
        assertThat(h.get(0).atMs()).isEqualTo(NINE + M);
        assertThat(h.get(0).before()).isEqualTo(s);
        assertThat(h.get(0).after()).isEqualTo(s.movedTo(NINE + H));

        service.restore("maria", h.get(0).id());
        Instant from = Instant.ofEpochMilli(NINE - H);
        assertThat(service.draftSchedule(from, Instant.ofEpochMilli(NINE + 12 * H)).items()).containsExactly(s);
        assertThat(service.history("a1001").get(0).action()).isEqualTo("restore");
    }

    @Test
    void savingReturnsTheWarningsOfTheAgentsChanged() {
        List<RuleWarning> w = service.save("maria", List.of(ItemChange.insert(shift("s1", "a1001", NINE)),
                ItemChange.insert(new ScheduleItem("b1", "a1001", "break", NINE + 9 * H, 15 * M))));
        assertThat(w).extracting(RuleWarning::itemId, RuleWarning::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b1", RuleWarning.Kind.OUTSIDE_SHIFT));
    }

    @Test
    void activityCodesStartAsTheDefaultsAndCanBeEdited() {
        var lunch = service.activityCodes().require("lunch");
        service.saveActivityCode(new io.floorview.domain.schedule.ActivityCode("lunch", "Lunch break", lunch.layer(),
                "#123456", true, false, true, 7, lunch.expected(), lunch.reasons()));
        var again = service.activityCodes().require("lunch");
        assertThat(again.name()).isEqualTo("Lunch break");
        assertThat(again.colour()).isEqualTo("#123456");
        assertThat(again.paid()).isTrue();
        assertThat(again.graceMinutes()).isEqualTo(7);
        assertThat(service.activityCodes().all()).hasSize(13);
    }

    @Test
    void theSimulatorsPlanBecomesAPublishedSampleScheduleOnce() {
        var config = io.floorview.feed.sim.SimulatorConfig.defaults(1, ROME);
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 23);
        long t0 = System.nanoTime();
        int n = SampleSchedule.generate(service, io.floorview.feed.sim.SimulatedRoster.of(config), today);
        org.slf4j.LoggerFactory.getLogger(getClass()).info("sample schedule: {} blocks in {} ms", n,
                (System.nanoTime() - t0) / 1_000_000);
        assertThat(n).isGreaterThan(36 * 5);
        assertThat(service.agents()).hasSize(36); // a1001 and a1002 take the simulator's names
        var day = service.publishedSchedule(Instant.parse("2026-11-23T00:00:00Z"), Instant.parse("2026-11-24T00:00:00Z"));
        assertThat(day.items()).isNotEmpty();
        assertThat(day.items()).extracting(ScheduleItem::code).contains("shift", "break", "lunch");
        assertThat(service.hasUnpublishedChanges()).isFalse();
        assertThat(service.history(day.items().get(0).agent()).get(0).author()).isEqualTo(SampleSchedule.AUTHOR);
        assertThat(SampleSchedule.generate(service, io.floorview.feed.sim.SimulatedRoster.of(config), today)).isZero();
        // what the editor reads for a week view: the draft and warnings of the week and 8 days either side
        long t1 = System.nanoTime();
        Instant a = Instant.parse("2026-11-15T00:00:00Z");
        Instant b = Instant.parse("2026-12-08T00:00:00Z");
        int blocks = service.draftSchedule(a, b).items().size();
        int warnings = service.warnings(a, b, java.util.Set.of()).size();
        org.slf4j.LoggerFactory.getLogger(getClass()).info("week view load: {} blocks, {} warnings in {} ms", blocks,
                warnings, (System.nanoTime() - t1) / 1_000_000);
    }
}
