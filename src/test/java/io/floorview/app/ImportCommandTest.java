package io.floorview.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.testing.CommandRun;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code floorview import --queue-log}: one JSON line of what was imported and set aside; never twice. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, JsonNode json, String err) {
    }

    private Run run(String... args) throws Exception {
        CommandRun r = CommandRun.of(args);
        return new Run(r.code(), r.json(), r.err());
    }

    private static Path sample(String name) {
        Path log = Path.of(System.getProperty("floorview.sharedData", "../shared/data"), "queue_log", name);
        Assumptions.assumeTrue(Files.isReadable(log), "the shared real data (" + log + ") is not beside the checkout");
        return log;
    }

    @Test
    void theLabLogOnceThenAlreadyImported() throws Exception {
        Path log = sample("lab-pbx-2023.queue_log");
        String data = dir.resolve("data").toString();
        Run first = run("import", "--queue-log", log.toString(), "--data-dir", data, "--tz", "UTC");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.json().path("lines").asLong()).isEqualTo(85);
        assertThat(first.json().path("eventsNew").asLong()).isEqualTo(29);
        assertThat(first.json().path("alreadyImported").asBoolean()).isFalse();
        assertThat(first.json().path("ignored").path("QUEUESTART").asLong()).isEqualTo(18);
        assertThat(first.json().path("previousImport").isNull()).isTrue();

        Run again = run("import", "--queue-log", log.toString(), "--data-dir", data, "--tz", "UTC");
        assertThat(again.json().path("eventsNew").asLong()).isZero();
        assertThat(again.json().path("eventsAlreadyHeld").asLong()).isEqualTo(29);
        assertThat(again.json().path("alreadyImported").asBoolean()).isTrue();
        assertThat(again.json().path("previousImport").asText()).endsWith("Z");
    }

    @Test
    void aLineOutOfOrderIsSetAsideWithItsLineNumber() throws Exception {
        Run r = run("import", "--queue-log", sample("xivo-2012-samples.queue_log").toString(), "--data-dir",
                dir.resolve("data").toString(), "--tz", "UTC");
        assertThat(r.code()).isZero();
        assertThat(r.json().path("setAside").asLong()).isEqualTo(1);
        assertThat(r.json().path("setAsideLines").get(0).path("line").asLong()).isEqualTo(11);
        assertThat(r.json().path("setAsideLines").get(0).path("reason").asText()).contains("out of order");
    }

    @Test
    void aMissingFileIsAClearError() throws Exception {
        Run r = run("import", "--queue-log", dir.resolve("nope.log").toString(), "--data-dir", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.log does not exist");
    }

    @Test
    void anotherLogStartingWithTheSameLineIsRefusedWithExit2() throws Exception {
        Path data = dir.resolve("data");
        String start = "1700000000|NONE|NONE|NONE|CONFIGRELOAD|\n";
        Path pbx1 = Files.writeString(dir.resolve("pbx1.log"), start + "1700000100|c1|support|NONE|ENTERQUEUE||5551|1\n");
        Path pbx2 = Files.writeString(dir.resolve("pbx2.log"), start + "1700000200|d1|sales|NONE|ENTERQUEUE||5559|1\n");
        assertThat(run("import", "--queue-log", pbx1.toString(), "--data-dir", data.toString()).code()).isZero();

        Run r = run("import", "--queue-log", pbx2.toString(), "--data-dir", data.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.json()).isNull();
        assertThat(r.err()).contains("floorview import: " + pbx2 + " starts like the queue_log imported before",
                "another log or a changed copy", "nothing was imported");
    }

    @Test
    void aFileThatIsNoQueueLogIsRefusedAndNothingIsRegistered() throws Exception {
        Path data = dir.resolve("data");
        Path readme = Files.writeString(dir.resolve("README.md"), "Floorview\n=========\nA console.\n");
        Run r = run("import", "--queue-log", readme.toString(), "--data-dir", data.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.json()).isNull();
        assertThat(r.err()).contains("floorview import: " + readme + " is not an Asterisk queue_log",
                "none of its 3 lines", "nothing was imported");
        Path empty = Files.writeString(dir.resolve("empty.log"), "");
        Run e = run("import", "--queue-log", empty.toString(), "--data-dir", data.toString());
        assertThat(e.code()).isEqualTo(2);
        assertThat(e.err()).contains("is empty");
        Path fresh = dir.resolve("fresh");
        assertThat(run("import", "--queue-log", empty.toString(), "--data-dir", fresh.toString()).code()).isEqualTo(2);
        assertThat(fresh).as("no cache made for an empty file").doesNotExist();
        try (io.floorview.store.EventCache cache = new io.floorview.store.EventCache(
                io.floorview.store.Database.open(data.resolve("floorview.db")))) {
            assertThat(cache.feedNames()).isEmpty();
        }

        // a real log whose lines are only events without calls is a queue_log: imported, with no calls
        Path quiet = Files.writeString(dir.resolve("quiet.queue_log"),
                "1675555753|NONE|NONE|NONE|CONFIGRELOAD|\n1675555754|NONE|Support|NONE|QUEUESTART|\n");
        Run q = run("import", "--queue-log", quiet.toString(), "--data-dir", data.toString());
        assertThat(q.code()).as(q.err()).isZero();
        assertThat(q.json().path("ignored").path("QUEUESTART").asLong()).isEqualTo(1);
        assertThat(q.json().path("eventsNew").asLong()).isZero();
    }
}
