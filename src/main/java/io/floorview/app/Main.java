package io.floorview.app;

import io.floorview.app.cli.FloorviewCommand;
import picocli.CommandLine;

/** Floorview's entry point: the console with no command, a headless command otherwise. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = FloorviewCommand.commandLine(args).execute(args);
        System.exit(code);
    }

    /** Runs a command line in this JVM and returns its exit code (for tests). */
    public static int run(String... args) {
        return FloorviewCommand.commandLine(args).execute(args);
    }

    static CommandLine commandLine() {
        return FloorviewCommand.commandLine();
    }
}
