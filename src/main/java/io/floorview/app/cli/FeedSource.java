package io.floorview.app.cli;

import io.floorview.feed.asterisk.ami.AmiEndpoint;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What the {@code feed} command serves, from {@code --source}: {@code simulator} (the default),
 * {@code ami://USER:SECRET@HOST:PORT} or {@code queue-log:PATH}. Each source is one case here and one branch
 * in {@link FeedCommand}.
 */
sealed interface FeedSource {

    /** The built-in simulated call center. */
    record Simulator() implements FeedSource {
    }

    /** An Asterisk Manager Interface. */
    record Ami(AmiEndpoint endpoint) implements FeedSource {
    }

    /** A live Asterisk queue_log file, followed like {@code tail -F}. */
    record QueueLog(java.nio.file.Path path) implements FeedSource {
    }

    /**
     * Reads a {@code --source} value; the AMI secret may come from {@code env}.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    static FeedSource parse(String text, Map<String, String> env) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty() || s.equalsIgnoreCase("simulator")) {
            return new Simulator();
        }
        int colon = s.indexOf(':');
        String scheme = colon < 0 ? "" : s.substring(0, colon).toLowerCase(Locale.ROOT);
        if (scheme.equals("ami")) {
            return new Ami(AmiEndpoint.parse(s, env));
        }
        if (scheme.equals("queue-log")) {
            String file = s.substring(colon + 1);
            if (file.isBlank()) {
                throw new IllegalArgumentException("queue-log: needs a file, e.g. queue-log:/var/log/asterisk/queue_log");
            }
            try {
                return new QueueLog(java.nio.file.Path.of(file).toAbsolutePath());
            } catch (java.nio.file.InvalidPathException e) {
                throw new IllegalArgumentException("'" + file + "' is not a file path: " + e.getMessage());
            }
        }
        if (!scheme.isEmpty()) {
            throw new IllegalArgumentException("the source '" + scheme + ":' is not supported;"
                    + " use simulator, ami://USER:SECRET@HOST:5038 or queue-log:PATH");
        }
        throw new IllegalArgumentException("unknown source '" + s + "'; use simulator, ami://USER:SECRET@HOST:5038"
                + " or queue-log:PATH");
    }

    /** picocli's converter for {@code --source}: a bad value is a usage error (exit 2) with the reason. */
    final class Converter implements ITypeConverter<FeedSource> {
        @Override
        public FeedSource convert(String value) {
            try {
                return parse(value, System.getenv());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
