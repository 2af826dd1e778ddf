package io.floorview.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.app.cli.ConsoleOptions;
import io.floorview.app.wiring.ConsoleConfig;
import io.floorview.app.wiring.ConsoleContext;
import io.floorview.domain.kpi.CenterDay;
import io.floorview.feed.sim.SimulatorConfig;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The center's day saved in the console comes back at the next start; what the command line gives wins. */
class CenterSettingsPrecedenceTest {

    private static final CenterDay ROME_SIX = new CenterDay(ZoneId.of("Europe/Rome"), LocalTime.of(6, 0));

    @TempDir
    Path dir;

    private static ConsoleConfig parse(String... args) {
        ConsoleOptions options = new ConsoleOptions();
        new CommandLine(options).parseArgs(args);
        return options.config();
    }

    @Test
    void optionsGivenOnTheCommandLineWinOverTheSavedOnesAndTheRestComesFromWhatWasSaved() {
        assertThat(parse().centerDay(Optional.of(ROME_SIX))).isEqualTo(ROME_SIX);
        assertThat(parse("--zone", "UTC").centerDay(Optional.of(ROME_SIX)))
                .isEqualTo(new CenterDay(ZoneId.of("UTC"), LocalTime.of(6, 0)));
        assertThat(parse("--day-start", "07:00").centerDay(Optional.of(ROME_SIX)))
                .isEqualTo(new CenterDay(ZoneId.of("Europe/Rome"), LocalTime.of(7, 0)));
        assertThat(parse("--day-start", "00:00").centerDay(Optional.of(ROME_SIX)))
                .as("midnight given explicitly is still given").extracting(CenterDay::dayStart)
                .isEqualTo(LocalTime.MIDNIGHT);
        assertThat(parse().centerDay(Optional.empty()))
                .isEqualTo(new CenterDay(ZoneId.systemDefault(), LocalTime.MIDNIGHT));
    }

    private ConsoleConfig config(boolean zoneGiven, boolean dayStartGiven) {
        return new ConsoleConfig(dir, null, null, ZoneOffset.UTC, LocalTime.MIDNIGHT,
                SimulatorConfig.defaults(3, ZoneOffset.UTC), 1, "maria", zoneGiven, dayStartGiven);
    }

    @Test
    void daySavedInTheConsoleIsAppliedAtOnceAndRestoredAtTheNextStartUnlessTheCommandLineSaysOtherwise()
            throws Exception {
        try (ConsoleContext console = ConsoleContext.open(config(false, false))) {
            console.start();
            assertThat(console.centerDays().current()).isEqualTo(new CenterDay(ZoneOffset.UTC, LocalTime.MIDNIGHT));
            console.centerDays().save(ROME_SIX);
            assertThat(console.floor().settings().zone()).isEqualTo(ZoneId.of("Europe/Rome"));
            assertThat(console.floor().settings().dayStart()).isEqualTo(LocalTime.of(6, 0));
        }
        try (ConsoleContext console = ConsoleContext.open(config(false, false))) {
            assertThat(console.centerDays().current()).as("restored").isEqualTo(ROME_SIX);
        }
        try (ConsoleContext console = ConsoleContext.open(config(true, false))) {
            assertThat(console.centerDays().current()).as("--zone UTC wins")
                    .isEqualTo(new CenterDay(ZoneOffset.UTC, LocalTime.of(6, 0)));
            assertThat(console.centerDays().zoneFromCommandLine()).isTrue();
            // the dialog cannot change what the command line set: only the day start is saved
            console.start();
            console.centerDays().save(new CenterDay(ZoneId.of("Asia/Tokyo"), LocalTime.of(5, 0)));
            assertThat(console.centerDays().current()).isEqualTo(new CenterDay(ZoneOffset.UTC, LocalTime.of(5, 0)));
        }
        try (ConsoleContext console = ConsoleContext.open(config(false, false))) {
            assertThat(console.centerDays().current()).isEqualTo(new CenterDay(ZoneId.of("Europe/Rome"),
                    LocalTime.of(5, 0)));
        }
    }
}
