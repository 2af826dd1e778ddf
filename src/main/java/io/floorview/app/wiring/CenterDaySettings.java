package io.floorview.app.wiring;

import io.floorview.domain.kpi.CenterDay;
import io.floorview.service.ingest.IngestService;
import io.floorview.service.live.LiveFloor;
import io.floorview.store.CenterSettingsRepository;
import io.floorview.ui.live.CenterDayStore;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The center's time zone and day start: saved in the database, restored at start unless given on the command line
 * (which wins), and applied to the live floor at once when saved (today's figures are rebuilt for the new day).
 */
public final class CenterDaySettings implements CenterDayStore {

    private static final Logger LOG = LoggerFactory.getLogger(CenterDaySettings.class);
    private static final long REBUILD_WAIT_S = 120;

    private final CenterSettingsRepository repo;
    private final ConsoleConfig config;
    private LiveFloor floor;
    private IngestService ingest;
    private String author;

    CenterDaySettings(CenterSettingsRepository repo, ConsoleConfig config) {
        this.repo = repo;
        this.config = config;
    }

    /** The day to start on: the command line's, else the saved one, else the defaults. */
    CenterDay atStart() {
        return config.centerDay(repo.load());
    }

    void attach(LiveFloor floor, IngestService ingest, String author) {
        this.floor = floor;
        this.ingest = ingest;
        this.author = author;
    }

    @Override
    public CenterDay current() {
        return CenterDay.of(floor.settings());
    }

    @Override
    public boolean zoneFromCommandLine() {
        return config.zoneGiven();
    }

    @Override
    public boolean dayStartFromCommandLine() {
        return config.dayStartGiven();
    }

    @Override
    public void save(CenterDay day) {
        CenterDay now = current();
        // what the command line set stays applied, and what was saved for it before stays saved: the dialog only
        // changes what it may
        CenterDay before = repo.load().orElse(now);
        CenterDay kept = new CenterDay(config.zoneGiven() ? before.zone() : day.zone(),
                config.dayStartGiven() ? before.dayStart() : day.dayStart());
        repo.save(kept, author, System.currentTimeMillis());
        CenterDay applied = new CenterDay(config.zoneGiven() ? now.zone() : day.zone(),
                config.dayStartGiven() ? now.dayStart() : day.dayStart());
        try {
            ingest.changeSettings(applied::applyTo).get(REBUILD_WAIT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("saved; the live floor has not followed yet", e);
        }
        LOG.info("the center's day is now {} from {} ({})", applied.zone(), applied.dayStartText(), author);
    }
}
