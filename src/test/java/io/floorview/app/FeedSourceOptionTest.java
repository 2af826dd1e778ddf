package io.floorview.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.app.cli.FloorviewCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code floorview feed --source}: the simulator, an AMI address, and clear refusals for the rest. */
class FeedSourceOptionTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = FloorviewCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpNamesTheSources() {
        Run r = run("feed", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--source", "simulator", "ami://USER:SECRET@HOST:5038", "FLOORVIEW_AMI_SECRET");
    }

    @Test
    void aSourceNotSupportedYetIsAUsageError() {
        Run r = run("feed", "--port", "0", "--source", "kafka:site-1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'kafka:' is not supported");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBadAmiAddressIsAUsageErrorThatHidesTheSecret() {
        Run noUser = run("feed", "--port", "0", "--source", "ami://pbx1:5038");
        assertThat(noUser.code()).isEqualTo(2);
        assertThat(noUser.err()).contains("names no manager user");
        Run badOption = run("feed", "--port", "0", "--source", "ami://floor:hunter2@pbx1?wrapup=later");
        assertThat(badOption.code()).isEqualTo(2);
        assertThat(badOption.err()).contains("wrapup").doesNotContain("hunter2");
        Run unknown = run("feed", "--port", "0", "--source", "asterisk");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown source 'asterisk'");
    }
}
