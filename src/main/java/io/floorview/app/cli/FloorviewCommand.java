package io.floorview.app.cli;

import io.floorview.app.wiring.ConsoleContext;
import io.floorview.app.wiring.ConsoleLauncher;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code floorview}: opens the console; its subcommands run headless. */
@Command(name = "floorview", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Floorview: the live floor, reports, schedules and QA of a call center.",
            "Without a command it opens the console, on the built-in simulated center unless --feed is given."},
        subcommands = {FeedCommand.class, IngestCommand.class, SelftestCommand.class, BenchCommand.class,
            StaffingCommand.class, QaCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class FloorviewCommand implements Callable<Integer> {

    @Mixin
    ConsoleOptions options;

    /** The command line with Floorview's settings: errors in words, usage on stderr. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new FloorviewCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // "--open qa" names the QA screen, not the "qa" command
        cl.setAllowSubcommandsAsOptionParameters(true);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("floorview: " + Errors.describe(ex));
            return 1;
        });
        return cl;
    }

    @picocli.CommandLine.Option(names = "--open", paramLabel = "SCREEN",
            description = "Open this screen first: live, reports, schedules, staffing, qa …")
    String open;

    @Override
    public Integer call() throws Exception {
        Displays.requireDisplay();
        try (ConsoleContext context = ConsoleContext.open(options.config())) {
            ConsoleLauncher.run(context, open == null ? null : (stage, window, model) -> {
                if (!window.showSection(open)) {
                    System.err.println("floorview: there is no screen '" + open + "'; opening the live floor");
                }
            });
        }
        return 0;
    }
}
