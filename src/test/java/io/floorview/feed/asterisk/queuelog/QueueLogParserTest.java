package io.floorview.feed.asterisk.queuelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading single lines of both forms, and refusing the bad ones with a reason a person can act on. */
class QueueLogParserTest {

    private final QueueLogParser utc = new QueueLogParser(ZoneOffset.UTC);

    @Test
    void aLineOfTheFileForm() throws Exception {
        QueueLogLine l = utc.parse("1675555761|1675555752.0|Support|PJSIP/400|CONNECT|8|1675555753.1|7", 4);
        assertThat(l.lineNumber()).isEqualTo(4);
        assertThat(l.ts()).isEqualTo(1_675_555_761_000L);
        assertThat(l.callId()).isEqualTo("1675555752.0");
        assertThat(l.queue()).isEqualTo("Support");
        assertThat(l.agent()).isEqualTo("PJSIP/400");
        assertThat(l.event()).isEqualTo("CONNECT");
        assertThat(l.data()).containsExactly("8", "1675555753.1", "7");
    }

    @Test
    void noneMeansNoneATrailingBarAndMissingOrExtraFieldsAreTakenInStride() throws Exception {
        QueueLogLine start = utc.parse("1596191926|NONE|NONE|NONE|QUEUESTART|", 1);
        assertThat(start.callId()).isNull();
        assertThat(start.queue()).isNull();
        assertThat(start.agent()).isNull();
        assertThat(start.dataCount()).isZero();
        assertThat(start.data(2)).isEmpty();
        QueueLogLine enter = utc.parse("1675555753|1675555752.0|Support|NONE|ENTERQUEUE||200|1\r", 2);
        assertThat(enter.data()).containsExactly("", "200", "1");
        QueueLogLine extra = utc.parse("1675555753|1675555752.0|Support|NONE|ENTERQUEUE||200|1|Name|x|y|z|", 3);
        assertThat(extra.data()).containsExactly("", "200", "1", "Name", "x", "y", "z");
        assertThat(utc.parse("1675555753|MANAGER|sales|PJSIP/1|ADDMEMBER", 4).callId()).isEqualTo("MANAGER");
    }

