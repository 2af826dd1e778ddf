package io.floorview.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible texts of the console, from {@code io/floorview/ui/messages*.properties}. */
public final class Messages {

    public static final String BUNDLE = "io.floorview.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code args} put in its {0}, {1}… places. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text for key '" + key + "'", e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
