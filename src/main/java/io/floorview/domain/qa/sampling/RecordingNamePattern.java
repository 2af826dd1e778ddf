package io.floorview.domain.qa.sampling;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a phone system names its call recordings, e.g. FreePBX's MixMonitor files
 * {@code q-{queue}-{caller}-{date}-{time}-{callId}.wav} ({@code q-600-5551234-20261123-101530-1795432244.719.wav}).
 * Placeholders: {@code {callId}} (required), {@code {agent}}, {@code {queue}}, {@code {caller}}, {@code {date}}
 * (yyyyMMdd), {@code {time}} (HHmmss) and {@code {any}}; everything else is matched as written.
 */
public final class RecordingNamePattern {

    /** FreePBX's queue recordings (Asterisk MixMonitor). */
    public static final String FREEPBX_QUEUE = "q-{queue}-{caller}-{date}-{time}-{callId}.wav";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final List<String> NAMES = List.of("callId", "agent", "queue", "caller", "date", "time", "any");

    private final String text;
    private final Pattern regex;
    private final List<String> groups;

    private RecordingNamePattern(String text, Pattern regex, List<String> groups) {
        this.text = text;
        this.regex = regex;
        this.groups = groups;
    }

    /** What a file name says about its call. {@code at} is {@code null} unless the name has date and time. */
    public record Match(String callId, String agent, String queue, LocalDateTime at) {
    }

    /** @throws IllegalArgumentException in words, when the pattern has no {callId} or an unknown placeholder */
    public static RecordingNamePattern parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the file-name pattern is empty");
        }
        StringBuilder re = new StringBuilder();
        List<String> groups = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            re.append(Pattern.quote(text.substring(last, m.start())));
            String name = m.group(1);
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("the pattern has an unknown placeholder {" + name + "}; use "
                        + String.join(", ", NAMES.stream().map(n -> "{" + n + "}").toList()));
            }
            re.append(switch (name) {
                case "date" -> "(\\d{8})";
                case "time" -> "(\\d{6})";
                default -> "(.+?)";
            });
            groups.add(name);
            last = m.end();
        }
        re.append(Pattern.quote(text.substring(last)));
        if (!groups.contains("callId")) {
            throw new IllegalArgumentException("the pattern needs {callId}: the call a recording belongs to");
        }
        return new RecordingNamePattern(text, Pattern.compile(re.toString()), List.copyOf(groups));
    }

    public Optional<Match> match(String fileName) {
        Matcher m = regex.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        String callId = null;
        String agent = "";
        String queue = "";
        String date = null;
        String time = null;
        for (int i = 0; i < groups.size(); i++) {
            String v = m.group(i + 1);
            switch (groups.get(i)) {
                case "callId" -> callId = v;
                case "agent" -> agent = v;
                case "queue" -> queue = v;
                case "date" -> date = v;
                case "time" -> time = v;
                default -> { }
            }
        }
        LocalDateTime at = null;
        if (date != null && time != null) {
            try {
                at = LocalDateTime.parse(date + time, DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Match(callId, agent, queue, at));
    }

    @Override
    public String toString() {
        return text;
    }
}
