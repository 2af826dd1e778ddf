package io.floorview.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** --language: a shipped language becomes the console's, anything else is refused in words. */
class ConsoleLanguageTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private static ConsoleOptions options(String language) {
        ConsoleOptions o = new ConsoleOptions();
        o.language = language;
        return o;
    }

    @Test
    void aShippedLanguageBecomesTheConsoles() {
        options("zh_CN").applyLanguage();
        assertThat(Locale.getDefault()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        options("ru").applyLanguage();
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("ru");
    }

    @Test
    void anUnknownLanguageIsRefusedAndTheLanguageStays() {
        Locale.setDefault(Locale.ITALIAN);
        assertThatThrownBy(() -> options("xx").applyLanguage())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--language xx").hasMessageContaining("en, es, it, zh, ru");
        assertThat(Locale.getDefault()).isEqualTo(Locale.ITALIAN);
    }

    @Test
    void noLanguageKeepsTheSystems() {
        Locale.setDefault(Locale.GERMANY);
        options(null).applyLanguage();
        assertThat(Locale.getDefault()).isEqualTo(Locale.GERMANY);
    }
}
