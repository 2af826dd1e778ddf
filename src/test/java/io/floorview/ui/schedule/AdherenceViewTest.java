package io.floorview.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.ItemChange;
import io.floorview.domain.schedule.RuleLimits;
import io.floorview.domain.schedule.ScheduleItem;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.service.live.LiveFloor;
import io.floorview.service.schedule.AdherenceService;
import io.floorview.service.schedule.ScheduleService;
import io.floorview.store.CachedEvent;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import io.floorview.store.schedule.ExcuseRepository;
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
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A supervisor sees an agent go out of adherence when the feed puts them on a break early, and excuses it. */
@ExtendWith(ApplicationExtension.class)
class AdherenceViewTest {

    private static final long M = 60_000L;
    private static final long H = 60 * M;
    private static final long DAY = Instant.parse("2026-11-23T00:00:00Z").toEpochMilli();

    @TempDir
    static Path dir;
    private static int n;
    private EventCache cache;
    private AdherenceModel adherence;
    private LiveFloor floor;
    private long seq;

    @Start
    void start(Stage stage) {
        Database db = Database.open(dir.resolve("a" + (++n) + ".db"));
        ScheduleService schedules = new ScheduleService(new ScheduleRepository(db), ZoneOffset.UTC,
                RuleLimits.DEFAULT, () -> DAY);
        schedules.saveAgents(List.of(new Agent("ann", "Ann Lee", "North", List.of("sales"))), "user");
        schedules.save("maria", List.of(ItemChange.insert(new ScheduleItem("s1", "ann", "shift", DAY + 8 * H, 8 * H)),
                ItemChange.insert(new ScheduleItem("b1", "ann", "break", DAY + 10 * H, 15 * M))));
        schedules.publish("maria");
        cache = new EventCache(db);
        floor = new LiveFloor(CenterSettings.defaults(ZoneOffset.UTC), DAY + 8 * H);
        ScheduleViewModel model = new ScheduleViewModel(schedules, UiExecutor.sameThread(),
                new ScheduleTexts(new Messages(Locale.ENGLISH), ZoneOffset.UTC), "maria", LocalDate.of(2026, 11, 23));
        adherence = new AdherenceModel(new AdherenceService(schedules, cache, new ExcuseRepository(db), () -> DAY),
                UiExecutor.sameThread(), model, "maria");
        stage.setScene(new Scene(new ScheduleView(model, adherence), 1280, 780));
        stage.show();
        model.reload();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private void feed(FeedEvent... events) {
        List<CachedEvent> cached = new ArrayList<>();
        EventCodec codec = new EventCodec();
        for (FeedEvent e : events) {
            cached.add(new CachedEvent(e, codec.encode(e)));
            floor.apply(e);
        }
        cache.write(cache.feedId("sim-1"), cached, List.of());
    }

    private Label badge(FxRobot robot) {
        return robot.lookup("#adherence-ann").queryAs(Label.class);
    }

    @Test
    void anEarlyBreakTurnsTheBadgeRedAfterTheGraceAndCanBeExcused(FxRobot robot) {
        feed(new FeedEvent.AgentLoggedIn(++seq, DAY + 8 * H, "ann", "Ann Lee", "North", List.of("sales")));
        robot.interact(() -> adherence.update(floor.snapshot(DAY + 9 * H)));
        assertThat(badge(robot).getStyleClass()).contains("adherence-in");

        feed(new FeedEvent.AgentStateChanged(++seq, DAY + 9 * H + 50 * M, "ann", AgentState.NOT_READY, "break", null));
        robot.interact(() -> adherence.update(floor.snapshot(DAY + 9 * H + 53 * M)));
        assertThat(badge(robot).getStyleClass()).as("3 minutes: within the shift's 5-minute grace")
                .contains("adherence-in");
        robot.interact(() -> adherence.update(floor.snapshot(DAY + 9 * H + 56 * M)));
        assertThat(badge(robot).getStyleClass()).contains("adherence-out");
        assertThat(badge(robot).getAccessibleText())
                .isEqualTo("Out of adherence since 09:50: Shift scheduled, not ready (break)");

        // back at 10:15 as scheduled; the day's report lists 09:50-10:00 (10 minutes) as the exception
        feed(new FeedEvent.AgentStateChanged(++seq, DAY + 10 * H + 15 * M, "ann", AgentState.READY, null, null),
                new FeedEvent.AgentLoggedOut(++seq, DAY + 16 * H, "ann"));
        robot.clickOn("#schedule-tab-adherence");
        robot.clickOn("#schedule-adherence-run");
        TableView<?> table = robot.lookup("#schedule-adherence-table").queryTableView();
        assertThat(table.getItems()).hasSize(3); // centre, team North, Ann
        robot.interact(() -> table.getSelectionModel().select(2));
        ListView<?> exceptions = robot.lookup("#schedule-adherence-exceptions").queryListView();
        assertThat(exceptions.getItems()).hasSize(1);
        assertThat(robot.lookup("#schedule-adherence-table").lookup(".table-cell").queryAll().stream()
                .map(c -> ((javafx.scene.control.Labeled) c).getText()).toList())
                .contains("  Ann Lee", "97.9 %");

        robot.interact(() -> exceptions.getSelectionModel().select(0));
        robot.clickOn("#schedule-excuse");
        assertThat(robot.lookup("#schedule-status").queryAs(Label.class).getText())
                .isEqualTo("Not excused: write why in the note first.");
        robot.clickOn("#schedule-excuse-note").write("team leader sent her early");
        robot.interact(() -> exceptions.getSelectionModel().select(0));
        robot.clickOn("#schedule-excuse");
        assertThat(robot.lookup("#schedule-status").queryAs(Label.class).getText()).isEqualTo("Excused 09:50\u201310:00.");
        assertThat(robot.lookup("#schedule-adherence-table").lookup(".table-cell").queryAll().stream()
                .map(c -> ((javafx.scene.control.Labeled) c).getText()).toList()).contains("100.0 %")
                .doesNotContain("97.9 %");
    }
}
