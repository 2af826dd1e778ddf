package io.floorview.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hansolo.tilesfx.Tile;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.KpiEngine;
import io.floorview.service.ingest.FeedStatus;
import io.floorview.testing.SampleEvents;
import io.floorview.ui.common.Messages;
import io.floorview.ui.shell.MainWindow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The live dashboard as a supervisor sees it, driven with known snapshots. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {

    private static final long DAY = Instant.parse("2026-11-23T00:00:00Z").toEpochMilli();
    private static final long NOW = DAY + 12 * 3_600_000L;

    private DashboardViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new DashboardViewModel(new Messages(Locale.ENGLISH), ZoneOffset.UTC);
        window = new MainWindow(model);
        Screens.open(stage, window);
    }

    private static FloorSnapshot snapshot(List<FeedEvent> events) {
        KpiEngine engine = new KpiEngine(CenterSettings.defaults(ZoneOffset.UTC), NOW);
        events.forEach(engine::apply);
        return engine.snapshot(NOW);
    }

    private void show(FloorSnapshot s, FeedStatus.State state) {
        javafx.application.Platform.runLater(() -> {
            model.update(s);
            model.update(new FeedStatus(state, NOW - 60_000, "sim-1", "http://127.0.0.1:1", s.eventsApplied(),
                    s.lastSeq(), s.lastSeq(), 0, null, -1));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void withNothingFromThePhoneSystemTheTilesSayNoDataInsteadOfAHealthyZero() {
        show(snapshot(List.of()), FeedStatus.State.OFFLINE);

        DashboardView dash = window.dashboard();
        for (String id : List.of("waiting", "abandoned", "overflowed")) {
            assertThat(dash.tile(id).isValueVisible()).as(id).isFalse();
            assertThat(dash.tile(id).getText()).as(id).isEqualTo("No data from the phone system yet");
        }
        assertThat(dash.tile("offered").getTitle()).endsWith("No data from the phone system yet");
        assertThat(model.trendProperty().get()).isEmpty();
        assertThat(dash.tile("longestWait").getDescription()).isEqualTo("\u2014");
        assertThat(model.tiles()).allSatisfy(t -> assertThat(t.levelProperty().get()).isEqualTo(Level.NONE));

        // the first events bring the figures back
        show(snapshot(new ArrayList<>(SampleEvents.calls(DAY + 8 * 3_600_000L, 8))), FeedStatus.State.LIVE);
        assertThat(dash.tile("waiting").isValueVisible()).isTrue();
        assertThat(dash.tile("offered").getValue()).isEqualTo(8);
        assertThat(dash.tile("longestWait").getText())
                .isEqualTo("Objective: answer within 20 s \u00b7 warning at 1:00, critical at 2:00");
    }

    @Test
    void theCallsTrendShowsTheForecastForTheWholeDayBesideTheHoursGoneBy() {
        show(snapshot(new ArrayList<>(SampleEvents.calls(DAY + 8 * 3_600_000L, 8))), FeedStatus.State.LIVE);
        java.util.LinkedHashMap<String, Double> forecast = new java.util.LinkedHashMap<>();
        for (int h = 0; h < 24; h++) {
            forecast.put(String.format("%02d:00", h), h >= 8 && h < 18 ? 12.5 : 0.0);
        }
        javafx.application.Platform.runLater(() -> model.setForecast(FloorSnapshot.ALL_QUEUES, forecast));
        WaitForAsyncUtils.waitForFxEvents();

        List<DashboardViewModel.TrendPoint> trend = model.trendProperty().get();
        assertThat(trend).hasSize(24);
        assertThat(trend.get(0).label()).isEqualTo("00:00");
        assertThat(trend.get(8).forecast()).isEqualTo(12.5);
        assertThat(trend.get(8).happened()).isTrue();
        assertThat(trend.get(20).happened()).isFalse(); // an hour to come has only its forecast
        assertThat(trend.stream().filter(DashboardViewModel.TrendPoint::happened)
                .mapToLong(DashboardViewModel.TrendPoint::offered).sum()).isEqualTo(8);
        // the chart: forecast for every hour, offered and answered only for the hours gone by
        WaitForAsyncUtils.sleep(5_500, java.util.concurrent.TimeUnit.MILLISECONDS); // the trend redraws every 5 s at most
        WaitForAsyncUtils.waitForFxEvents();
        var series = window.dashboard().tile("offered").getTilesFXSeries();
        assertThat(series).hasSize(3);
        assertThat(series.get(2).getSeries().getData()).hasSize(24);
        assertThat(series.get(0).getSeries().getData()).hasSizeLessThan(24)
                .allSatisfy(d -> assertThat(trend.stream().filter(DashboardViewModel.TrendPoint::happened)
                        .map(DashboardViewModel.TrendPoint::label)).contains(d.getXValue()));

        // a queue without a forecast: no grey line
        javafx.application.Platform.runLater(() -> model.setForecast(FloorSnapshot.ALL_QUEUES,
                new java.util.LinkedHashMap<>()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.trendProperty().get()).allSatisfy(p -> assertThat(p.forecast()).isNull());
    }

    @Test
    void tilesShowTheDaysFiguresForAllQueuesThenForTheQueueChosen(FxRobot robot) {
        List<FeedEvent> events = new ArrayList<>(SampleEvents.calls(DAY + 8 * 3_600_000L, 8));
        long seq = events.size();
        // two callers waiting in "billing" now, the oldest for 90 s
        events.add(new CallEntered(++seq, NOW - 90_000, "w1", "billing", "+391", 1));
        events.add(new CallEntered(++seq, NOW - 30_000, "w2", "billing", "+392", 2));
        show(snapshot(events), FeedStatus.State.LIVE);

        DashboardView dash = window.dashboard();
        assertThat(dash.tile("offered").getValue()).isEqualTo(10);
        // the calls tile: the day's numbers in its title, offered and answered hour by hour in its trend
        assertThat(dash.tile("offered").getTitle()).startsWith("Calls \u00b7 today \u2014 10 offered");
        List<DashboardViewModel.TrendPoint> trend = model.trendProperty().get();
        assertThat(trend.stream().mapToLong(DashboardViewModel.TrendPoint::offered).sum()).isEqualTo(10);
        assertThat(trend).extracting(DashboardViewModel.TrendPoint::label).isSorted().allMatch(l -> l.endsWith(":00"));
        assertThat(dash.tile("offered").getTilesFXSeries()).hasSize(3); // offered, answered, forecast
        assertThat(dash.tile("offered").getTilesFXSeries().get(0).getSeries().getData())
                .extracting(d -> d.getYValue().longValue())
                .containsExactlyElementsOf(trend.stream().map(DashboardViewModel.TrendPoint::offered).toList());
        assertThat(dash.tile("abandoned").getValue()).isEqualTo(2);
        assertThat(dash.tile("waiting").getValue()).isEqualTo(2);
        assertThat(dash.tile("longestWait").getDescription()).isEqualTo("1:30");
        // 6 answered within 20 s of 8 calls that count (2 abandons after 40 s): 75 %, within 10 points of 80: warning
        assertThat(dash.tile("serviceLevel").getValue()).isEqualTo(75.0);
        assertThat(robot.lookup("#badge-serviceLevel").queryAs(Label.class).getText()).isEqualTo("Warning");
        assertThat(robot.lookup("#connection").queryAs(Label.class).getText()).isEqualTo("Live");

        robot.clickOn("#queue-billing");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedProperty().get().id()).isEqualTo("billing");
        assertThat(dash.tile("offered").getValue()).isEqualTo(2);
        assertThat(dash.tile("waiting").getValue()).isEqualTo(2);
        assertThat(dash.tile("serviceLevel").isValueVisible()).as("no call answered or abandoned: undefined")
                .isFalse();
        assertThat(dash.tile("asa").getDescription()).isEqualTo("\u2014");

        robot.clickOn("#queue-sales");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dash.tile("waiting").getValue()).isZero();
        assertThat(dash.tile("offered").getValue()).isEqualTo(8);
    }

    @Test
    void altDigitPicksAQueueFromTheKeyboard(FxRobot robot) {
        List<FeedEvent> events = new ArrayList<>(SampleEvents.calls(DAY + 8 * 3_600_000L, 4));
        events.add(new CallEntered(events.size() + 1, NOW - 5_000, "w1", "billing", "+391", 1));
        show(snapshot(events), FeedStatus.State.LIVE);
        robot.clickOn("#dashboard");
        robot.press(javafx.scene.input.KeyCode.ALT).type(javafx.scene.input.KeyCode.DIGIT1)
                .release(javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedProperty().get().id()).isEqualTo("billing");
        robot.press(javafx.scene.input.KeyCode.ALT).type(javafx.scene.input.KeyCode.DIGIT0)
                .release(javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedProperty().get().id()).isEqualTo(FloorSnapshot.ALL_QUEUES);
    }

    @Test
    void theConnectionIndicatorSaysSinceWhenTheFeedIsOffline(FxRobot robot) {
        show(snapshot(SampleEvents.calls(DAY + 8 * 3_600_000L, 2)), FeedStatus.State.OFFLINE);
        Label connection = robot.lookup("#connection").queryAs(Label.class);
        assertThat(connection.getText()).isEqualTo("Offline since 11:59");
        assertThat(connection.getStyleClass()).contains("connection-offline");
        assertThat(model.showingLiveValuesProperty().get()).isFalse();
    }

    @Test
    void notReadyBarsFollowTheReasonsWithoutPilingUp() {
        long t = NOW - 600_000;
        List<FeedEvent> events = new ArrayList<>();
        long seq = 0;
        for (String a : List.of("a1", "a2", "a3")) {
            events.add(new FeedEvent.AgentLoggedIn(++seq, t, a, null, null, List.of("sales")));
        }
        events.add(new FeedEvent.AgentStateChanged(++seq, t + 1, "a1", io.floorview.domain.event.AgentState.NOT_READY, "lunch", null));
        events.add(new FeedEvent.AgentStateChanged(++seq, t + 2, "a2", io.floorview.domain.event.AgentState.NOT_READY, "lunch", null));
        events.add(new FeedEvent.AgentStateChanged(++seq, t + 3, "a3", io.floorview.domain.event.AgentState.NOT_READY, "break", null));
        show(snapshot(events), FeedStatus.State.LIVE);
        Tile bars = window.dashboard().tile("notReady");
        assertThat(bars.getBarChartItems()).extracting(i -> i.getName() + "=" + (int) i.getValue())
                .containsExactlyInAnyOrder("Lunch=2", "Break=1");

        events.add(new FeedEvent.AgentStateChanged(++seq, t + 4, "a1", io.floorview.domain.event.AgentState.READY, null, null));
        show(snapshot(events), FeedStatus.State.LIVE);
        show(snapshot(events), FeedStatus.State.LIVE);
        assertThat(bars.getBarChartItems()).extracting(i -> i.getName() + "=" + (int) i.getValue())
                .containsExactlyInAnyOrder("Lunch=1", "Break=1");

        events.add(new FeedEvent.AgentStateChanged(++seq, t + 5, "a3", io.floorview.domain.event.AgentState.READY, null, null));
        show(snapshot(events), FeedStatus.State.LIVE);
        assertThat(bars.getBarChartItems()).extracting(i -> i.getName() + "=" + (int) i.getValue())
                .containsExactly("Lunch=1");
        assertThat(bars.getText()).isEqualTo("Lunch 1");
    }

    @Test
    void everyTileHasAStableIdAndSaysWhatItShowsToAScreenReader() {
        for (TileModel m : model.tiles()) {
            Tile t = window.dashboard().tile(m.id());
            assertThat(t.getId()).isEqualTo("tile-" + m.id());
        }
        show(snapshot(SampleEvents.calls(DAY + 8 * 3_600_000L, 3)), FeedStatus.State.LIVE);
        assertThat(window.dashboard().tile("serviceLevel").getAccessibleText())
                .startsWith("Service level \u00b7 today: 100.0 %").contains("On target");
    }
}
