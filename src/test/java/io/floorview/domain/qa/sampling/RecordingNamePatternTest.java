package io.floorview.domain.qa.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** File names of call recorders read with a pattern. */
class RecordingNamePatternTest {

    @Test
    void readsFreePbxQueueRecordings() {
        RecordingNamePattern p = RecordingNamePattern.parse(RecordingNamePattern.FREEPBX_QUEUE);
        assertThat(p.match("q-600-5551234-20261123-101530-1795432244.719.wav")).contains(
                new RecordingNamePattern.Match("1795432244.719", "", "600", LocalDateTime.of(2026, 11, 23, 10, 15, 30)));
        assertThat(p.match("out-5551234-201-20261123-101530-1795432244.719.wav")).isEmpty();
        assertThat(p.match("q-600-5551234-20261399-101530-17.wav")).as("no 99th day").isEmpty();
    }

    @Test
    void readsPlainUniqueIdNamesAndAgentsWithoutATime() {
        RecordingNamePattern p = RecordingNamePattern.parse("{agent}_{callId}.wav");
        assertThat(p.match("a17_1795432244.719.wav"))
                .contains(new RecordingNamePattern.Match("1795432244.719", "a17", "", null));
        assertThat(RecordingNamePattern.parse("{callId}.wav").match("c-1.wav").map(RecordingNamePattern.Match::callId))
                .contains("c-1");
        assertThat(RecordingNamePattern.parse("{callId}.wav").match("c-1.mp3")).isEmpty();
        assertThat(RecordingNamePattern.parse("rec(1)+{callId}.wav").match("rec(1)+x.wav")).isPresent();
    }

    @Test
    void refusesPatternsWithoutACallOrWithUnknownPlaceholders() {
        assertThatThrownBy(() -> RecordingNamePattern.parse("{agent}.wav")).hasMessageContaining("needs {callId}");
        assertThatThrownBy(() -> RecordingNamePattern.parse("{callid}.wav")).hasMessageContaining("unknown placeholder {callid}");
        assertThatThrownBy(() -> RecordingNamePattern.parse(" ")).hasMessageContaining("empty");
    }
}
