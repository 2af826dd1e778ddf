package io.floorview.service.qa;

import java.text.Normalizer;
import java.util.Locale;

/** Ids made from names, readable in files: "Inbound care (2027)" → {@code inbound-care-2027}. */
final class Slugs {

    private static final int MAX = 40;

    private Slugs() {
    }

    static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "scorecard" : slug;
    }
}
