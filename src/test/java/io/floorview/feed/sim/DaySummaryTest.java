package io.floorview.feed.sim;

import static io.floorview.feed.sim.SimRuns.BRUSSELS;
import static io.floorview.feed.sim.SimRuns.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CallFigures;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.KpiEngine;
import io.floorview.domain.kpi.QueueKpis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A default simulated weekday as the console's own KPI engine sees it, logged for whoever tunes the
 * simulator (target/surefire-reports/io.floorview.feed.sim.DaySummaryTest-output.txt), and held to what a
 * supervisor would call a plausible medium center.
 */
class DaySummaryTest {

    private static final Logger LOG = LoggerFactory.getLogger(DaySummaryTest.class);

    @Test
    void aDefaultWeekdayLooksLikeABusyButSaneCenter() {
        SimulatorConfig config = SimulatorConfig.defaults(42, BRUSSELS);
        FloorSnapshot day = endOfDay(config, TUESDAY);
        LOG.info("A simulated {} at {} (seed {}):\n{}", TUESDAY.getDayOfWeek(), config.site(), config.seed(),
                summary(day));

        CallFigures all = day.center().today();
        assertThat(all.offered()).isBetween(1_800L, 3_000L);
        assertThat(all.answered()).isGreaterThan(all.offered() * 85 / 100);
        assertThat(all.abandonRate()).isBetween(0.01, 0.10);
        assertThat(all.serviceLevel()).isBetween(0.65, 0.95);
        assertThat(all.overflowed()).isPositive();
        assertThat(all.transferred()).isPositive();
        assertThat(all.ringNoAnswer()).isPositive();
        assertThat(all.ahtMs()).isBetween(200_000.0, 400_000.0);
        // a transferred call is handled twice, by each agent who talked to it; a few wrap-ups end after midnight
        assertThat(all.handled()).isBetween(all.answered() - 20, all.answered() + all.transferred());
        for (QueueKpis q : day.queues()) {
            assertThat(q.today().serviceLevel()).as(q.queue()).isBetween(0.5, 1.0);
            assertThat(q.today().asaMs()).as(q.queue()).isLessThan(60_000.0);
        }
        assertThat(day.center().occupancy()).isBetween(0.5, 0.9);
    }

    @Test
    void aWeekendDayIsQuieter() {
        SimulatorConfig config = SimulatorConfig.defaults(42, BRUSSELS);
        LocalDate sunday = LocalDate.of(2024, 3, 17);
        FloorSnapshot day = endOfDay(config, sunday);
        LOG.info("A simulated {} (seed {}):\n{}", sunday.getDayOfWeek(), config.seed(), summary(day));
        assertThat(day.center().today().offered()).isBetween(400L, 1_200L);
        assertThat(day.center().today().serviceLevel()).isGreaterThan(0.5);
    }

    private static FloorSnapshot endOfDay(SimulatorConfig config, LocalDate date) {
        List<FeedEvent> events = SimRuns.day(config, date);
        KpiEngine kpis = new KpiEngine(CenterSettings.defaults(config.zone()), SimRuns.startOf(date, config.zone()));
        events.forEach(kpis::apply);
        return kpis.snapshot(SimRuns.startOf(date.plusDays(1), config.zone()) - 1);
    }

    static String summary(FloorSnapshot day) {
        List<QueueKpis> rows = new ArrayList<>(day.queues());
        rows.add(day.center());
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%-9s %7s %8s %9s %10s %8s %9s %7s %8s %6s %6s%n", "queue", "offered", "answered", "abandoned",
                "overflowed", "rejected", "SL", "target", "abandon%", "ASA", "AHT"));
        for (QueueKpis q : rows) {
            CallFigures f = q.today();
            b.append(String.format(Locale.ROOT, "%-9s %7d %8d %9d %10d %8d %8.1f%% %3d%%/%ds %7.1f%% %5.0fs %5.0fs%n",
                    q.isAllQueues() ? "all" : q.queue(), f.offered(), f.answered(), f.abandoned(), f.overflowed(),
                    f.rejected(), 100 * f.serviceLevel(), Math.round(q.settings().slTargetPercent()),
                    q.settings().slThresholdSec(), 100 * f.abandonRate(), f.asaMs() / 1000, f.ahtMs() / 1000));
        }
        CallFigures all = day.center().today();
        b.append(String.format(Locale.ROOT, "overflow %s, rejected %s, transferred %d, missed rings %d, "
                        + "short abandons %d, occupancy %.1f%%",
                all.overflowByReason().byReason().entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> e.getKey().wire() + " " + e.getValue()).toList(),
                all.rejectByReason().byReason().entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> e.getKey().wire() + " " + e.getValue()).toList(),
                all.transferred(), all.ringNoAnswer(), all.shortAbandoned(), 100 * day.center().occupancy()));
        return b.toString();
    }
}
