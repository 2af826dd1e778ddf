package io.floorview.feed.asterisk.ami;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * AMI text as captured: {@code Key: Value} blocks, among whatever else a capture holds (Asterisk's debug
 * log lines, bytes missing). A block is a run of {@code Key: Value} lines that starts with {@code Event:},
 * {@code Response:} or {@code Action:} and ends at a blank line or at a line that is not a field.
 */
final class AmiText {

    private static final Pattern FIELD = Pattern.compile("^([A-Za-z0-9_()\\-]+):\\s?(.*)$");

    /** One block: its fields in order (keys as written). */
    record Block(Map<String, String> fields) {

        String kind() {
            return fields.containsKey("Event") ? "Event" : fields.containsKey("Response") ? "Response" : "Action";
        }

        String name() {
            return fields.get(kind());
        }

        boolean isEvent(String event) {
            return event.equalsIgnoreCase(fields.get("Event"));
        }

        /** The block as AMI sends it: CRLF lines and a blank line after. */
        String wire() {
            StringBuilder sb = new StringBuilder();
            fields.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
            return sb.append("\r\n").toString();
        }

        AmiMessage message(long receivedMs) {
            Map<String, String> f = new LinkedHashMap<>(fields);
            f.remove("Event");
            return new AmiMessage(name(), f, receivedMs);
        }
    }

    private AmiText() {
    }

    static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        Map<String, String> current = null;
        for (String raw : text.split("\r?\n", -1)) {
            Matcher m = FIELD.matcher(raw);
            if (!m.matches()) {
                current = null;
                continue;
            }
            String key = m.group(1);
            if (current == null) {
                if (!key.equals("Event") && !key.equals("Response") && !key.equals("Action")) {
                    continue; // the tail of a block whose head the capture lost
                }
                current = new LinkedHashMap<>();
                blocks.add(new Block(current));
            }
            current.putIfAbsent(key, m.group(2).trim());
        }
        return blocks;
    }

    static List<Block> events(String text) {
        return parse(text).stream().filter(b -> b.kind().equals("Event")).toList();
    }

    /** A fixture of this project's own (src/test/resources/ami). */
    static String fixture(String name) {
        try (var in = Objects.requireNonNull(AmiText.class.getResourceAsStream("/ami/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real capture from {@code ../shared/data/ami}; the test is skipped where that folder is absent. */
    static String capture(String name) {
        String dir = System.getProperty("floorview.sharedData");
        Path file = dir == null ? null : Path.of(dir, "ami", name);
        Assumptions.assumeTrue(file != null && Files.isRegularFile(file),
                "the real AMI captures are not here (../shared/data/ami beside the checkout); skipped");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
