package io.floorview.service.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.ItemChange;
import io.floorview.domain.schedule.RuleLimits;
import io.floorview.domain.schedule.ScheduleItem;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.store.CachedEvent;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import io.floorview.store.schedule.ExcuseRepository;
import io.floorview.store.schedule.ScheduleRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adherence over a range from events really cached, against the published schedule. */
class AdherenceServiceTest {

    private static final long M = 60_000L;
    private static final long H = 60 * M;
    private static final long DAY = Instant.parse("2026-11-23T00:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    @Test
    void reportsAgentsAndTeamsFromTheCachedFeedAndCountsExcuses() {
        Database db = Database.open(dir.resolve("fv.db"));
        ScheduleService schedules = new ScheduleService(new ScheduleRepository(db), ZoneOffset.UTC,
                RuleLimits.DEFAULT, () -> DAY);
        schedules.saveAgents(List.of(new Agent("ann", "Ann", "North", List.of("sales")),
                new Agent("bob", "Bob", "North", List.of("sales"))), "user");
        schedules.save("maria", List.of(
                ItemChange.insert(new ScheduleItem("s1", "ann", "shift", DAY + 8 * H, 8 * H)),
                ItemChange.insert(new ScheduleItem("b1", "ann", "break", DAY + 10 * H, 15 * M)),
                ItemChange.insert(new ScheduleItem("s2", "bob", "shift", DAY + 8 * H, 4 * H))));
        schedules.publish("maria");
        // a draft change after publishing does not count
        schedules.save("maria", List.of(ItemChange.delete(new ScheduleItem("s2", "bob", "shift", DAY + 8 * H, 4 * H))));

        try (EventCache cache = new EventCache(db)) {
            EventCodec codec = new EventCodec();
            List<FeedEvent> events = List.of(
                    new FeedEvent.AgentLoggedIn(1, DAY + 8 * H + 12 * M, "ann", "Ann", "North", List.of("sales")),
                    new FeedEvent.AgentLoggedIn(2, DAY + 8 * H, "bob", "Bob", "North", List.of("sales")),
                    new FeedEvent.AgentStateChanged(3, DAY + 10 * H, "ann", AgentState.NOT_READY, "break", null),
                    new FeedEvent.AgentStateChanged(4, DAY + 10 * H + 15 * M, "ann", AgentState.READY, null, null),
                    new FeedEvent.AgentLoggedOut(5, DAY + 12 * H, "bob"),
                    new FeedEvent.AgentLoggedOut(6, DAY + 16 * H, "ann"));
            List<CachedEvent> cached = new ArrayList<>();
            events.forEach(e -> cached.add(new CachedEvent(e, codec.encode(e))));
            cache.write(cache.feedId("sim-1"), cached, List.of());

            AdherenceService service = new AdherenceService(schedules, cache, new ExcuseRepository(db), () -> DAY);
            AdherenceService.Report r = service.report(Instant.ofEpochMilli(DAY), Instant.ofEpochMilli(DAY + 24 * H));
            assertThat(r.agents()).extracting(x -> x.who()).containsExactly("ann", "bob");
            assertThat(r.agents().get(0).adherence()).isCloseTo(1 - 12.0 / 480, within(1e-12));
            assertThat(r.agents().get(1).adherence()).isEqualTo(1.0);
            // team North: 12 minutes out of 480 + 240
            assertThat(r.teams().get("North").adherence()).isCloseTo(1 - 12.0 / 720, within(1e-12));
            assertThat(r.teams().get("North").conformance()).isCloseTo((453.0 + 240) / (465 + 240), within(1e-12));

            service.excuse("ann", DAY + 8 * H, DAY + 8 * H + 12 * M, "train strike", "maria");
            AdherenceService.Report excused = service.report(Instant.ofEpochMilli(DAY),
                    Instant.ofEpochMilli(DAY + 24 * H));
            assertThat(excused.agents().get(0).adherence()).isEqualTo(1.0);
            assertThat(excused.agents().get(0).exceptions()).singleElement()
                    .satisfies(e -> assertThat(e.excusedMs()).isEqualTo(12 * M));
            assertThat(excused.excuses()).singleElement().satisfies(e -> assertThat(e.note()).isEqualTo("train strike"));
            assertThatThrownBy(() -> service.excuse("ann", DAY, DAY + M, " ", "maria"))
                    .hasMessageContaining("needs a note");
        }
    }

    @Test
    void theDaysRosterComesFromThePublishedScheduleWithTheRostersNames() {
        Database db = Database.open(dir.resolve("fv.db"));
        ScheduleService schedules = new ScheduleService(new ScheduleRepository(db), ZoneOffset.UTC,
                RuleLimits.DEFAULT, () -> DAY);
        schedules.saveAgents(List.of(new Agent("ann", "Ann Lee", "North", List.of("sales")),
                new Agent("eli", "Eli Park", "South", List.of("billing")), new Agent("bob", "Bob", "", List.of()),
                new Agent("cy", "Cy", "", List.of())), "user");
        schedules.save("maria", List.of(
                ItemChange.insert(new ScheduleItem("s1", "ann", "shift", DAY + 9 * H, 8 * H)),
                ItemChange.insert(new ScheduleItem("s2", "eli", "shift", DAY + 15 * H, 8 * H)),
                ItemChange.insert(new ScheduleItem("s3", "bob", "shift", DAY + 24 * H + 9 * H, 8 * H))));
        schedules.publish("maria");
        // drafted after publishing: not on today's roster yet
        schedules.save("maria", List.of(ItemChange.insert(new ScheduleItem("s4", "cy", "shift", DAY + 10 * H, H))));

        try (EventCache cache = new EventCache(db)) {
            AdherenceService service = new AdherenceService(schedules, cache, new ExcuseRepository(db), () -> DAY);
            var roster = service.roster(DAY + 12 * H, DAY, DAY + 24 * H);
            assertThat(roster).extracting(e -> e.agent() + " " + e.name() + " " + e.team())
                    .containsExactly("ann Ann Lee North", "eli Eli Park South");
            assertThat(roster.get(1).shiftStartMs()).isEqualTo(DAY + 15 * H);
            assertThat(service.roster(DAY + 12 * H, DAY, DAY + 24 * H)).as("read once, kept").isSameAs(roster);
            assertThat(service.roster(DAY + 24 * H + 8 * H, DAY + 24 * H, DAY + 48 * H))
                    .extracting(e -> e.agent()).containsExactly("bob");
        }
    }
}
