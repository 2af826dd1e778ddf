package io.floorview.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.app.cli.FloorviewCommand;
import io.floorview.app.wiring.DataDirs;
import io.floorview.testing.CommandRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line as a user meets it: help, errors in words, results on stdout only. */
class CommandLineTest {

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void helpListsEveryCommand() {
        CommandRun r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("feed", "ingest", "selftest", "bench", "qa", "--data-dir", "--feed");
    }

    @Test
    void aCommandNamedFirstIsBuiltAloneAndBehavesAsInTheWholeTree() {
        java.util.Set<String> all = FloorviewCommand.commandLine().getSubcommands().keySet();
        assertThat(all).contains("feed", "ingest", "selftest", "bench", "staffing", "qa", "report", "import",
                "screenshot", "help");
        for (String name : all) {
            if (name.equals("help")) {
                // "help report" must know every command
                assertThat(FloorviewCommand.commandLine("help", "report").getSubcommands().keySet()).isEqualTo(all);
                continue;
            }
            assertThat(FloorviewCommand.commandLine(name, "--help").getSubcommands().keySet())
                    .as("the command line for '%s'", name)
                    .containsExactlyInAnyOrder(name, "help");
            StringWriter alone = new StringWriter();
            StringWriter whole = new StringWriter();
            FloorviewCommand.commandLine(name).getSubcommands().get(name).usage(new PrintWriter(alone));
            FloorviewCommand.commandLine().getSubcommands().get(name).usage(new PrintWriter(whole));
            assertThat(alone.toString()).isEqualTo(whole.toString());
        }
        // a misspelt command still meets every command, and picocli's suggestion
        CommandRun r = run("reprot", "--queue-log", "x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("report");
    }

    @Test
    void theConsolesOptionsBeforeACommandAreRefusedNotIgnored(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path log = java.nio.file.Files.writeString(dir.resolve("q.log"), "1677019360|c1|q|NONE|ENTERQUEUE||400|1\n");
        Path data = dir.resolve("data");
        CommandRun r = run("--data-dir", data.toString(), "import", "--queue-log", log.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("floorview: --data-dir goes after the command: floorview import --data-dir DIR");
        assertThat(r.out()).isEmpty();
        assertThat(data).doesNotExist();

        CommandRun lang = run("--language", "klingon", "screenshot", "--out", dir.resolve("x.png").toString());
        assertThat(lang.code()).isEqualTo(2);
        assertThat(lang.err()).contains("--language goes after the command: floorview screenshot --language TAG");
        assertThat(dir.resolve("x.png")).doesNotExist();

        CommandRun zone = run("--zone", "UTC", "report", "--queue-log", log.toString());
        assertThat(zone.code()).isEqualTo(2);
        assertThat(zone.err()).contains("--zone is an option of the console", "not of 'report'",
                "floorview report --help");
        assertThat(zone.out()).isEmpty();

        // --help and --version at the root are as ever
        assertThat(run("--version").code()).isZero();
        assertThat(run("--help").code()).isZero();
    }

    @Test
    void aWordThatIsNoCommandGetsTheListOfCommands() {
        CommandRun r = run("bogus");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("floorview: there is no command 'bogus'. The commands: feed, ingest,",
                        "report, import, screenshot")
                .doesNotContain("Unmatched argument");
    }

    @Test
    void aBadOptionValueSaysWhatIsExpected() {
        CommandRun r = run("ingest", "--zone", "Mars/Olympus", "--until-seq", "1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'Mars/Olympus' is not a time zone");
        CommandRun t = run("ingest", "--day-start", "25:99");
        assertThat(t.err()).contains("is not a time of day");
    }

    @Test
    void theFeedServerRefusesToListenBeyondThisComputerWithoutAToken() {
        CommandRun r = run("feed", "--bind", "0.0.0.0", "--port", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("without an access token");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aTakenPortIsNamedWithAWayOut() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CommandRun r = run("feed", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).startsWith("floorview feed: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": that address and port are already in use").contains("--port");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aPortOutOfRangeIsABadOptionNotACrash() {
        CommandRun r = run("feed", "--port", "99999");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("floorview feed: --port 99999 is not a port; give 1 to 65535 (or 0 for any free port)");
        assertThat(run("feed", "--port", "-1").code()).isEqualTo(2);
    }

    @Test
    void helpTextsReadAsWholeSentences() {
        CommandRun root = run("--help");
        // picocli shows each command's first description line as its summary: a whole sentence each
        java.util.Map<String, CommandLine> commands = FloorviewCommand.commandLine().getSubcommands();
        for (var e : commands.entrySet()) {
            String[] desc = e.getValue().getCommandSpec().usageMessage().description();
            assertThat(desc).as("%s has a description", e.getKey()).isNotEmpty();
            assertThat(desc[0]).as("the summary of %s", e.getKey()).endsWith(".");
            for (CommandLine sub : e.getValue().getSubcommands().values()) {
                String[] subDesc = sub.getCommandSpec().usageMessage().description();
                assertThat(subDesc[0]).as("the summary of %s %s", e.getKey(), sub.getCommandName()).endsWith(".");
            }
        }
        assertThat(root.out()).contains("staffing    Works out the agents one interval needs, by Erlang C or Erlang A.");
        CommandRun score = run("qa", "score", "--help");
        assertThat(score.out()).contains("Prints the score breakdown of an evaluation file.\n")
                .doesNotContain("possible,\n");
        CommandRun feed = run("feed", "--help");
        assertThat(feed.out()).contains("simulator:", "queue-log:PATH", "ami://", "(default 00:00)");
    }

    @Test
    void benchNeedsASubcommand() {
        CommandRun r = run("bench");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("ingest");
    }

    @Test
    void ingestStopsAtTheSeqAskedAndPrintsWhatItHoldsAsJson(@org.junit.jupiter.api.io.TempDir Path dir) {
        CommandRun r = run("ingest", "--data-dir", dir.toString(), "--until-seq", "50", "--timeout", "60",
                "--zone", "Europe/Rome", "--seed", "3");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().trim()).startsWith("{\"feed\":\"sim-3-").contains("\"setAside\":0")
                .doesNotContain("INFO");
        assertThat(dir.resolve("floorview.db")).exists();
    }

    @Test
    void theDataFolderFollowsEachSystemsConvention() {
        Path home = Path.of("/home/ana");
        assertThat(DataDirs.defaultDataDir("Linux", Map.of(), home)).isEqualTo(Path.of("/home/ana/.local/share/floorview"));
        assertThat(DataDirs.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "/data/ana"), home))
                .isEqualTo(Path.of("/data/ana/floorview"));
        assertThat(DataDirs.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "relative"), home))
                .as("XDG says a relative path is to be ignored").isEqualTo(Path.of("/home/ana/.local/share/floorview"));
        assertThat(DataDirs.defaultDataDir("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Floorview"));
        assertThat(DataDirs.defaultDataDir("Windows 11", Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"), home))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Roaming/Floorview"));
    }
}
