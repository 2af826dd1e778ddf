package io.floorview.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorview.app.cli.FloorviewCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of Floorview's command line in this JVM, as {@code Main} runs it (only the command named first is
 * built), with what it wrote to standard output and standard error.
 */
public record CommandRun(int code, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static CommandRun of(String... args) {
        CommandLine cl = FloorviewCommand.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** Standard output as JSON; null when the command wrote nothing there. */
    public JsonNode json() throws Exception {
        return out.isBlank() ? null : JSON.readTree(out);
    }
}
