package io.floorview.feed.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.EventType;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.*;
import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecTest {

    private static final long T = Instant.parse("2026-11-23T09:15:02.123Z").toEpochMilli();
    private static final java.time.format.DateTimeFormatter ISO_MS = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);
    private final EventCodec codec = new EventCodec();

    static Stream<FeedEvent> everyType() {
        return Stream.of(
                new CallEntered(1, T, "c1", "sales", "+390612345678", 3),
                new CallRejected(2, T, "c2", "sales", "+39061", RejectReason.LINES_FULL),
                new CallRejected(3, T, "c3", null, null, RejectReason.QUEUE_CLOSED),
                new CallAnswered(4, T, "c1", "sales", "a1001", 12_345),
                new CallAbandoned(5, T, "c4", "support", 61_000, 2, 5),
                new CallOverflowed(6, T, "c5", "sales", OverflowReason.TIMEOUT, 120_000, 1, "support"),
                new CallOverflowed(7, T, "c6", "sales", OverflowReason.KEY, 10_000, 4, null),
                new CallTransferred(8, T, "c1", "sales", "a1001", "billing", true),
                new CallEnded(9, T, "c1", "sales", "a1001", 180_000, 15_000, HangupParty.CALLER),
                new WrapUpEnded(10, T, "c1", "sales", "a1001", 30_000),
                new RingNoAnswer(11, T, "c7", "sales", "a1002", 15_000),
                new AgentLoggedIn(12, T, "a1001", "Anna Rossi \"Annie\"", "Team North", List.of("sales", "billing")),
                new AgentLoggedOut(13, T, "a1001"),
                new AgentStateChanged(14, T, "a1002", AgentState.NOT_READY, "break", null),
                new AgentStateChanged(15, T, "a1003", AgentState.ON_CALL, null, "c9"),
                new AgentStateChanged(15, T, "a1003", AgentState.NOT_READY, "coaching", null, "5b0c7e2a-cmd"),
                new AgentLoggedOut(13, T, "a1001", "9d41a0f3-cmd"),
                new RecordingAvailable(16, T, "c1", "sim://recordings/c1.wav", 195_000),
                new QueueConfigured(17, T, "sales", "Sales ✆", 20, 80.0),
                new SiteConfigured(18, T, "Rome", 30, "Europe/Rome"));
    }

    @Test
    void theExamplesCoverEveryEventType() {
        Set<EventType> covered = everyType().map(FeedEvent::type).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrder(EventType.values());
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void everyEventSurvivesARoundTrip(FeedEvent e) throws Exception {
        String line = codec.encode(e);
        assertThat(line).doesNotContain("\n").startsWith("{\"seq\":" + e.seq() + ",\"ts\":\"2026-11-23T09:15:02.123Z\"");
        FeedLine decoded = codec.decode(line);
        assertThat(decoded).isInstanceOf(FeedLine.Event.class);
        assertThat(((FeedLine.Event) decoded).event()).isEqualTo(e);
        assertThat(((FeedLine.Event) decoded).raw()).isEqualTo(line);
        assertThat(fromBytes(line)).as("read from the bytes of a stream").isEqualTo(decoded);
    }

    /** Decodes {@code line} from the middle of a larger buffer, as a stream reader hands it over. */
    private FeedLine fromBytes(String line) throws BadLineException {
        byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] buf = new byte[bytes.length + 20];
        java.util.Arrays.fill(buf, (byte) '#');
        System.arraycopy(bytes, 0, buf, 7, bytes.length);
        return codec.decode(buf, 7, bytes.length);
    }

    @Test
    void textBeyondAsciiReadsTheSameFromBytesAndFromText() throws Exception {
        String line = codec.encode(new CallEntered(3, T, "c9", "ventas-españa", "Zoë 张伟 ✆", 1));
        assertThat(fromBytes(line)).isEqualTo(codec.decode(line));
        assertThat(((FeedLine.Event) fromBytes(line)).raw()).isEqualTo(line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            overlong NUL         | C0 80
            overlong three bytes | E0 80 80
            beyond U+10FFFF      | F4 90 80 80
            lone lead byte       | C3
            stray continuation   | 80
            """)
    void malformedUtf8InAFieldReadsAsTheTextDecoderReadsIt(String what, String hex) throws Exception {
        String good = codec.encode(new CallEntered(4, T, "cX", "sales", "Bob", 1));
        int at = good.indexOf("cX") + 1;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(good.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String h : hex.split(" ")) {
            out.write(Integer.parseInt(h, 16));
        }
        out.write(good.substring(at + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] bytes = out.toByteArray();
        FeedLine fromBytes = codec.decode(bytes, 0, bytes.length);
        assertThat(fromBytes).isEqualTo(codec.decode(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(((CallEntered) ((FeedLine.Event) fromBytes).event()).callId()).startsWith("c").contains("\uFFFD");
    }

    @Test
    void aLineStartingWithAByteOrderMarkIsReadAsText() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] line = codec.encode(new AgentLoggedOut(7, T, "a1")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + line.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(line, 0, bytes, 3, line.length);
        assertThatThrownBy(() -> codec.decode(bytes, 0, bytes.length)).isInstanceOf(BadLineException.class)
                .as("as the text path, which stores and replays exactly this line");
        assertThatThrownBy(() -> codec.decode(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(BadLineException.class);
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsTheTextDecoderReadsThem() throws Exception {
        String good = codec.encode(new CallEntered(4, T, "c9", "sales", "Bob", 1));
        byte[] bytes = good.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = good.indexOf("Bob");
        bytes[at] = (byte) 0xC3; // a lead byte with no continuation
        FeedLine line = codec.decode(bytes, 0, bytes.length);
        String asText = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(line).isEqualTo(codec.decode(asText));
        assertThat(((CallEntered) ((FeedLine.Event) line).event()).caller()).isEqualTo("\uFFFDob");
    }

    @Test
    void unknownFieldsAreIgnoredSoThatNewerFeedsCanAddSome() throws Exception {
        FeedEvent e = codec.decodeEvent("{\"seq\":7,\"ts\":\"2026-11-23T09:15:02.123Z\",\"type\":\"agent.logged_out\","
                + "\"agent\":\"a1\",\"site\":{\"id\":3},\"tags\":[1,2]}");
        assertThat(e).isEqualTo(new AgentLoggedOut(7, T, "a1"));
    }

    @Test
    void theCommandAnEventResultsFromIsWrittenOnlyWhenThereIsOne() throws Exception {
        assertThat(codec.encode(new AgentLoggedOut(7, T, "a1"))).doesNotContain("commandId");
        String line = codec.encode(new AgentStateChanged(8, T, "a1", AgentState.NOT_READY, "coaching", null, "k-1"));
        assertThat(line).endsWith("\"state\":\"not_ready\",\"reason\":\"coaching\",\"commandId\":\"k-1\"}");
        assertThat(codec.decodeEvent(line).commandId()).isEqualTo("k-1");
        assertThat(codec.decodeEvent(codec.encode(new AgentLoggedOut(9, T, "a1", "k-2"))).commandId())
                .isEqualTo("k-2");
    }

    @Test
    void controlLinesAreReadWithoutSeq() throws Exception {
        assertThat(codec.decode(codec.encodeHello("sim-1", 42, T, 10)))
                .isEqualTo(new FeedLine.Hello("sim-1", 1, 42, T, 10.0));
        assertThat(codec.decode(codec.encodeHeartbeat(42, T, 1)))
                .isEqualTo(new FeedLine.Heartbeat(T, 42, 1.0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not json at all                                                        | not valid JSON            |
            [1,2]                                                                  | not a JSON object         |
            {"seq":5,"ts":"2026-11-23T09:15:02.123Z","type":"call.teleported"}     | unknown type 'call.teleported' | 5
            {"seq":5,"ts":"2026-11-23T09:15:02.123Z"}                              | missing field 'type'      | 5
            {"ts":"2026-11-23T09:15:02.123Z","type":"agent.logged_out","agent":"a"} | missing field 'seq'      |
            {"seq":-1,"ts":"2026-11-23T09:15:02.123Z","type":"agent.logged_out","agent":"a"} | must be positive |
            {"seq":"5","ts":"2026-11-23T09:15:02.123Z","type":"agent.logged_out","agent":"a"} | field 'seq' must be a whole number |
            {"seq":6,"ts":"yesterday","type":"agent.logged_out","agent":"a"}       | field 'ts'                | 6
            {"seq":6,"ts":"2026-11-23T09:15:02.123Z","type":"call.answered","callId":"c","queue":"q","agent":"a","waitMs":"12"} | field 'waitMs' must be a whole number | 6
            {"seq":6,"ts":"2026-11-23T09:15:02.123Z","type":"call.answered","callId":"c","queue":"q","agent":"a","waitMs":-3} | must not be negative | 6
            {"seq":6,"ts":"2026-11-23T09:15:02.123Z","type":"call.answered","callId":"c","queue":"q","waitMs":3} | missing field 'agent' | 6
            {"seq":6,"ts":"2026-11-23T09:15:02.123Z","type":"agent.state","agent":"a","state":"dancing"} | must be one of ready, not_ready, on_call, wrap_up, logged_out | 6
            {"seq":6,"ts":"2026-11-23T09:15:02.123Z","type":"agent.logged_in","agent":"a","queues":"sales"} | must be a list of strings | 6
            {"seq":6,"ts":"2026-11-23T09:15:02.123Z","type":"agent.logged_out","agent":""} | must not be empty | 6
            {"seq":6,"ts":"2026-11-23T09:15:02.123Z","type":"agent.logged_out","agent":"a"} trailing | text after the JSON object | 6
            {"seq":6,"ts":"2026-11-23T09:15:02.123Z","type":"agent.logged_out","agent":"a" | not valid JSON | 6
            """)
    void badLinesSayWhatIsWrongAndKeepTheirSeqWhenReadable(String line, String reason, Long seq) {
        assertThatThrownBy(() -> codec.decode(line))
                .isInstanceOfSatisfying(BadLineException.class, e -> {
                    assertThat(e.reason()).contains(reason);
                    assertThat(e.seq()).isEqualTo(seq);
                });
        assertThatThrownBy(() -> fromBytes(line)).as("from bytes")
                .isInstanceOfSatisfying(BadLineException.class, e -> {
                    assertThat(e.reason()).contains(reason);
                    assertThat(e.seq()).isEqualTo(seq);
                });
    }

    @Test
    void timestampsFormatAndParseExactlyLikeJavaTime() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            long ms = r.nextLong(-86_400_000L * 365, 253_402_300_799_999L);
            String s = IsoTime.format(ms);
            if (ms >= 0) {
                assertThat(s).isEqualTo(ISO_MS.format(Instant.ofEpochMilli(ms)));
            }
            assertThat(IsoTime.parse(s)).isEqualTo(ms);
        }
        assertThat(IsoTime.format(0)).isEqualTo("1970-01-01T00:00:00.000Z");
        assertThat(IsoTime.format(Instant.parse("2024-02-29T23:59:59.999Z").toEpochMilli()))
                .isEqualTo("2024-02-29T23:59:59.999Z");
    }

    @Test
    void otherIso8601FormsAreAcceptedOnInput() {
        assertThat(IsoTime.parse("2026-11-23T09:15:02Z")).isEqualTo(T - 123);
        assertThat(IsoTime.parse("2026-11-23T10:15:02.123+01:00")).isEqualTo(T);
        assertThatThrownBy(() -> IsoTime.parse("2026-02-30T09:15:02.123Z"))
                .hasMessageContaining("not an ISO-8601 time");
    }
}
