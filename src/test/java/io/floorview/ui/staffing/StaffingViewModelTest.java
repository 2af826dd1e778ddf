package io.floorview.ui.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.kpi.CenterSettings;
import io.floorview.service.staffing.ForecastCache;
import io.floorview.service.staffing.QueueSelection;
import io.floorview.service.staffing.StaffingService;
import io.floorview.store.ForecastEditStore;
import io.floorview.store.RollupCoverage;
import io.floorview.store.RollupStore;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Staffing view model without a toolkit: validation of every input, reforecast, and a save that fails whole. */
class StaffingViewModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    private ForecastCache cache;
    private StaffingService service;
    private StaffingViewModel model;

    private static long at(LocalDate d, int h, int m) {
        return d.atTime(h, m).atZone(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @BeforeEach
    void open() {
        CenterSettings settings = CenterSettings.defaults(ZoneOffset.UTC);
        cache = new ForecastCache(dir, settings, at(DAY.minusWeeks(1), 0, 0));
        cache.block(at(DAY.minusWeeks(1), 9, 0), "sales", 10, 100, 20)
                .block(at(DAY.minusWeeks(1), 14, 0), "sales", 7, 100, 20);
        service = new StaffingService(new RollupStore(cache.db), new RollupCoverage(cache.db),
                new ForecastEditStore(cache.db), settings, () -> at(DAY, 12, 0), null, 6);
        model = new StaffingViewModel(service, UiExecutor.sameThread(), new Messages(Locale.ENGLISH), ZoneOffset.UTC);
        model.load();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "target|100|Service level: give a percentage from 0 to below 100",
        "target|x|Service level: give a percentage",
        "threshold|-1|Threshold: give seconds from 0 to 3600",
        "asa|0|ASA target: give seconds above 0",
        "maxOccupancy|101|Occupancy cap: give a percentage above 0 and at most 100",
        "shrinkage|100|Shrinkage: give a percentage from 0 to below 100",
        "patience|-3|Caller patience: give seconds above 0",
    })
    void aBadParameterIsNamedAndNothingIsRecomputed(String field, String text, String message) {
        Integer before = model.rows().get(18).headsProperty().get();
        model.parameters().field(field).set(text);
        model.rows().get(18).headsProperty().set(-1); // a recompute would overwrite this
        model.recompute();
        assertThat(model.parameters().errors()).containsOnlyKeys(field);
        assertThat(model.parameters().errors().get(field)).startsWith(message).contains("\u201c" + text + "\u201d");
        assertThat(model.rows().get(18).headsProperty().get()).isEqualTo(-1);
        assertThat(before).isNotNull();
    }

    @Test
    void parametersChangeTheAgentsAndPatienceSwitchesToErlangA() {
        int c = model.rows().get(18).agentsProperty().get();
        model.parameters().field("shrinkage").set("30");
        model.recompute();
        assertThat(model.rows().get(18).agentsProperty().get()).isEqualTo(c);
        assertThat(model.rows().get(18).headsProperty().get()).isGreaterThan(c);
        model.parameters().field("shrinkage").set("0");
        model.parameters().field("maxOccupancy").set("");
        model.parameters().field("patience").set("30");
        model.recompute();
        assertThat(model.parameters().errors()).isEmpty();
        assertThat(model.rows().get(18).agentsProperty().get()).isLessThanOrEqualTo(c);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-1", "abc", "1e3", "1000001", "12..5"})
    void badCallsAreRefusedAndChangeNothing(String text) {
        ForecastRowModel row = model.rows().get(18);
        assertThat(model.editCalls(row, text)).startsWith("Calls at 09:00: give a number of 0 or more");
        assertThat(row.calls()).isEqualByComparingTo("10.0");
        assertThat(model.dirtyCountProperty().get()).isZero();
    }

    @Test
    void callsTakeACommaAndABlankGoesBackToTheForecast() {
        ForecastRowModel row = model.rows().get(18);
        assertThat(model.editCalls(row, " 12,5 ")).isNull();
        assertThat(row.calls()).isEqualByComparingTo("12.5");
        assertThat(model.editAht(row, "90")).isNull();
        assertThat(model.dirtyCountProperty().get()).isEqualTo(1);
        assertThat(model.editCalls(row, "")).isNull();
        assertThat(model.editAht(row, " ")).isNull();
        assertThat(row.calls()).isEqualByComparingTo("10.0");
        assertThat(model.dirtyCountProperty().get()).isZero();
    }

    @Test
    void theReforecastRoundsToATenthAndLeavesThePastAndTheHandleTimes() {
        model.reforecastTextProperty().set("-5");
        assertThat(model.reforecast()).isTrue();
        assertThat(model.rows().get(28).calls()).isEqualByComparingTo("6.7"); // 7 × 0.95 = 6.65 → 6.7
        assertThat(model.rows().get(28).ahtSec()).isEqualByComparingTo("120");
        assertThat(model.rows().get(18).calls()).isEqualByComparingTo("10.0");
        assertThat(model.statusProperty().get()).isEqualTo("Calls \u22125.0 % in 1 interval(s) from 12:00 \u2014 not saved yet.");
    }

    @Test
    void aSaveThatFailsSavesNothingAndKeepsTheEdits() throws Exception {
        model.editCalls(model.rows().get(18), "30");
        model.editCalls(model.rows().get(28), "9");
        try (Connection c = cache.db.connect(); Statement s = c.createStatement()) {
            // a second interval's row cannot be written: the first must not stay written either
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON forecast_edit WHEN NEW.slot = 28"
                    + " BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
        }
        model.save();
        assertThat(model.statusErrorProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("Not saved, nothing was changed:").contains("disk says no");
        assertThat(model.dirtyCountProperty().get()).isEqualTo(2);
        assertThat(model.rows().get(18).calls()).isEqualByComparingTo("30");
        assertThat(service.forecast(DAY, QueueSelection.allQueues(), 30).rows().get(18).savedCalls()).isNull();

        try (Connection c = cache.db.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER refuse");
        }
        model.save();
        assertThat(model.statusProperty().get()).isEqualTo("Saved 2 interval(s).");
        assertThat(service.forecast(DAY, QueueSelection.allQueues(), 30).rows().get(18).savedCalls())
                .isEqualByComparingTo("30");
    }
}
