package io.floorview.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --open} with a screen that does not exist names the screens there are. */
class NoSuchScreenTest {

    @Test
    void namesTheScreensThereAre() {
        assertThat(Displays.noSuchScreen("foo", List.of("live", "reports", "schedules", "staffing", "qa")))
                .isEqualTo("there is no screen 'foo'; the screens: live, reports, schedules, staffing, qa");
    }
}
