package io.floorview.app.cli;

import io.floorview.domain.staffing.Load;
import io.floorview.domain.staffing.QueueFigures;
import io.floorview.domain.staffing.QueueModelKind;
import io.floorview.domain.staffing.Shrinkage;
import io.floorview.domain.staffing.Staffing;
import io.floorview.domain.staffing.StaffingGoal;
import io.floorview.domain.staffing.StaffingResult;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code floorview staffing}: agents needed for one interval by Erlang C or Erlang A, or the figures of a given number. */
@Command(name = "staffing", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Works out the agents one interval needs, by Erlang C or Erlang A.",
            "The answer is the fewest agents that meet the service-level target (and --asa), raised until occupancy"
                + " is at most --max-occupancy; by Erlang C, or by Erlang A when --patience is given. With --agents it"
                + " gives the figures of that many agents instead.",
            "",
            "Prints one JSON line (or a table with --format text): model, traffic (Erlangs), agents,"
                + " probabilityOfWaiting, serviceLevel, asa (seconds), occupancy, probabilityOfAbandon (Erlang A only)"
                + " and scheduledAgents, the heads to schedule after shrinkage: ceil(agents / (1 - shrinkage)), exactly.",
            "",
            "Erlang C with agents <= traffic is unstable (the queue grows without bound): asa is null, serviceLevel 0,"
                + " probabilityOfWaiting 1, occupancy 1. Erlang A always has an answer: its serviceLevel counts callers"
                + " who hang up as not answered in time, and its asa is the wait of answered calls.",
            "Bad input exits with status 2 and one line on standard error saying why.",
            ""},
        footer = {"", "Example:", "  floorview staffing --calls 100 --period 30m --aht 180 --target 80/20 \\",
            "      --shrinkage 0.30 --format text", ""})
final class StaffingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--calls", paramLabel = "CALLS", description = "Calls offered in the interval, may be fractional (required).")
    String calls;

    @Option(names = "--period", paramLabel = "LENGTH", description = "The interval's length: 15m, 30m, 1h, 3600s (required).")
    String period;

    @Option(names = "--aht", paramLabel = "SECONDS", description = "Average handle time: talk + hold + wrap-up (required).")
    String aht;

    @Option(names = "--target", paramLabel = "PERCENT/SECONDS", defaultValue = "80/20",
            description = "Service-level target: PERCENT of calls answered within SECONDS (default ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--max-occupancy", paramLabel = "SHARE", description = "Occupancy cap, such as 0.85 or 85%%.")
    String maxOccupancy;

    @Option(names = "--shrinkage", paramLabel = "SHARE",
            description = "Share of paid time off the phones, such as 0.30 or 30%% (default none).")
    String shrinkage;

    @Option(names = "--patience", paramLabel = "SECONDS",
            description = "Mean caller patience: use Erlang A, where callers hang up (default: Erlang C, they never do).")
    String patience;

    @Option(names = "--asa", paramLabel = "SECONDS", description = "Longest acceptable average speed of answer.")
    String asa;

    @Option(names = "--agents", paramLabel = "N", description = "Evaluate this many agents instead of finding the number.")
    String agents;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (one line, the default) or text (a table).")
    String format;

    @Override
    public Integer call() {
        try {
            String fmt = format.trim().toLowerCase(Locale.ROOT);
            if (!fmt.equals("json") && !fmt.equals("text")) {
                throw new StaffingArgs.BadValue("--format: '" + format + "' is not json or text");
            }
            Staffing staffing = staffing();
            StaffingResult result = agents == null ? staffing.required() : staffing.evaluate(StaffingArgs.agents(agents));
            if (fmt.equals("text")) {
                spec.commandLine().getOut().print(StaffingTable.render(staffing, result));
            } else {
                spec.commandLine().getOut().println(Json.line(json(result)));
            }
            spec.commandLine().getOut().flush();
            return 0;
        } catch (StaffingArgs.BadValue | IllegalArgumentException e) {
            spec.commandLine().getErr().println("floorview staffing: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }

    private Staffing staffing() {
        require(calls, "--calls", "the calls offered in the interval, such as --calls 100");
        require(period, "--period", "the interval's length, such as --period 30m");
        require(aht, "--aht", "the average handle time in seconds, such as --aht 180");
        Load load = new Load(StaffingArgs.number("--calls", calls), StaffingArgs.seconds("--period", period, false),
                StaffingArgs.seconds("--aht", aht, true));
        StaffingArgs.Target t = StaffingArgs.target(target);
        StaffingGoal goal = new StaffingGoal(t.percent(), t.thresholdSec(),
                asa == null ? null : StaffingArgs.seconds("--asa", asa, true).doubleValue(),
                maxOccupancy == null ? null : StaffingArgs.share("--max-occupancy", maxOccupancy));
        Shrinkage s = shrinkage == null ? Shrinkage.NONE : new Shrinkage(StaffingArgs.share("--shrinkage", shrinkage));
        Double patienceSec = patience == null ? null : StaffingArgs.seconds("--patience", patience, true).doubleValue();
        return new Staffing(load, goal, patienceSec, s);
    }

    private static void require(String value, String option, String what) {
        if (value == null || value.isBlank()) {
            throw new StaffingArgs.BadValue(option + " is missing: give " + what);
        }
    }

    static Map<String, Object> json(StaffingResult r) {
        QueueFigures f = r.figures();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", f.model().label());
        out.put("traffic", f.traffic());
        out.put("agents", f.agents());
        out.put("probabilityOfWaiting", f.probabilityOfWaiting());
        out.put("serviceLevel", f.serviceLevel());
        out.put("asa", f.stable() ? f.asaSec() : null);
        out.put("occupancy", f.occupancy());
        if (f.model() == QueueModelKind.ERLANG_A) {
            out.put("probabilityOfAbandon", f.probabilityOfAbandon());
        }
        out.put("scheduledAgents", r.scheduledAgents());
        return out;
    }
}