    @Test
    void aFractionOfASecondIsKeptToTheMillisecond() throws Exception {
        assertThat(utc.parse("1675555753.25|x|q|NONE|ENTERQUEUE||1|1", 1).ts()).isEqualTo(1_675_555_753_250L);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "2012-07-04 07:33:21.165823, Europe/Paris, 2012-07-04T05:33:21.165Z",
        "2012-07-04 07:33:21.165823, GMT, 2012-07-04T07:33:21.165Z",
        "2012-07-04 07:33:21, America/New_York, 2012-07-04T11:33:21Z",
        "2012-07-04T07:33:21.5, UTC, 2012-07-04T07:33:21.500Z",
        "2012-07-04 07:33:21.165823+02, America/New_York, 2012-07-04T05:33:21.165Z",
        "2012-07-04 07:33:21+05:30, UTC, 2012-07-04T02:03:21Z",
        "2012-07-04 07:33:21Z, Europe/Paris, 2012-07-04T07:33:21Z",
        "2026-10-25 02:30:00, Europe/Rome, 2026-10-25T00:30:00Z",
        "2024-02-29 23:59:59.999, UTC, 2024-02-29T23:59:59.999Z"
    })
    void theDatabaseFormReadsItsDateTimeInTheZoneItIsToldOrTheOffsetItCarries(String time, String zone, String utcTime)
            throws Exception {
        QueueLogParser p = new QueueLogParser(ZoneId.of(zone));
        QueueLogLine l = p.parse(time + "|1341401601.24|q1|Agent/3001|CONNECT|2|1341401601.27|1||", 1);
        assertThat(Instant.ofEpochMilli(l.ts())).isEqualTo(Instant.parse(utcTime));
        assertThat(l.data()).containsExactly("2", "1341401601.27", "1");
    }

    @Test
    void aCsvExportWithAHeaderMayOrderColumnsAsItLikesQuoteAndRepeatItsHeader() throws Exception {
        QueueLogParser p = new QueueLogParser(ZoneOffset.UTC);
        assertThat(p.parse("id,time,callid,queuename,agent,event,data1,data2,data3,data4,data5", 1)).isNull();
        QueueLogLine l = p.parse("1,2012-07-04 07:33:21.165823,1341401601.24,q1,NONE,ENTERQUEUE,,1000,1,\"Doe, John\",", 2);
        assertThat(l.ts()).isEqualTo(Instant.parse("2012-07-04T07:33:21.165Z").toEpochMilli());
        assertThat(l.callId()).isEqualTo("1341401601.24");
        assertThat(l.agent()).isNull();
        assertThat(l.data()).containsExactly("", "1000", "1", "Doe, John");
        assertThat(p.parse("id,time,callid,queuename,agent,event,data1,data2,data3,data4,data5", 3)).isNull();
        QueueLogLine link = p.parse("5,2012-07-04 07:41:00,1.5,q1,Agent/1,ATTENDEDTRANSFER,LINK,a,b,4,\"30|1\"", 4);
        assertThat(link.data()).as("a data column holding | (adaptive realtime's data5) is split")
                .containsExactly("LINK", "a", "b", "4", "30", "1");
        QueueLogLine quoted = p.parse("6,\"2012-07-04 07:42:00\",1.6,q1,NONE,INFO,\"say \"\"hi\"\"\",,,,", 5);
        assertThat(quoted.data()).containsExactly("say \"hi\"");
    }

    @Test
    void aSingleDataColumnIsSplitAtItsBars() throws Exception {
        QueueLogParser p = new QueueLogParser(ZoneOffset.UTC);
        assertThat(p.parse("time;callid;queuename;agent;event;data", 1)).isNull();
        QueueLogLine l = p.parse("2012-07-04 07:33:23;1.24;q1;Agent/3001;CONNECT;2|1.27|1", 2);
        assertThat(l.data()).containsExactly("2", "1.27", "1");
    }

    @Test
    void blankLinesAndCommentsHoldNoData() throws Exception {
        assertThat(utc.parse("", 1)).isNull();
        assertThat(utc.parse("   \r", 2)).isNull();
        assertThat(utc.parse("# Source: github wazo-platform/wazo-doc", 3)).isNull();
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsNotPartOfIt() throws Exception {
        byte[] b = "\uFEFF1675555753|1.0|Support|NONE|ENTERQUEUE||200|1".getBytes(StandardCharsets.UTF_8);
        assertThat(utc.parse(b, 0, b.length, 1).ts()).isEqualTo(1_675_555_753_000L);
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsLatin1AndCounted() throws Exception {
        byte[] b = "1700007006|1.6|s\u00e9rvice|NONE|ENTERQUEUE||Jos\u00e9|1".getBytes(StandardCharsets.ISO_8859_1);
        QueueLogLine l = utc.parse(b, 0, b.length, 1);
        assertThat(l.queue()).isEqualTo("s\u00e9rvice");
        assertThat(l.data(1)).isEqualTo("Jos\u00e9");
        assertThat(utc.latin1Lines()).isEqualTo(1);
        QueueLogLine utf8 = utc.parse("1700007006|1.6|s\u00e9rvice|NONE|ENTERQUEUE||Jos\u00e9 \u4e2d|1", 2);
        assertThat(utf8.data(1)).isEqualTo("Jos\u00e9 \u4e2d");
        assertThat(utc.latin1Lines()).isEqualTo(1);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '~', value = {
        "1700007001|1700007001.1|sales ~ only 3 fields; a queue_log line has at least 5",
        "1700007002|1700007002.2|sales|NONE|| ~ no event name (field 5 is empty)",
        "hello world ~ does not start with a time",
        "99|1.3|sales|NONE|ENTERQUEUE||1|1 ~ time '99' is not a plausible epoch second",
        "0|1.3|sales|NONE|ENTERQUEUE||1|1 ~ time '0' is not a plausible epoch second",
        "4102444800|1.3|sales|NONE|ENTERQUEUE||1|1 ~ it must fall in 2000–2099",
        "99999999999999999|1.3|q|NONE|ENTERQUEUE||1|1 ~ is neither epoch seconds",
        "17000070x4|1.4|sales|NONE|ENTERQUEUE||1|1 ~ time '17000070x4' is neither epoch seconds",
        "2012-02-30 10:00:00|x|q|NONE|ENTERQUEUE||1|1 ~ time '2012-02-30 10:00:00' is not a real date and time",
        "1970-01-01 00:00:01|x|q|NONE|ENTERQUEUE||1|1 ~ not a plausible queue_log time",
        "2012-07-04 07:33|x|q|NONE|ENTERQUEUE||1|1 ~ is neither epoch seconds",
        "2012-07-04 07:33:21+2|x|q|NONE|ENTERQUEUE||1|1 ~ is neither epoch seconds",
        "1700007005|1.5|sa\u0007les|NONE|ENTERQUEUE||1|1 ~ binary data (byte 0x07 at column 18)"
    })
    void badLinesAreRefusedWithAReason(String line, String reason) {
        assertThatThrownBy(() -> utc.parse(line, 7)).isInstanceOf(QueueLogLineException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void anUnclosedQuoteInAnExportIsRefused() throws Exception {
        QueueLogParser p = new QueueLogParser(ZoneOffset.UTC);
        p.parse("time,callid,queuename,agent,event,data1", 1);
        assertThatThrownBy(() -> p.parse("2012-07-04 07:33:21,1.1,q1,NONE,INFO,\"open", 2))
                .hasMessageContaining("quoted field at column 38 is never closed");
        assertThatThrownBy(() -> p.parse("2012-07-04 07:33:21,1.1,q1", 3)).hasMessageContaining("only 3 columns");
    }

    @Test
    void binaryGarbageIsRefusedWhateverItStartsWith() {
        byte[] garbage = {0, 1, 2, 'b', 'i', 'n', (byte) 0xff, (byte) 0xfe, '|', '|', '|'};
        assertThatThrownBy(() -> utc.parse(garbage, 0, garbage.length, 1))
                .hasMessageContaining("binary data (byte 0x00 at column 1)");
    }
}
