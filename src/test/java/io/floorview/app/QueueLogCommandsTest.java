package io.floorview.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.testing.CommandRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue_log commands as a user meets them: the generator, the benchmark, and feed --source. */
class QueueLogCommandsTest {

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void benchListsTheQueueLogBenchmarks() {
        CommandRun r = run("bench", "--help");
        assertThat(r.out()).contains("queue-log", "queue-log-gen", "ingest");
    }

    @Test
    void theGeneratorWritesTheLinesAskedAndSaysSoAsJson() throws Exception {
        Path out = dir.resolve("gen.queue_log");
        CommandRun r = run("bench", "queue-log-gen", "--lines", "2000", "--out", out.toString(), "--seed", "2");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("lines").asLong()).isEqualTo(2000);
        assertThat(json.get("bytes").asLong()).isEqualTo(Files.size(out));
        assertThat(Files.readAllLines(out)).hasSize(2000);
    }

    @Test
    void theBenchmarkPrintsLinesPerSecondAsJson() throws Exception {
        CommandRun r = run("bench", "queue-log", "--lines", "5000");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("linesPerSecond").asLong()).isPositive();
        assertThat(json.get("lines").asLong()).isEqualTo(5000);
        assertThat(json.get("setAside").asLong()).isZero();
        assertThat(json.get("events").asLong()).isGreaterThan(5000);
    }

    @Test
    void theBenchmarkReadsAGivenFileToo() throws Exception {
        Path out = dir.resolve("gen.queue_log");
        run("bench", "queue-log-gen", "--lines", "3000", "--out", out.toString());
        CommandRun r = run("bench", "queue-log", "--file", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("lines").asLong()).isEqualTo(3000);
        CommandRun missing = run("bench", "queue-log", "--file", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read");
    }

    @Test
    void theFeedRefusesAQueueLogItCannotFollowAndSaysWhy() {
        CommandRun folder = run("feed", "--port", "0", "--source", "queue-log:" + dir);
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).contains("is a folder, not a queue_log file");
        CommandRun noFolder = run("feed", "--port", "0", "--source", "queue-log:" + dir.resolve("no/such/queue_log"));
        assertThat(noFolder.code()).isEqualTo(2);
        assertThat(noFolder.err()).contains("does not exist: is the path to the queue_log right?");
        CommandRun empty = run("feed", "--port", "0", "--source", "queue-log:");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("needs a file");
        CommandRun other = run("feed", "--port", "0", "--source", "kafka:site-1");
        assertThat(other.code()).isEqualTo(2);
        assertThat(other.err()).contains("the source 'kafka:' is not supported");
        assertThat(folder.out() + noFolder.out() + other.out()).isEmpty();
    }

    @Test
    void theFeedRefusesToFollowAFileThatIsNoQueueLog() throws Exception {
        byte[] binary = new byte[100_000];
        new java.util.Random(3).nextBytes(binary);
        Path bin = Files.write(dir.resolve("program"), binary);
        CommandRun r = run("feed", "--port", "0", "--source", "queue-log:" + bin);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(bin + " is not an Asterisk queue_log", "not followed");
        assertThat(r.out()).isEmpty();

        Path readme = Files.writeString(dir.resolve("README.md"), "# Floorview\n\nA console.\n");
        CommandRun text = run("feed", "--port", "0", "--source", "queue-log:" + readme);
        assertThat(text.code()).isEqualTo(2);
        assertThat(text.err()).contains("README.md is not an Asterisk queue_log");
    }

    @Test
    void theFeedRefusesAQueueLogItMayNotRead() throws Exception {
        Path log = Files.writeString(dir.resolve("queue_log"), "1700000000|NONE|NONE|NONE|QUEUESTART|\n");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(log), "this user reads every file (root): nothing to refuse");
        CommandRun r = run("feed", "--port", "0", "--source", "queue-log:" + log);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("cannot read", "permission denied");
    }

    @Test
    void theFeedHelpSaysAMissingFileIsWaitedFor() {
        CommandRun r = run("feed", "--help");
        assertThat(r.out().replaceAll("\\s+", " ")).contains("queue-log:PATH", "waits for it", "rotation and truncation");
    }
}
