package io.floorview.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.kpi.CenterDay;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CenterSettingsRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void nothingIsSavedAtFirstAndASavedDayComesBackAfterTheDatabaseIsOpenedAgain() {
        CenterSettingsRepository repo = new CenterSettingsRepository(Database.open(dir.resolve("floorview.db")));
        assertThat(repo.load()).isEmpty();
        repo.save(new CenterDay(ZoneId.of("Europe/Rome"), LocalTime.of(6, 0)), "maria", 1L);
        repo.save(new CenterDay(ZoneId.of("America/Bogota"), LocalTime.of(5, 30)), "paolo", 2L);

        CenterSettingsRepository again = new CenterSettingsRepository(Database.open(dir.resolve("floorview.db")));
        assertThat(again.load()).contains(new CenterDay(ZoneId.of("America/Bogota"), LocalTime.of(5, 30)));
    }

    @Test
    void aSavedZoneThisJavaNoLongerKnowsIsLeftForTheDefaults() throws Exception {
        Database db = Database.open(dir.resolve("floorview.db"));
        CenterSettingsRepository repo = new CenterSettingsRepository(db);
        repo.save(new CenterDay(ZoneId.of("Europe/Rome"), LocalTime.of(6, 0)), "maria", 1L);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE center_settings SET zone = 'Atlantis/Capital'");
        }
        assertThat(repo.load()).isEmpty();
    }

    @Test
    void dayStartsAreReadAsHoursAndMinutes() {
        assertThat(CenterDay.parseDayStart("06:00")).contains(LocalTime.of(6, 0));
        assertThat(CenterDay.parseDayStart(" 6:30 ")).contains(LocalTime.of(6, 30));
        assertThat(CenterDay.parseDayStart("24:00")).isEmpty();
        assertThat(CenterDay.parseDayStart("6")).isEmpty();
        assertThat(CenterDay.parseDayStart("06:60")).isEmpty();
        assertThat(CenterDay.parseDayStart("")).isEmpty();
    }
}
