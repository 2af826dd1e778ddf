package io.floorview.feed.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineReaderTest {

    /** Hands the bytes over a few at a time, as a network stream does. */
    private static InputStream trickle(String text, int step) {
        return new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    private static List<String> lines(String text, int buffer, int step) throws IOException {
        LineReader r = new LineReader(trickle(text, step), buffer);
        List<String> out = new ArrayList<>();
        while (r.next()) {
            out.add((r.blank() ? "(blank)" : "") + r.text());
        }
        return out;
    }

    @ParameterizedTest(name = "buffer {0}")
    @ValueSource(ints = {1, 2, 3, 7, 64, 65_536})
    void linesComeOutWholeWhereverTheReadsAndTheBufferCutThem(int buffer) throws IOException {
        String text = "{\"seq\":1}\n{\"seq\":2,\"caller\":\"Zoë 张伟\"}\r\n\n  \n" + "x".repeat(200) + "\nlast";
        List<String> expected = List.of("{\"seq\":1}", "{\"seq\":2,\"caller\":\"Zoë 张伟\"}", "(blank)", "(blank)  ",
                "x".repeat(200), "last");
        for (int step : new int[] {1, 5, 1 << 20}) {
            assertThat(lines(text, buffer, step)).as("reads of %d bytes", step).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "buffer {0}")
    @ValueSource(ints = {1, 2, 3, 65_536})
    void linesEndAsBufferedReaderEndsThem(int buffer) throws IOException {
        String text = "a\rb\r\nc\r\r\nd\n\u000B\f\n\u3000\ne";
        List<String> expected = new java.io.BufferedReader(new java.io.StringReader(text)).lines()
                .map(l -> (l.isBlank() ? "(blank)" : "") + l).toList();
        for (int step : new int[] {1, 2, 1 << 20}) {
            assertThat(lines(text, buffer, step)).as("reads of %d bytes", step).isEqualTo(expected);
        }
        assertThat(expected).contains("b", "(blank)", "(blank)\u000B\f", "(blank)\u3000");
    }

    @ParameterizedTest(name = "buffer {0}")
    @ValueSource(ints = {1, 4, 65_536})
    void anEmptyStreamOrOneEndingWithItsNewlineHasNoLineAfterTheLast(int buffer) throws IOException {
        assertThat(lines("", buffer, 3)).isEmpty();
        assertThat(lines("a\nb\n", buffer, 3)).containsExactly("a", "b");
    }
}
