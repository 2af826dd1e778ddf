package io.floorview.app.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * What the root command line says about options and commands in the wrong place: the console's options
 * ({@code --data-dir}, {@code --language}, …) given before a command would be silently ignored, so they are
 * refused with where they go; a word that is no command gets the list of commands.
 */
final class RootOptions {

    private RootOptions() {
    }

    /**
     * Why a command line with the console's options before a command is refused, or {@code null} when it has
     * none (or no command). {@code --help} and {@code --version} stay as they are: they never reach a command.
     */
    static String misplaced(ParseResult root) {
        if (!root.hasSubcommand()) {
            return null;
        }
        OptionSpec first = root.matchedOptions().stream()
                .filter(o -> !o.usageHelp() && !o.versionHelp())
                .findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        CommandSpec command = root.subcommand().commandSpec();
        String name = first.longestName();
        String cmd = command.qualifiedName(" ");
        if (command.findOption(name) != null) {
            OptionSpec there = command.findOption(name);
            String value = there.arity().max() > 0 ? " " + there.paramLabel() : "";
            return name + " goes after the command: " + cmd + " " + name + value + " …";
        }
        return name + " is an option of the console (floorview without a command), not of '"
                + command.name() + "'; see " + cmd + " --help";
    }

    /** "there is no command 'x'" and the commands, when {@code ex} is a root command line's unknown word; else null. */
    static String noSuchCommand(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || ex.getCommandLine().getParent() != null) {
            return null;
        }
        List<String> unmatched = u.getUnmatched();
        if (unmatched.isEmpty() || unmatched.get(0).startsWith("-")) {
            return null;
        }
        String commands = ex.getCommandLine().getSubcommands().keySet().stream()
                .collect(Collectors.joining(", "));
        return "there is no command '" + unmatched.get(0) + "'. The commands: " + commands + ".";
    }
}
