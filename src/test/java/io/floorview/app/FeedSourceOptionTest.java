package io.floorview.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.testing.CommandRun;
import org.junit.jupiter.api.Test;

/** {@code floorview feed --source}: the simulator, an AMI address, and clear refusals for the rest. */
class FeedSourceOptionTest {

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void helpNamesTheSources() {
        CommandRun r = run("feed", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--source", "simulator", "ami://USER:SECRET@HOST:5038", "FLOORVIEW_AMI_SECRET");
    }

    @Test
    void aSourceNotSupportedYetIsAUsageError() {
        CommandRun r = run("feed", "--port", "0", "--source", "kafka:site-1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'kafka:' is not supported");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBadAmiAddressIsAUsageErrorThatHidesTheSecret() {
        CommandRun noUser = run("feed", "--port", "0", "--source", "ami://pbx1:5038");
        assertThat(noUser.code()).isEqualTo(2);
        assertThat(noUser.err()).contains("names no manager user");
        CommandRun badOption = run("feed", "--port", "0", "--source", "ami://floor:hunter2@pbx1?wrapup=later");
        assertThat(badOption.code()).isEqualTo(2);
        assertThat(badOption.err()).contains("wrapup").doesNotContain("hunter2");
        CommandRun unknown = run("feed", "--port", "0", "--source", "asterisk");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown source 'asterisk'");
    }
}
