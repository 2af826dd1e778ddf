package io.floorview.feed.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdTableTest {

    private static String of(IdTable t, String padded, int offset, int length) {
        return t.of(padded.toCharArray(), offset, length);
    }

    @Test
    void equalNamesBecomeTheSameString() {
        IdTable t = new IdTable();
        String a = of(t, "xxagent-17yy", 2, 8);
        String b = of(t, "agent-17", 0, 8);
        assertThat(a).isEqualTo("agent-17");
        assertThat(b).isSameAs(a);
    }

    @Test
    void differentNamesStayDifferentEvenInTheSameSlot() {
        IdTable t = new IdTable();
        // "Aa" and "BB" have the same String hash, so they land in the same slot
        String aa = of(t, "Aa", 0, 2);
        String bb = of(t, "BB", 0, 2);
        assertThat(aa).isEqualTo("Aa");
        assertThat(bb).isEqualTo("BB");
        assertThat(of(t, "Aa", 0, 2)).isEqualTo("Aa");
        assertThat(of(t, "", 0, 0)).isEmpty();
    }

    @Test
    void longValuesAreReadButNotKept() {
        IdTable t = new IdTable();
        String longText = "q".repeat(65);
        String first = of(t, longText, 0, 65);
        String second = of(t, longText, 0, 65);
        assertThat(first).isEqualTo(longText);
        assertThat(second).isEqualTo(longText).isNotSameAs(first);
    }

    @Test
    void decodedEventsShareTheirIds() throws BadLineException {
        EventCodec codec = new EventCodec();
        var a = ((FeedLine.Event) codec.decode(
                "{\"seq\":1,\"ts\":\"2026-01-05T08:00:00Z\",\"type\":\"call.entered\",\"callId\":\"c1\","
                        + "\"queue\":\"sales\",\"caller\":\"+3312\",\"position\":1}")).event();
        var b = ((FeedLine.Event) codec.decode(
                "{\"seq\":2,\"ts\":\"2026-01-05T08:00:01Z\",\"type\":\"call.entered\",\"callId\":\"c2\","
                        + "\"queue\":\"sales\",\"caller\":\"+3313\",\"position\":2}")).event();
        assertThat(a.queue()).isEqualTo("sales");
        assertThat(b.queue()).isSameAs(a.queue());
    }
}
