package io.floorview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.floorview.testing.CommandRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command on a real Asterisk log, against figures counted by hand from its lines. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static Path labLog() {
        Path data = Path.of(System.getProperty("floorview.sharedData", "../shared/data"));
        Path log = data.resolve("queue_log").resolve("lab-pbx-2023.queue_log");
        Assumptions.assumeTrue(Files.isReadable(log), "the shared real data (" + log + ") is not beside the checkout");
        return log;
    }

    /**
     * The lab PBX's 85 lines, without its 64 QUEUESTART/CONFIGRELOAD lines:
     * Support: 7 ENTERQUEUE; CONNECT ×2 after 8 s and 5 s (PJSIP/400), COMPLETEAGENT talk 5 s and COMPLETECALLER
     * talk 104 s; ABANDON ×4 after 20, 11, 17 and 20 s (none under 5 s); EXITWITHTIMEOUT ×1 after 20 s;
     * RINGNOANSWER ×2 (PJSIP/400) and RINGCANCELED ×1 (the caller hung up while it rang: not the agent's miss).
     * sales: 1 ENTERQUEUE, ABANDON after 9 s.
     */
    @Test
    void theLabPbxLogCountedByHand() throws Exception {
        CommandRun r = run("report", "--queue-log", labLog().toString(), "--tz", "UTC", "--sl", "5,20");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode support = j.path("queues").path("Support");
        assertThat(support.path("offered").asLong()).isEqualTo(7);
        assertThat(support.path("answered").asLong()).isEqualTo(2);
        assertThat(support.path("abandoned").asLong()).isEqualTo(4);
        assertThat(support.path("shortAbandoned").asLong()).isZero();
        assertThat(support.path("timedOut").asLong()).isEqualTo(1);
        assertThat(support.path("overflowed").asLong()).isEqualTo(1);
        assertThat(support.path("rejected").asLong()).isZero();
        // ASA (8 + 5) / 2; abandon wait (20 + 11 + 17 + 20) / 4; talk (5 + 104) / 2
        assertThat(support.path("asa").asDouble()).isEqualTo(6.5);
        assertThat(support.path("avgAbandonWait").asDouble()).isEqualTo(17.0);
        assertThat(support.path("maxWait").asDouble()).isEqualTo(20.0);
        assertThat(support.path("avgTalk").asDouble()).isEqualTo(54.5);
        // SL(20) = A≤20 / (A + Ab − ShortAb) = 2 / 6; SL(5) = 1 / 6 (only the 5 s answer)
        assertThat(support.path("serviceLevel").path("20").asDouble()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(support.path("serviceLevel").path("5").asDouble()).isCloseTo(1.0 / 6, within(1e-12));
        // abandon rate (Ab − ShortAb) / (Off − ShortAb) = 4 / 7
        assertThat(support.path("abandonRate").asDouble()).isCloseTo(4.0 / 7, within(1e-12));

        JsonNode sales = j.path("queues").path("sales");
        assertThat(sales.path("offered").asLong()).isEqualTo(1);
        assertThat(sales.path("abandoned").asLong()).isEqualTo(1);
        assertThat(sales.path("asa").isNull()).as("nothing answered: undefined, not 0").isTrue();
        assertThat(sales.path("serviceLevel").path("20").asDouble()).isZero();

        JsonNode agent = j.path("agents").path("PJSIP/400");
        assertThat(agent.path("answered").asLong()).isEqualTo(2);
        assertThat(agent.path("ringNoAnswer").asLong()).isEqualTo(2);
        assertThat(agent.path("talkTime").asDouble()).isEqualTo(109.0);

        assertThat(j.path("allQueues").path("offered").asLong()).isEqualTo(8);
        assertThat(j.path("file").path("ignored").path("CONFIGRELOAD").asLong()).isEqualTo(46);
        assertThat(j.path("file").path("setAside").asLong()).isZero();
    }

    @Test
    void aWindowAndIntervalsCountTheCallsThatEnteredInThem() throws Exception {
        // 2023-02-06 (UTC) holds two Support calls: one abandoned at 21:55 after 20 s, one answered at 21:56
        CommandRun r = run("report", "--queue-log", labLog().toString(), "--tz", "UTC", "--from", "2023-02-06",
                "--to", "2023-02-06", "--interval", "60m");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("queues").path("Support").path("offered").asLong()).isEqualTo(2);
        assertThat(j.path("queues").has("sales")).isFalse();
        JsonNode rows = j.path("intervals");
        assertThat(rows.size()).isEqualTo(2); // Support and all queues, one hour
        assertThat(rows.get(0).path("interval").asText()).isEqualTo("2023-02-06 22:00");
        assertThat(rows.get(0).path("start").asText()).isEqualTo("2023-02-06T22:00:00Z");
    }

    @Test
    void csvAndTextToo() throws Exception {
        CommandRun csv = run("report", "--queue-log", labLog().toString(), "--tz", "UTC", "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        try (CSVParser p = CSVParser.parse(csv.out(), CSVFormat.RFC4180)) {
            java.util.List<CSVRecord> records = p.getRecords();
            // each table: its title alone on a row, its header, its rows; an empty line before the next
            assertThat(records.get(0).values()).containsExactly("Queues over the period");
            assertThat(records.get(1).get(0)).isEqualTo("queue");
            assertThat(records.get(2).get(0)).isEqualTo("Support");
            assertThat(records.get(2).get(1)).isEqualTo("7");
            assertThat(records.stream().map(r -> r.get(0))).contains("Queues by interval", "Agents over the period")
                    .noneMatch(c -> c.startsWith("#"));
        }
        assertThat(csv.out()).startsWith("Queues over the period\r\nqueue,offered,").contains("\r\n\r\nQueues by interval\r\n")
                .doesNotContain("\"#");
        CommandRun text = run("report", "--queue-log", labLog().toString(), "--tz", "UTC", "--format", "text");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Queues over the period", "Support", "PJSIP/400");
    }

    @Test
    void startsAndEndsInTheLogsOwnFormsAndAMaxWaitOnlyWhereCallsWaited() throws Exception {
        Path log = Files.writeString(dir.resolve("queue_log"), String.join("\n",
                "1675670400|c1|support|NONE|ENTERQUEUE||5551|1", // 2023-02-06 08:00:00 UTC
                "1675670430|c1|support|NONE|ABANDON|1|1|30",
                "1675674000|c2|support|NONE|ENTERQUEUE||5552|1", // 09:00:00
                "1675674012|c2|support|PJSIP/400|CONNECT|12|c2b|3",
                "1675674100|c2|support|PJSIP/400|COMPLETECALLER|12|88|1",
                "1675674200|c3|q2|PJSIP/401|RINGNOANSWER|2000", ""));
        // the database export's "2023-02-06 08:30" and the file's epoch seconds, as --from and --to
        for (String[] range : new String[][] {{"2023-02-06 08:30", "2023-02-06 10:00"}, {"1675672200", "1675677600"}}) {
            CommandRun r = run("report", "--queue-log", log.toString(), "--tz", "UTC", "--from", range[0], "--to", range[1]);
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode support = new ObjectMapper().readTree(r.out()).path("queues").path("support");
            assertThat(support.path("offered").asLong()).as(range[0]).isEqualTo(1);
            assertThat(support.path("maxWait").asDouble()).isEqualTo(12.0);
        }
        // q2 only had a missed ring: no call waited there, so its longest wait is undefined, not 0
        JsonNode all = new ObjectMapper().readTree(run("report", "--queue-log", log.toString(), "--tz", "UTC").out());
        assertThat(all.path("queues").path("q2").path("maxWait").isNull()).isTrue();
        assertThat(all.path("queues").path("support").path("maxWait").asDouble()).isEqualTo(30.0);
    }

    @Test
    void badOptionsAndFilesSayWhatIsWrong() throws Exception {
        Path log = Files.writeString(dir.resolve("queue_log"), "1677019360|c1|q|NONE|ENTERQUEUE||400|1\n");
        assertThat(run("report", "--queue-log", dir.resolve("nope").toString()).err()).contains("does not exist");
        CommandRun from = run("report", "--queue-log", log.toString(), "--from", "yesterday");
        assertThat(from.code()).isEqualTo(2);
        assertThat(from.err()).contains("--from 'yesterday' is not a date");
        assertThat(run("report", "--queue-log", log.toString(), "--sl-formula", "magic").err())
                .contains("--sl-formula 'magic' is not one of");
        assertThat(run("report", "--queue-log", log.toString(), "--interval", "7m").err())
                .contains("'7m' is not an interval");
        assertThat(run("report", "--queue-log", log.toString(), "--format", "xml").err())
                .contains("--format must be json, csv or text");
        assertThat(run("report", "--queue-log", log.toString(), "--sl", "9999").err())
                .contains("threshold must be 0..3600");

        Path bad = Files.writeString(dir.resolve("bad"), "1677019360|c1|q|NONE|ENTERQUEUE||400|1\ngarbage\n");
        CommandRun r = run("report", "--queue-log", bad.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("1 line of", "was set aside", "line 2").doesNotContain("1 lines");
    }

    @Test
    void aFileThatIsNoQueueLogIsRefusedNotReportedAsZeros() throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), "# Floorview\n\nA console for supervisors.\n"
                + "It shows the live floor.\nAnd reports.\n");
        CommandRun r = run("report", "--queue-log", readme.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("floorview report: " + readme + " is not an Asterisk queue_log",
                "none of its 5 lines is a queue_log event", "the first set aside: line 3");

        Path empty = Files.writeString(dir.resolve("empty.log"), "");
        CommandRun e = run("report", "--queue-log", empty.toString());
        assertThat(e.code()).isEqualTo(2);
        assertThat(e.err()).contains(empty + " is empty");

        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Path binary = Files.write(dir.resolve("picture.png"), bytes);
        CommandRun b = run("report", "--queue-log", binary.toString());
        assertThat(b.code()).isEqualTo(2);
        assertThat(b.err()).contains("is not an Asterisk queue_log");

        // a real log without calls is a queue_log: its report is rightly empty
        Path quiet = Files.writeString(dir.resolve("quiet.queue_log"),
                "1675555753|NONE|NONE|NONE|CONFIGRELOAD|\n1675555754|NONE|Support|NONE|QUEUESTART|\n");
        CommandRun q = run("report", "--queue-log", quiet.toString());
        assertThat(q.code()).as(q.err()).isZero();
        assertThat(q.out()).contains("\"offered\":0");
    }
}
