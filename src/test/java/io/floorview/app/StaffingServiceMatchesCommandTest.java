package io.floorview.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorview.app.cli.FloorviewCommand;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.staffing.Shrinkage;
import io.floorview.domain.staffing.StaffingGoal;
import io.floorview.service.staffing.IntervalStaffing;
import io.floorview.service.staffing.StaffingParameters;
import io.floorview.service.staffing.StaffingService;
import io.floorview.service.staffing.StaffingService.IntervalLoad;
import io.floorview.store.Database;
import io.floorview.store.ForecastEditStore;
import io.floorview.store.RollupCoverage;
import io.floorview.store.RollupStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The staffing screen's numbers are the command line's for the same inputs. */
class StaffingServiceMatchesCommandTest {

    @TempDir
    static Path dir;

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        // calls, minutes, aht, target%, threshold, asa, max occupancy, shrinkage, patience
        "100, 30, 180, 80, 20, -, -, 0.30, -",
        "100, 30, 180, 80, 19.8, -, 0.70, 0.30, -",
        "100, 30, 180, 80, 20, 5, -, -, -",
        "100, 30, 180, 80, 20, -, -, -, 60",
        "8.3, 15, 126, 90, 15, -, 0.85, 0.35, -",
        "21, 15, 300, 80, 20, -, 0.7, 0.3, 120",
        "2500.5, 30, 240, 95, 10, 4, 0.9, 0.25, -",
        "0.4, 15, 600, 80, 20, -, -, -, 30",
    })
    void sameAgentsAndHeadsAsTheCommand(String calls, int minutes, String aht, String target, String threshold,
                                        String asa, String occ, String shrink, String patience) throws Exception {
        List<String> args = new ArrayList<>(List.of("staffing", "--calls", calls, "--period", minutes + "m",
                "--aht", aht, "--target", target + "/" + threshold));
        if (asa != null) {
            args.addAll(List.of("--asa", asa));
        }
        if (occ != null) {
            args.addAll(List.of("--max-occupancy", occ));
        }
        if (shrink != null) {
            args.addAll(List.of("--shrinkage", shrink));
        }
        if (patience != null) {
            args.addAll(List.of("--patience", patience));
        }
        CommandLine cl = FloorviewCommand.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute(args.toArray(String[]::new))).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());

        Database db = Database.open(dir.resolve("floorview.db"));
        StaffingService service = new StaffingService(new RollupStore(db), new RollupCoverage(db),
                new ForecastEditStore(db), CenterSettings.defaults(ZoneOffset.UTC), () -> 0L, null, 6);
        StaffingGoal goal = new StaffingGoal(new BigDecimal(target), Double.parseDouble(threshold),
                asa == null ? null : Double.valueOf(asa), occ == null ? null : new BigDecimal(occ));
        StaffingParameters p = new StaffingParameters(goal, patience == null ? null : Double.valueOf(patience),
                shrink == null ? Shrinkage.NONE : new Shrinkage(new BigDecimal(shrink)));
        IntervalStaffing s = service.staff(List.of(new IntervalLoad(0, new BigDecimal(calls), new BigDecimal(aht))),
                minutes, p).get(0);

        assertThat(s.agents()).isEqualTo(json.get("agents").asInt());
        assertThat(s.scheduledHeads()).isEqualTo(json.get("scheduledAgents").asInt());
        assertThat(s.result().figures().serviceLevel()).isEqualTo(json.get("serviceLevel").asDouble());
        assertThat(s.result().figures().model().label()).isEqualTo(json.get("model").asText());
    }
}
