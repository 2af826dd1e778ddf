package io.floorview.ui.common;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts of the console. Each screen keeps its texts in its own bundle
 * ({@code io/floorview/ui/<screen>/messages*.properties}), listed in {@link #BUNDLES}; a key lives in exactly
 * one of them (a test checks that, and that every language has every key).
 */
public final class Messages {

    /** The shell's and the live floor's texts. */
    public static final String BUNDLE = "io.floorview.ui.messages";

    /** Every bundle the console reads, in lookup order. Add a screen's bundle here. */
    public static final List<String> BUNDLES = List.of(
            BUNDLE,
            "io.floorview.ui.reports.messages",
            "io.floorview.ui.schedule.messages",
            "io.floorview.ui.staffing.messages",
            "io.floorview.ui.qa.messages");

    private final List<ResourceBundle> bundles;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        List<ResourceBundle> loaded = new ArrayList<>();
        for (String name : BUNDLES) {
            loaded.add(ResourceBundle.getBundle(name, locale));
        }
        this.bundles = List.copyOf(loaded);
    }

    public Locale locale() {
        return locale;
    }

    /** The shell's bundle (the first of {@link #BUNDLES}). */
    public ResourceBundle bundle() {
        return bundles.get(0);
    }

    /** Whether some bundle has a text for {@code key}. */
    public boolean has(String key) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** The text for {@code key}, with {@code args} put in its {0}, {1}… places. */
    public String get(String key, Object... args) {
        String pattern = null;
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                pattern = b.getString(key);
                break;
            }
        }
        if (pattern == null) {
            throw new IllegalArgumentException("no text for key '" + key + "'",
                    new MissingResourceException(key, BUNDLE, key));
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
