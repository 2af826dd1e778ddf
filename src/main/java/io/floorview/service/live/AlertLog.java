package io.floorview.service.live;

import io.floorview.domain.alert.RaisedAlert;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.store.AlertLogRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live floor's alerts kept between starts: each alert is recorded when raised, and a day's alerts are read
 * back by the center's business day (its time zone and day start as they are now). Reading a day also deletes
 * alerts older than {@link #KEEP_DAYS} days. Blocks on the database: not on the FX thread.
 */
public final class AlertLog {

    private static final Logger LOG = LoggerFactory.getLogger(AlertLog.class);

    /** How many days of alerts are kept. */
    public static final int KEEP_DAYS = 31;

    private final AlertLogRepository repository;
    private final Supplier<CenterSettings> settings;

    /** @param settings the center's zone and day start, which say when a day begins and ends */
    public AlertLog(AlertLogRepository repository, Supplier<CenterSettings> settings) {
        this.repository = repository;
        this.settings = settings;
    }

    public void record(RaisedAlert alert) {
        repository.append(alert);
    }

    /** The alerts raised during the business day {@code day}, oldest first. */
    public List<RaisedAlert> ofDay(LocalDate day) {
        CenterSettings s = settings.get();
        int gone = repository.deleteBefore(s.dayStartMs(day.minusDays(KEEP_DAYS)));
        if (gone > 0) {
            LOG.info("deleted {} alerts older than {} days", gone, KEEP_DAYS);
        }
        return repository.between(s.dayStartMs(day), s.dayStartMs(day.plusDays(1)));
    }
}
