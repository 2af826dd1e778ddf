package io.floorview.service.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.ItemChange;
import io.floorview.domain.schedule.RuleLimits;
import io.floorview.domain.schedule.ScheduleItem;
import io.floorview.service.schedule.ScheduleService;
import io.floorview.store.Database;
import io.floorview.store.schedule.ScheduleRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduled agents on the queues per interval from a hand-made published schedule. */
class PublishedScheduleAgentsTest {

    private static final long H = 3_600_000L;
    private static final long M = 60_000L;
    private static final Instant DAY = Instant.parse("2026-11-23T00:00:00Z");
    private static final long D = DAY.toEpochMilli();

    @TempDir
    Path dir;
    private ScheduleService schedules;

    @BeforeEach
    void open() {
        schedules = new ScheduleService(new ScheduleRepository(Database.open(dir.resolve("fv.db"))), ZoneOffset.UTC,
                RuleLimits.DEFAULT, () -> D);
        schedules.saveAgents(List.of(new Agent("a1", "Ada", "North", List.of("sales")),
                new Agent("a2", "Bo", "North", List.of("support"))), "test");
    }

    private static ItemChange block(String id, String agent, String code, long start, long duration) {
        return ItemChange.insert(new ScheduleItem(id, agent, code, start, duration));
    }

    @Test
    void onQueueTimeCountsForThePartOfEachIntervalItCovers() {
        PublishedScheduleAgents agents = new PublishedScheduleAgents(schedules);
        assertThat(agents.onQueueAgentsPerInterval(DAY, Duration.ofMinutes(30), 48, Set.of())).isEmpty();

        schedules.save("maria", List.of(
                block("s1", "a1", "shift", D + 8 * H, 8 * H),            // 08:00–16:00
                block("b1", "a1", "break", D + 10 * H, 15 * M),          // 10:00–10:15
                block("l1", "a1", "lunch", D + 12 * H, H),               // 12:00–13:00
                block("s2", "a2", "shift", D + 8 * H, 4 * H),            // 08:00–12:00
                block("t2", "a2", "sick", D + 8 * H, 2 * H)));           // sick until 10:00
        schedules.publish("maria");
        schedules.save("maria", List.of(block("s3", "a2", "shift", D + 13 * H, 2 * H))); // a draft: not counted

        double[] v = agents.onQueueAgentsPerInterval(DAY, Duration.ofMinutes(30), 48, Set.of()).orElseThrow();
        assertThat(v).hasSize(48);
        assertThat(v[15]).isZero();                         // 07:30
        assertThat(v[16]).isCloseTo(1.0, within(1e-12));    // 08:00: a1; a2 is sick
        assertThat(v[20]).isCloseTo(1.5, within(1e-12));    // 10:00: a1 on a break for half of it, a2 back
        assertThat(v[23]).isCloseTo(2.0, within(1e-12));    // 11:30
        assertThat(v[24]).isZero();                         // 12:00: a1 at lunch, a2 gone
        assertThat(v[26]).isCloseTo(1.0, within(1e-12));    // 13:00: a1 only (a2's shift is a draft)
        assertThat(v[32]).isZero();                         // 16:00

        double[] quarter = agents.onQueueAgentsPerInterval(DAY, Duration.ofMinutes(15), 96, Set.of()).orElseThrow();
        assertThat(quarter[40]).isCloseTo(1.0, within(1e-12)); // 10:00–10:15: a1 on a break, a2 on the queues
        assertThat(quarter[41]).isCloseTo(2.0, within(1e-12)); // 10:15

        // for the sales queue only a1 (skilled for sales) counts; for support only a2
        double[] sales = agents.onQueueAgentsPerInterval(DAY, Duration.ofMinutes(30), 48, Set.of("sales")).orElseThrow();
        double[] support = agents.onQueueAgentsPerInterval(DAY, Duration.ofMinutes(30), 48, Set.of("support", "x"))
                .orElseThrow();
        assertThat(sales[20]).isCloseTo(0.5, within(1e-12));
        assertThat(support[20]).isCloseTo(1.0, within(1e-12));
        assertThat(sales[16] + support[16]).isCloseTo(v[16], within(1e-12));
    }
}
