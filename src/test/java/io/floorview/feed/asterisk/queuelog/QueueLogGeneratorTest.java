package io.floorview.feed.asterisk.queuelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The benchmark's queue_log: exactly as long as asked, the same for the same seed, and like the real thing. */
class QueueLogGeneratorTest {

    private static byte[] generate(long seed, long lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueueLogGenerator(QueueLogGenerator.Config.defaults(seed)).write(out, lines);
        return out.toByteArray();
    }

    @Test
    void theSameSeedWritesTheSameFileOfExactlyTheLinesAsked() throws IOException {
        byte[] a = generate(3, 5_000);
        assertThat(a).isEqualTo(generate(3, 5_000));
        assertThat(a).isNotEqualTo(generate(4, 5_000));
        long newlines = 0;
        for (byte b : a) {
            newlines += b == '\n' ? 1 : 0;
        }
        assertThat(newlines).isEqualTo(5_000);
        assertThat(a[a.length - 1]).isEqualTo((byte) '\n');
    }

    @Test
    void itIsAValidQueueLogInTimeOrderWithTheEventsOfARealCenter() throws IOException {
        byte[] log = generate(5, 30_000);
        var r = QueueLogFixtures.text(new String(log, StandardCharsets.US_ASCII));
        assertThat(r.summary().linesSetAside()).isZero();
        assertThat(r.summary().unknownByName()).isEmpty();
        Map<String, Long> byEvent = new TreeMap<>();
        long last = 0;
        for (String line : new String(log, StandardCharsets.US_ASCII).split("\n")) {
            String[] f = line.split("\\|", -1);
            byEvent.merge(f[4], 1L, Long::sum);
            long ts = Long.parseLong(f[0]);
            assertThat(ts).isGreaterThanOrEqualTo(last);
            last = ts;
        }
        assertThat(byEvent.keySet()).contains("ENTERQUEUE", "CONNECT", "COMPLETECALLER", "COMPLETEAGENT", "ABANDON",
                "EXITWITHTIMEOUT", "EXITWITHKEY", "RINGNOANSWER", "BLINDTRANSFER", "ATTENDEDTRANSFER", "PAUSE",
                "UNPAUSE", "PAUSEALL", "UNPAUSEALL", "ADDMEMBER", "AGENTLOGIN", "QUEUESTART");
        long entered = byEvent.get("ENTERQUEUE");
        long connected = byEvent.get("CONNECT");
        assertThat((double) connected / entered).as("most calls are answered").isBetween(0.6, 0.98);
        assertThat(r.summary().eventsProduced()).isGreaterThan(r.summary().linesRead());
    }
}
