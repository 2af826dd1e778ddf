package io.floorview.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interval labels end up in CSV, JSON and PDF files that other tools read: their digits are ASCII whatever the
 * computer's locale (an Arabic or Thai default locale writes its own digits through {@code String.format}).
 */
class IntervalLabelTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    private static long at(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(ROME).toInstant().toEpochMilli();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "ar-EG", "th-TH-u-nu-thai", "hi-IN-u-nu-deva"})
    void labelsUseAsciiDigitsInEveryLocale(String locale) {
        Locale.setDefault(Locale.forLanguageTag(locale));

        assertThat(Interval.MINUTES_15.label(at("2026-11-23T09:05"), ROME)).isEqualTo("2026-11-23 09:05");
        assertThat(Interval.MINUTES_30.label(at("2026-11-23T09:30"), ROME)).isEqualTo("2026-11-23 09:30");
        assertThat(Interval.MINUTES_60.label(at("2026-11-23T17:00"), ROME)).isEqualTo("2026-11-23 17:00");
        assertThat(Interval.DAY.label(at("2026-11-23T00:00"), ROME)).isEqualTo("2026-11-23");
        assertThat(Interval.HOUR_OF_DAY.label(9, ROME)).isEqualTo("09:00–10:00");
        assertThat(Interval.HOUR_OF_DAY.label(23, ROME)).isEqualTo("23:00–00:00");
        assertThat(Interval.DAY_OF_WEEK.label(1, ROME)).isEqualTo("Monday");
    }

    @Test
    void midnightAndTheLastQuarterOfTheDay() {
        assertThat(Interval.MINUTES_15.label(at("2026-11-23T00:00"), ROME)).isEqualTo("2026-11-23 00:00");
        assertThat(Interval.MINUTES_15.label(at("2026-11-23T23:45"), ROME)).isEqualTo("2026-11-23 23:45");
        assertThat(Interval.HOUR_OF_DAY.label(0, ROME)).isEqualTo("00:00–01:00");
    }
}
