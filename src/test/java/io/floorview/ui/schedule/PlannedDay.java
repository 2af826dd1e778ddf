package io.floorview.ui.schedule;

import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.ItemChange;
import io.floorview.domain.schedule.RuleLimits;
import io.floorview.domain.schedule.ScheduleItem;
import io.floorview.service.schedule.ScheduleService;
import io.floorview.store.Database;
import io.floorview.store.schedule.ScheduleRepository;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The day the schedule editor's tests start from: Ann's Monday shift with a break and a lunch, saved by Maria. */
final class PlannedDay {

    static final long H = 3_600_000L;
    static final long M = 60_000L;
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final long DAY = Instant.parse("2026-11-23T00:00:00Z").toEpochMilli();
    static final ScheduleItem SHIFT = new ScheduleItem("s1", "a1", "shift", DAY + 9 * H, 8 * H);
    static final ScheduleItem BREAK = new ScheduleItem("b1", "a1", "break", DAY + 11 * H, 15 * M);
    static final ScheduleItem LUNCH = new ScheduleItem("l1", "a1", "lunch", DAY + 13 * H, 30 * M);

    private PlannedDay() {
    }

    /** A schedule in {@code db} with Ann (a1) and Bob (a2), then {@code more}, and Ann's Monday. */
    static ScheduleService service(Path db, Agent... more) {
        ScheduleService service = new ScheduleService(new ScheduleRepository(Database.open(db)), ZoneOffset.UTC,
                RuleLimits.DEFAULT, () -> DAY + 8 * H);
        List<Agent> agents = new ArrayList<>(List.of(new Agent("a1", "Ann Lee", "Team North", List.of("sales")),
                new Agent("a2", "Bob Ray", "Team South", List.of("support"))));
        agents.addAll(List.of(more));
        service.saveAgents(agents, "user");
        service.save("maria", List.of(ItemChange.insert(SHIFT), ItemChange.insert(BREAK), ItemChange.insert(LUNCH)));
        return service;
    }

    /** Maria's editor on the week of that Monday, working on the calling thread. */
    static ScheduleViewModel model(ScheduleService service) {
        return new ScheduleViewModel(service, UiExecutor.sameThread(),
                new ScheduleTexts(new Messages(Locale.ENGLISH), ZoneOffset.UTC), "maria", MONDAY);
    }
}
