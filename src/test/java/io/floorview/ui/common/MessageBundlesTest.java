package io.floorview.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible text exists in every language the console ships, with the same placeholders, and no text
 * is kept that the code no longer uses.
 */
class MessageBundlesTest {

    /** The languages Floorview ships, as bundle suffixes; the base bundle is English. */
    static final List<String> LANGUAGES = List.of("es", "it", "zh_CN", "ru");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern KEY_LOOKUP =
            Pattern.compile("(?:messages|messages\\(\\)|texts)\\.get\\(\\s*\"([a-zA-Z]\\w*(?:\\.[\\w-]+)+)\"\\s*[,)]");

    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    /** Bundles whose every text goes through MessageFormat (see ScheduleTexts). */
    private static final Set<String> ALWAYS_FORMATTED = Set.of("io.floorview.ui.schedule.messages");

    /** A text with a placeholder, or in a bundle that formats every text, is formatted by MessageFormat. */
    private static boolean goesThroughMessageFormat(String bundle, String english) {
        return ALWAYS_FORMATTED.contains(bundle) || english.contains("''") || PLACEHOLDER.matcher(english).find();
    }

    private static Properties load(String resource) {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(String bundle, String language) {
        return bundle.replace('.', '/') + (language == null ? "" : "_" + language) + ".properties";
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Map<String, Properties> baseBundles() {
        Map<String, Properties> bundles = new HashMap<>();
        for (String bundle : Messages.BUNDLES) {
            Properties base = load(path(bundle, null));
            assertThat(base).as("the English bundle %s", bundle).isNotNull();
            bundles.put(bundle, base);
        }
        return bundles;
    }

    @Test
    void everyLanguageHasEveryKeyWithTheSamePlaceholders() {
        List<String> problems = new ArrayList<>();
        baseBundles().forEach((bundle, base) -> {
            for (String language : LANGUAGES) {
                Properties tr = load(path(bundle, language));
                if (tr == null) {
                    problems.add(path(bundle, language) + " is missing");
                    continue;
                }
                for (String key : base.stringPropertyNames()) {
                    String text = tr.getProperty(key);
                    if (text == null) {
                        problems.add(path(bundle, language) + ": no text for " + key);
                    } else if (text.isBlank() && !base.getProperty(key).isBlank()) {
                        problems.add(path(bundle, language) + ": empty text for " + key);
                    } else if (goesThroughMessageFormat(bundle, base.getProperty(key)) && LONE_QUOTE.matcher(text).find()) {
                        problems.add(path(bundle, language) + ": " + key + " has a single ' that MessageFormat would"
                                + " swallow (write '')");
                    } else if (!placeholders(text).equals(placeholders(base.getProperty(key)))) {
                        problems.add(path(bundle, language) + ": " + key + " has placeholders "
                                + placeholders(text) + " where English has " + placeholders(base.getProperty(key)));
                    }
                }
                for (String key : tr.stringPropertyNames()) {
                    if (!base.containsKey(key)) {
                        problems.add(path(bundle, language) + ": " + key + " is not in the English bundle");
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void aKeyLivesInOneBundleOnly() {
        Map<String, String> owner = new HashMap<>();
        List<String> problems = new ArrayList<>();
        baseBundles().forEach((bundle, base) -> {
            for (String key : base.stringPropertyNames()) {
                String before = owner.putIfAbsent(key, bundle);
                if (before != null) {
                    problems.add(key + " is in " + before + " and " + bundle);
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * A key is used when the code names it in a string literal, or builds it from a literal prefix ending in a
     * dot (as in {@code "state." + state}); a key looked up by name must exist.
     */
    @Test
    void everyKeyIsUsedAndEveryKeyLookedUpExists() throws IOException {
        Set<String> literals = new TreeSet<>();
        Set<String> lookedUp = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String src = Files.readString(f);
                Matcher m = LITERAL.matcher(src);
                while (m.find()) {
                    literals.add(m.group(1));
                }
                Matcher k = KEY_LOOKUP.matcher(src);
                while (k.find()) {
                    lookedUp.add(k.group(1));
                }
            }
        }
        Set<String> prefixes = new TreeSet<>();
        for (String l : literals) {
            if (l.endsWith(".") && l.length() > 1) {
                prefixes.add(l);
            }
        }
        Set<String> all = new TreeSet<>();
        List<String> unused = new ArrayList<>();
        baseBundles().forEach((bundle, base) -> {
            for (String key : base.stringPropertyNames()) {
                all.add(key);
                boolean used = literals.contains(key) || prefixes.stream().anyMatch(key::startsWith);
                if (!used) {
                    unused.add(bundle + ": " + key);
                }
            }
        });
        assertThat(unused).as("keys no code uses").isEmpty();
        Set<String> missing = new TreeSet<>(lookedUp);
        missing.removeAll(all);
        assertThat(missing).as("keys the code looks up that no bundle has").isEmpty();
    }
}
