package io.floorview.app.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code floorview}: opens the console; its subcommands run headless. */
@Command(name = "floorview", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Floorview: the live floor, reports, schedules and QA of a call center.",
            "Without a command it opens the console, on the built-in simulated center unless --feed is given."})
public final class FloorviewCommand implements Callable<Integer> {

    /**
     * The commands, by the name each declares, in the order the usage lists them. They are added by
     * {@link #commandLine(String...)}, not by annotation: reading every command's options by reflection takes
     * about a third of a second, which a headless command such as {@code report} should not pay for the others.
     */
    static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("feed", FeedCommand.class);
        m.put("ingest", IngestCommand.class);
        m.put("selftest", SelftestCommand.class);
        m.put("bench", BenchCommand.class);
        m.put("staffing", StaffingCommand.class);
        m.put("qa", QaCommand.class);
        m.put("report", ReportCommand.class);
        m.put("import", ImportCommand.class);
        m.put("screenshot", ScreenshotCommand.class);
        return Collections.unmodifiableMap(m);
    }

    @Mixin
    ConsoleOptions options;

    /** The command line with every command and Floorview's settings: errors in words, usage on stderr. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for {@code args}: when they start with a command's name only that command is built (it
     * behaves exactly as in the whole tree); otherwise every command, so that the console's options, the usage
     * and picocli's "did you mean" work as ever.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new FloorviewCommand());
        Class<?> only = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (only != null) {
            cl.addSubcommand(only);
        } else {
            COMMANDS.values().forEach(cl::addSubcommand);
        }
        cl.addSubcommand(CommandLine.HelpCommand.class);
        // the settings below reach the commands added so far, so they come after them
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // --open staffing (or qa): a screen named like a command is still the option's value
        cl.setAllowSubcommandsAsOptionParameters(true);
        cl.setExecutionStrategy(parse -> {
            String misplaced = RootOptions.misplaced(parse);
            if (misplaced != null) {
                parse.commandSpec().commandLine().getErr().println("floorview: " + misplaced);
                return CommandLine.ExitCode.USAGE;
            }
            return new CommandLine.RunLast().execute(parse);
        });
        CommandLine.IParameterExceptionHandler usual = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((ex, rest) -> {
            String noSuch = RootOptions.noSuchCommand(ex);
            if (noSuch == null) {
                return usual.handleParseException(ex, rest);
            }
            java.io.PrintWriter err = ex.getCommandLine().getErr();
            err.println("floorview: " + noSuch);
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("See 'floorview --help'.");
            return CommandLine.ExitCode.USAGE;
        });
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
        ConsoleWindow.run(options, open);
        return 0;
    }
}
